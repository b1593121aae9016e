"""A certificate from card to receipt on the path a kiosk runs, the resident's own time left out.

The certificate service is built by the kiosk's own factory (``build_certificate_parts``) on
the kiosk's device monitor, offline cache and Qt runner, from a configuration naming real
devices: pyscard → pcscd → vpcd → the card emulator; the receipt printer on a socat pty at
38400 baud with the ESC/POS emulator on the other end; a private cupsd with a cups-pdf queue;
the payment emulator with its state file (an IC card held to it). The gateway runs on uvicorn
(JPKI check, PDF rendering). The journal is the real one on disk (synced SQLite commits) and
reports through the cache's durable outbox, which the cache's worker delivers. Jobs run on the
runner's threads and report back through the Qt event loop, as in the kiosk.

``value`` is the median seconds the kiosk works per certificate: from the card placed to the
PIN pad, from OK to "take your card", from the card taken back to the choices, from the
confirmed order to the payment prompt (with the printer check), from the IC card to "take your
certificate" (hold, issuance with the gateway's PDF, download, spooling), and from the
certificates taken to the end (payment taken, receipt printed over the 38400-baud line,
journal settled). Typing, taking the card, presenting and taking are the resident's and are
left out; so is the printer's own time — cupsd and cups-pdf rendering the page, the time spent
inside the printer's ``follow`` — reported beside it as ``printer_s`` (a real printer's speed
is not the kiosk's). ``seconds_to_step`` splits the kiosk's time by step (printer included).
``journal_share`` is the part of ``value`` spent inside the journal's calls.
``baseline`` is the same card work alone (the check, then PIN and signature, through the same
card adapter) measured in this run, so ``ratio`` says what the rest of the path costs on top
of the card. A slower journal (a commit per field, an fsync too many), a runner that delivers
late, a payment or receipt step that sleeps, or a gateway call repeated shows in ``value`` and
``journal_share``; ``goal`` is 2 s.
Prints one JSON object as its last line.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import functools
import json
import shutil
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QCoreApplication

from content.config import MachikadoConfig
from content.municipality import SAMPLE_VERIFICATION_URL
from devices.payment.emulator import EmulatedPaymentUnit
from devices.receipt.emulator import EscposEmulator
from devices.receipt.emulator_link import EmulatorOnSerial
from devices.serial_emulation import PtyPair
from devices.smartcard.emulator.factory import (
    CardRecord,
    Resident,
    create_demo_ca,
    issue_card,
)
from devices.smartcard.emulator.pcscd import VPCD_PREFIX, vpcd_service
from devices.smartcard.emulator.vpcd import VpcdCard
from devices.smartcard.pcsc import PcscCardReader
from gateway.issuance.crl import issue_crl, write_crl
from gateway.issuance.service import IssuanceSettings, link_card
from gateway.issuance.trust import JpkiTrust
from kiosk.app import build_monitor, open_cache
from kiosk.blocks.identity.card_adapter import CardAdapter
from kiosk.services.certificates.core.flow import CertificateFlow, Step
from kiosk.services.certificates.wiring import build_certificate_parts
from kiosk.shell.ui.qt_runner import QtRunner
from signage.tour import wait_until
from tools.rigs.cups import PrivateCups
from tools.rigs.gateway import LiveGateway

PIN = "4821"
GOAL_S = 2.0
TERMINAL = "test-kiosk-01"
RESIDENT = Resident("山田　花子", "はなみずき市南町一丁目2番3号", "19850412", "2")
JOURNAL_CALLS = ("held", "issued", "printed", "failed", "settled", "flush", "entry", "entry_for")


class CallClock:
    """Adds up the seconds spent inside some calls of one object (from any thread)."""

    def __init__(self, target: object, names: tuple[str, ...]) -> None:
        self.total = 0.0
        self._lock = threading.Lock()
        for name in names:
            setattr(target, name, self._timed(getattr(target, name)))

    def _timed(self, call: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(call)
        def timed(*args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            try:
                return call(*args, **kwargs)
            finally:
                with self._lock:
                    self.total += time.perf_counter() - started

        return timed


class Stopwatch:
    """Adds up the kiosk's own time: each intent until the flow reaches the step it leads to."""

    def __init__(self, flow: CertificateFlow) -> None:
        self.flow = flow
        self.total = 0.0
        self.steps: dict[str, float] = {}

    def until(self, step: Step, intent: Callable[[], object], timeout_s: float = 120.0) -> None:
        """Do ``intent`` and run the event loop until the flow is at ``step``."""
        started = time.perf_counter()
        intent()
        if not wait_until(lambda: self.flow.step is step, timeout_s, step_ms=1):
            raise SystemExit(f"the flow stopped at {self.flow.step} ({self.flow.problem})")
        spent = time.perf_counter() - started
        self.steps[step.name.lower()] = spent
        self.total += spent


