"""The certificate flow's card part through pyscard → pcscd → vpcd → the card emulator.

identify + read the user-authentication certificate + tries left + verify PIN + sign, in one
exclusive transaction, repeated. ``value`` is the APDUs one flow sends; ``baseline`` is the
minimal sequence of the card spec (§1.6, with the certificate read as header + rest); the
``median_ms`` of a whole flow is reported beside it. Prints one JSON object as its last line.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import statistics
import time

from devices.smartcard.emulator.factory import Resident, create_demo_ca, issue_card
from devices.smartcard.emulator.pcscd import VPCD_PREFIX, vpcd_service
from devices.smartcard.emulator.vpcd import VpcdCard
from devices.smartcard.pcsc import PcscCardReader
from devices.smartcard.pin import Pin
from devices.smartcard.session import MyNumberCard

BASELINE_APDUS = 11
PIN = "4821"


def flow(reader: PcscCardReader) -> tuple[int, float]:
    start = time.perf_counter()
    with reader.transaction() as channel:
        card = MyNumberCard(channel)
        card.identify()
        card.read_auth_certificate()
        card.auth_pin_tries_left()
        card.verify_auth_pin(Pin(PIN))
        card.sign_sha256(hashlib.sha256(b"challenge").digest())
    return card.apdu_count, (time.perf_counter() - start) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
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
            flow(reader)
            results = [flow(reader) for _ in range(args.runs)]
        finally:
            reader.close()
            slot.remove()
    counts = {count for count, _ in results}
    value = max(counts)
    median_ms = statistics.median(ms for _, ms in results)
    print(
        json.dumps(
            {
                "name": "card_flow_apdus",
                "value": value,
                "unit": "APDUs",
                "baseline": BASELINE_APDUS,
                "ratio": round(value / BASELINE_APDUS, 3),
                "goal": 1.0,
                "median_ms": round(median_ms, 2),
                "per_apdu_ms": round(median_ms / value, 3),
                "runs": args.runs,
            }
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
