"""A certificate from card to paper through the real stacks, human input excluded.

pyscard → pcscd → vpcd → the card emulator, the gateway on uvicorn (JPKI check, PDF rendering),
a private cupsd with a cups-pdf queue, the payment emulator (an IC card already held to it).
``value`` is the seconds the kiosk works from the card placed to the PDF in the CUPS spool (the
job accepted by cupsd): reading the card, PIN and signature, the choices from the gateway, the
printer check, payment, the issuance and the download. The resident's own time (typing, taking
the card back) is left out. ``baseline`` is the same card I/O alone (the check and the
PIN-and-sign transactions); ``ratio`` = value ÷ baseline. ``printed_s`` adds the printer's own
time until the job completed (cups-pdf rendering the page), reported beside it. Prints one JSON
object as its last line.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

# The private cupsd and the live gateway of the test suite serve here too.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from devices.docprint.cups_printer import CupsPrinter
from devices.docprint.model import PrintOptions
from devices.payment.emulator import EmulatedPaymentUnit
from devices.smartcard.emulator.factory import CardRecord, Resident, create_demo_ca, issue_card
from devices.smartcard.emulator.pcscd import VPCD_PREFIX, vpcd_service
from devices.smartcard.emulator.vpcd import VpcdCard
from devices.smartcard.pcsc import PcscCardReader
from gateway.issuance.crl import issue_crl, write_crl
from gateway.issuance.service import IssuanceSettings, link_card
from gateway.issuance.trust import JpkiTrust
from kiosk.blocks.checkout.payment_adapter import PaymentAdapter
from kiosk.blocks.identity.card_adapter import CardAdapter
from kiosk.services.certificates.adapters.issuance import IssuanceAdapter
from kiosk.services.certificates.adapters.printing import DocumentPrinterAdapter
from kiosk.services.certificates.core.flow import CertificateFlow, Step
from kiosk.services.certificates.core.ports import Ports
from offline_cache.client import GatewayClient
from tests.devices.docprint.conftest import PrivateCups
from tests.gateway.live import LiveGateway
from tests.kiosk.services.certificates.certificate_fakes import FakeJournal, FakeReceipt, SyncRunner

PIN = "4821"
GOAL_S = 2.0
RESIDENT = Resident("山田　花子", "はなみずき市南町一丁目2番3号", "19850412", "2")


def wait_for(predicate: Callable[[], bool], what: str, timeout: float = 15.0) -> None:
    """Poll until ``predicate`` holds."""
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise SystemExit(f"timed out waiting for {what}")
        time.sleep(0.02)


class SpoolClock:
    """A document printer that notes when each job entered the CUPS spool."""

    def __init__(self, printer: CupsPrinter) -> None:
        self.printer = printer
        self.spooled_at = 0.0

    def __getattr__(self, name: str) -> object:
        return getattr(self.printer, name)

    def submit(self, document: Path, title: str, options: PrintOptions) -> int:
        """Queue the PDF and note the time."""
        job = self.printer.submit(document, title, options)
        self.spooled_at = time.perf_counter()
        return job


class Stopwatch:
    """Adds up the kiosk's own time, paused while the resident acts."""

    def __init__(self) -> None:
        self.total = 0.0
        self._since: float | None = None

    def run(self) -> None:
        """The kiosk works."""
        self._since = time.perf_counter()

    def pause(self, at: float | None = None) -> None:
        """The resident acts (or the work being timed ended ``at``)."""
        assert self._since is not None
        self.total += (at or time.perf_counter()) - self._since
        self._since = None