def one_certificate(
    flow: CertificateFlow, record: CardRecord, reader: PcscCardReader, unit: EmulatedPaymentUnit
) -> Stopwatch:
    """One resident's certificate; the kiosk's seconds, in all and up to each step."""
    watch = Stopwatch(flow)
    flow.begin("ja")
    flow.accept_terms()
    slot = VpcdCard(record.build())
    slot.insert()
    wait_until(reader.card_present, 15)
    watch.until(Step.PIN, flow.card_inserted)
    for digit in PIN:  # the resident types
        flow.press_digit(digit)
    watch.until(Step.REMOVE_CARD, flow.submit_pin)
    slot.remove()  # the resident takes the card back
    wait_until(lambda: not reader.card_present(), 15)
    watch.until(Step.CHOOSE, flow.card_removed)

    def order() -> None:
        flow.choose("juminhyo")
        flow.next()
        flow.next()
        flow.confirm()

    watch.until(Step.PAYMENT, order)
    unit.present_card("bench-ic", 10_000)  # the resident holds the IC card to the reader
    watch.until(Step.TAKE_DOCUMENTS, lambda: flow.pay("ic"))
    unit.remove_card()
    watch.until(Step.DONE, flow.documents_taken)  # the resident took the certificate
    if not flow.receipt_printed:
        raise SystemExit("the receipt was not printed")
    flow.finish()
    return watch


def card_io(record: CardRecord, reader: PcscCardReader) -> float:
    """The same card work alone: the check, then PIN and signature."""
    card = CardAdapter(reader)
    slot = VpcdCard(record.build())
    slot.insert()
    wait_until(reader.card_present, 15)
    start = time.perf_counter()
    card.check()
    card.prove(bytearray(PIN.encode()), bytes(32))
    elapsed = time.perf_counter() - start
    slot.remove()
    wait_until(lambda: not reader.card_present(), 15)
    return elapsed


def kiosk_config(root: Path, gateway: LiveGateway, cups: PrivateCups, pty: Path) -> Any:
    """The configuration a kiosk with these devices and this gateway would have."""
    token_file = root / "token"
    token_file.write_text(gateway.token + "\n")
    token_file.chmod(0o600)
    config = MachikadoConfig()
    return dataclasses.replace(
        config,
        terminal=dataclasses.replace(config.terminal, id=TERMINAL),
        gateway=dataclasses.replace(
            config.gateway, url=gateway.url, token_file=str(token_file), allow_insecure=True
        ),
        cache=dataclasses.replace(config.cache, data_dir=str(root / "kiosk")),
        devices=dataclasses.replace(
            config.devices,
            card_reader=f"pcsc://?reader={quote(VPCD_PREFIX)}",
            receipt_printer=f"escpos+serial://{pty}?baud=38400",
            document_printer=f"cups://{cups.queue}?server=127.0.0.1:{cups.port}",
            payment=f"emulated://payment?state={root / 'payment.json'}",
        ),
    )


