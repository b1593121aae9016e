"""The certificate flow's card part through pyscard → pcscd → vpcd → the card emulator.

``value`` is the median milliseconds of one card operation as the kiosk does it: an exclusive
transaction, then identify, read the user-authentication certificate, tries left, verify PIN
and sign, through ``PcscCardReader`` and the ``MyNumberCard`` session. ``baseline`` is the very
same APDUs (recorded from the session, byte for byte) sent raw through pyscard's ``scard``
calls in one exclusive connection, with no session layer, in the same run; ``ratio`` =
value ÷ baseline, the session's overhead (goal ≤ 1.25). An APDU too many, a re-select, a
certificate read in more pieces than needed or slow response handling makes the session's
time grow while the raw replay of what a minimal sequence needs does not; the APDU counts of
both are reported (``apdus``, ``baseline_apdus``: the spec's minimal sequence, §1.6).

``read_certificate_ms`` is the certificate read alone through the session (a transaction:
select the AP, the EF, read), against OpenSC's ``pkcs15-tool --read-certificate`` on the same
reader (``opensc_read_ms``, a process started per read as a technician would run it).
Prints one JSON object as its last line.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from smartcard import scard

from devices.smartcard import apdu
from devices.smartcard.emulator.factory import Resident, create_demo_ca, issue_card
from devices.smartcard.emulator.pcscd import VPCD_PREFIX, vpcd_service
from devices.smartcard.emulator.vpcd import VpcdCard
from devices.smartcard.pcsc import PcscCardReader
from devices.smartcard.pin import Pin
from devices.smartcard.session import MyNumberCard

PIN = "4821"
GOAL = 1.25
# The spec's minimal sequence: select JPKI AP, select token EF, read it; select the
# certificate EF, read its header, read the rest; select the PIN EF, tries left, verify;
# select the key EF, sign.
MINIMAL_APDUS = 11


class Recording:
    """A card channel that keeps a copy of every command it transmits."""

    def __init__(self, channel: Any) -> None:
        self._channel = channel
        self.commands: list[bytes] = []

    def __getattr__(self, name: str) -> Any:
        return getattr(self._channel, name)

    def __setattr__(self, name: str, value: Any) -> None:
        if name in ("_channel", "commands"):
            object.__setattr__(self, name, value)
        else:
            setattr(self._channel, name, value)

    def transmit(self, command: bytes | bytearray) -> bytes:
        """Send ``command`` and keep it."""
        self.commands.append(bytes(command))
        reply: bytes = self._channel.transmit(command)
        return reply


def session_flow(reader: PcscCardReader, record: list[bytes] | None = None) -> tuple[int, float]:
    """The kiosk's card operation; (APDUs sent, milliseconds)."""
    start = time.perf_counter()
    with reader.transaction() as channel:
        link = Recording(channel) if record is not None else channel
        card = MyNumberCard(link)
        card.identify()
        card.read_auth_certificate()
        card.auth_pin_tries_left()
        card.verify_auth_pin(Pin(PIN))
        card.sign_sha256(hashlib.sha256(b"challenge").digest())
    elapsed = (time.perf_counter() - start) * 1000
    if record is not None:
        record.extend(link.commands)  # type: ignore[union-attr]
    return card.apdu_count, elapsed


def read_certificate(reader: PcscCardReader) -> float:
    """The certificate read alone through the session; milliseconds."""
    start = time.perf_counter()
    with reader.transaction() as channel:
        MyNumberCard(channel).read_auth_certificate()
    return (time.perf_counter() - start) * 1000


def raw_replay(reader_name: str, commands: list[bytes]) -> float:
    """The same APDUs through pyscard's bare ``scard`` calls; milliseconds."""
    start = time.perf_counter()
    hresult, context = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
    assert hresult == scard.SCARD_S_SUCCESS
    try:
        hresult, card, protocol = scard.SCardConnect(
            context,
            reader_name,
            scard.SCARD_SHARE_EXCLUSIVE,
            scard.SCARD_PROTOCOL_T0 | scard.SCARD_PROTOCOL_T1,
        )
        assert hresult == scard.SCARD_S_SUCCESS
        try:
            for command in commands:
                hresult, response = scard.SCardTransmit(card, protocol, list(command))
                assert hresult == scard.SCARD_S_SUCCESS
                sw = (response[-2] << 8) | response[-1]
                if sw != apdu.SW_OK and response[-2] != 0x63:
                    raise SystemExit(f"the raw replay was refused: {sw:04X}")
        finally:
            scard.SCardDisconnect(card, scard.SCARD_UNPOWER_CARD)
    finally:
        scard.SCardReleaseContext(context)
    return (time.perf_counter() - start) * 1000


def opensc_read(reader_index: int) -> float:
    """``pkcs15-tool --read-certificate 01`` on the reader; milliseconds."""
    start = time.perf_counter()
    subprocess.run(
        ["pkcs15-tool", "--reader", str(reader_index), "--read-certificate", "01"],
        check=True,
        capture_output=True,
        timeout=60,
    )
    return (time.perf_counter() - start) * 1000


def main() -> int:
    """Run the benchmark and print its JSON line."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    if shutil.which("pkcs15-tool") is None:
        raise SystemExit("pkcs15-tool is missing: make setup installs Debian's opensc")
    ca = create_demo_ca()
    record = issue_card(ca, Resident("試験 花子", "まちかど市1", "19850412", "2"), auth_pin=PIN)
    with vpcd_service():
        slot = VpcdCard(record.build())
        slot.insert()
        reader = PcscCardReader(VPCD_PREFIX)
        try:
            deadline = time.monotonic() + 15
            while not reader.card_present():
                if time.monotonic() > deadline:
                    raise SystemExit("the emulated card never appeared in pcscd")
                time.sleep(0.05)
            name = next(r for r in reader.readers() if r.startswith(VPCD_PREFIX))
            index = sorted(reader.readers()).index(name)
            commands: list[bytes] = []
            session_flow(reader, commands)  # warm-up, and the APDUs to replay
            raw_replay(name, commands)
            opensc_read(index)
            ours, raw, reads, opensc = [], [], [], []
            counts = set()
            for _ in range(args.runs):  # interleaved, so both see the same machine
                count, ms = session_flow(reader)
                counts.add(count)
                ours.append(ms)
                raw.append(raw_replay(name, commands))
                reads.append(read_certificate(reader))
                opensc.append(opensc_read(index))
        finally:
            reader.close()
            slot.remove()
    value, baseline = statistics.median(ours), statistics.median(raw)
    read_ms, opensc_ms = statistics.median(reads), statistics.median(opensc)
    print(
        json.dumps(
            {
                "name": "card_flow",
                "figure": "card operation (session vs raw APDUs)",
                "value": round(value, 2),
                "unit": "ms",
                "baseline": round(baseline, 2),
                "ratio": round(value / baseline, 3),
                "goal": GOAL,
                "meets_goal": value / baseline <= GOAL,
                "apdus": max(counts),
                "baseline_apdus": MINIMAL_APDUS,
                "read_certificate_ms": round(read_ms, 2),
                "opensc_read_ms": round(opensc_ms, 2),
                "read_ratio": round(read_ms / opensc_ms, 3),
                "runs": args.runs,
                "more": [
                    {
                        "figure": "certificate read (session vs pkcs15-tool)",
                        "value": round(read_ms, 2),
                        "unit": "ms",
                        "baseline": round(opensc_ms, 2),
                        "ratio": round(read_ms / opensc_ms, 3),
                        "goal": 1.0,
                        "meets_goal": read_ms <= opensc_ms,
                    },
                ],
            }
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