def one_certificate(
    record: CardRecord,
    reader: PcscCardReader,
    ports: Ports,
    unit: EmulatedPaymentUnit,
    spool: SpoolClock,
) -> tuple[float, float]:
    """One resident's certificate: the kiosk's seconds to the spool, and to the printed page."""
    flow = CertificateFlow(ports, clock=lambda: dt.datetime.now(dt.UTC))
    flow.begin("ja")
    flow.accept_terms()
    slot = VpcdCard(record.build())
    watch = Stopwatch()
    slot.insert()
    wait_for(lambda: reader.card_present(), "the card to appear")
    watch.run()  # the card is on the reader
    flow.card_inserted()
    watch.pause()
    for digit in PIN:  # the resident types
        flow.press_digit(digit)
    watch.run()
    flow.submit_pin()
    assert flow.step is Step.REMOVE_CARD, (flow.step, flow.problem)
    watch.pause()
    slot.remove()  # the resident takes the card back
    wait_for(lambda: not reader.card_present(), "the card to go")
    watch.run()
    flow.card_removed()
    assert flow.step is Step.CHOOSE, (flow.step, flow.problem)
    flow.choose("juminhyo")
    flow.next()
    flow.next()
    flow.confirm()
    unit.present_card("bench-ic", 10_000)
    flow.pay("ic")
    assert flow.step is Step.TAKE_DOCUMENTS, (flow.step, flow.problem)
    printed_at = time.perf_counter()
    watch.pause(spool.spooled_at)
    unit.remove_card()
    return watch.total, watch.total + printed_at - spool.spooled_at


def card_io(record: CardRecord, reader: PcscCardReader, card: CardAdapter) -> float:
    """The same card steps alone: the check, then PIN and signature."""
    slot = VpcdCard(record.build())
    slot.insert()
    wait_for(lambda: reader.card_present(), "the card to appear")
    start = time.perf_counter()
    card.check()
    card.prove(bytearray(PIN.encode()), bytes(32))
    elapsed = time.perf_counter() - start
    slot.remove()
    wait_for(lambda: not reader.card_present(), "the card to go")
    return elapsed


def main() -> int:
    """Run the benchmark and print its JSON line."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="machikado-bench-") as folder:
        root = Path(folder)
        ca = create_demo_ca()
        ca.save(root)
        record = issue_card(ca, RESIDENT, auth_pin=PIN)
        write_crl(issue_crl(ca.key, ca.certificate, []), root / "jpki.crl")
        settings = IssuanceSettings(
            trust=JpkiTrust.from_files(root / "ca.cert.pem", (root / "jpki.crl",))
        )
        gateway = LiveGateway(root, issuance=settings)
        link_card(gateway.engine, settings, "R000002", record.auth_cert)
        gateway.start()
        cups_root = Path(tempfile.mkdtemp(prefix="machikado-bench-cups-"))
        server = PrivateCups(cups_root)
        client = GatewayClient(gateway.url, gateway.token, retries=1)
        try:
            server.start()
            server.add_queues()
            with vpcd_service():
                reader = PcscCardReader(VPCD_PREFIX)
                unit = EmulatedPaymentUnit()
                card = CardAdapter(reader)
                spool = SpoolClock(server.printer())
                printer = DocumentPrinterAdapter(spool, spool_dir=root / "spool")  # type: ignore[arg-type]
                ports = Ports(
                    card=card,
                    issuance=IssuanceAdapter(client),
                    journal=FakeJournal(),
                    payment=PaymentAdapter(unit),
                    printer=printer,
                    receipt=FakeReceipt(),
                    runner=SyncRunner(),
                    terminal_id="test-kiosk-01",
                )
                one_certificate(record, reader, ports, unit, spool)  # warm-up
                runs = [
                    one_certificate(record, reader, ports, unit, spool) for _ in range(args.runs)
                ]
                baselines = [card_io(record, reader, card) for _ in range(args.runs)]
                reader.close()
        finally:
            client.close()
            server.cleanup()
            shutil.rmtree(cups_root, ignore_errors=True)
            gateway.stop()
    values = [spooled for spooled, _ in runs]
    value = statistics.median(values)
    baseline = statistics.median(baselines)
    print(
        json.dumps(
            {
                "name": "certificate_card_to_pdf",
                "value": round(value, 3),
                "unit": "s",
                "baseline": round(baseline, 3),
                "ratio": round(value / baseline, 2),
                "goal": GOAL_S,
                "meets_goal": value <= GOAL_S,
                "runs": args.runs,
                "min": round(min(values), 3),
                "max": round(max(values), 3),
                "printed_s": round(statistics.median(printed for _, printed in runs), 3),
            }
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