def main() -> int:
    """Run the benchmark and print its JSON line."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    app = QCoreApplication.instance() or QCoreApplication(sys.argv)
    with tempfile.TemporaryDirectory(prefix="machikado-bench-") as folder:
        root = Path(folder)
        ca = create_demo_ca()
        ca.save(root)
        record = issue_card(ca, RESIDENT, auth_pin=PIN)
        write_crl(issue_crl(ca.key, ca.certificate, []), root / "jpki.crl")
        settings = IssuanceSettings(
            trust=JpkiTrust.from_files(root / "ca.cert.pem", (root / "jpki.crl",)),
            verification_url=SAMPLE_VERIFICATION_URL,
        )
        gateway = LiveGateway(root, issuance=settings)
        link_card(gateway.engine, settings, "R000002", record.auth_cert)
        gateway.start()
        cups_root = Path(tempfile.mkdtemp(prefix="machikado-bench-cups-"))
        cups = PrivateCups(cups_root)
        pair = PtyPair(root / "pty", "printer", "emulator")
        (root / "pty").mkdir()
        cache = None
        journal_times: list[float] = []
        steps: list[dict[str, float]] = []
        try:
            cups.start()
            cups.add_queues()
            pair.start()
            receipt = EmulatorOnSerial(EscposEmulator(), str(pair.device), baud=38400)
            config = kiosk_config(root, gateway, cups, pair.host)
            with vpcd_service():
                cache = open_cache(config)
                cache.start()  # its worker delivers the outbox, as in the kiosk
                monitor = build_monitor(config, interval_s=1.0)
                monitor.start()
                kinds = ("card_reader", "receipt_printer", "document_printer", "payment")
                if not wait_until(lambda: all(monitor.device(k) for k in kinds), 30):
                    raise SystemExit({k: monitor.state(k) for k in kinds})
                runner = QtRunner()
                parts = build_certificate_parts(config, monitor, cache, runner)
                journal = CallClock(parts.journal, JOURNAL_CALLS)
                # The printer's own time: cupsd and cups-pdf rendering the page, until done.
                printer = CallClock(monitor.device("document_printer"), ("follow",))
                reader = monitor.device("card_reader")
                unit = monitor.device("payment")
                one_certificate(parts.flow, record, reader, unit)  # warm-up
                runs, printing = [], []
                for _ in range(args.runs):
                    journal.total = printer.total = 0.0
                    run = one_certificate(parts.flow, record, reader, unit)
                    runs.append(run.total - printer.total)
                    printing.append(printer.total)
                    journal_times.append(journal.total)
                    steps.append(run.steps)
                baselines = [card_io(record, reader) for _ in range(args.runs)]
                entries = parts.journal.open_entries()
                if entries:
                    raise SystemExit(f"orders left open in the journal: {entries}")
                runner.wait()
                parts.stop()
                monitor.stop()
                parts.close()
            receipt.close()
        finally:
            if cache is not None:
                cache.stop()
            pair.stop()
            cups.cleanup()
            shutil.rmtree(cups_root, ignore_errors=True)
            gateway.stop()
            app.processEvents()
    value = statistics.median(runs)
    journal_s = statistics.median(journal_times)
    to_step = {name: round(statistics.median(s[name] for s in steps), 3) for name in steps[0]}
    baseline = statistics.median(baselines)
    print(
        json.dumps(
            {
                "name": "certificate_card_to_receipt",
                "figure": "certificate, kiosk's time",
                "value": round(value, 3),
                "unit": "s",
                "baseline": round(baseline, 3),
                "ratio": round(value / baseline, 2),
                "goal": GOAL_S,
                "meets_goal": value <= GOAL_S,
                "runs": args.runs,
                "min": round(min(runs), 3),
                "max": round(max(runs), 3),
                "journal_s": round(journal_s, 3),
                "journal_share": round(journal_s / value, 3),
                "printer_s": round(statistics.median(printing), 3),
                "seconds_to_step": to_step,
                "measured_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            }
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
