"""A kiosk's certificate service on the real stacks: pcscd + vpcd, uvicorn, cupsd, ptys.

The flow runs on the real adapters; only the human is scripted, and jobs run in the test's
thread (``SyncRunner``) so every step's outcome can be checked right after the intent.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from devices.docprint.cups_printer import CupsPrinter
from devices.payment.emulator import EmulatedPaymentUnit
from devices.receipt.emulator import EscposEmulator
from devices.receipt.printer import ReceiptPrinter
from kiosk.blocks.checkout.journal import IssuanceJournal
from kiosk.blocks.checkout.payment_adapter import PaymentAdapter
from kiosk.blocks.identity.card_adapter import CardAdapter
from kiosk.services.certificates.adapters.issuance import IssuanceAdapter
from kiosk.services.certificates.adapters.printing import DocumentPrinterAdapter
from kiosk.services.certificates.adapters.receipt import ReceiptAdapter
from kiosk.services.certificates.core.flow import CertificateFlow, Step
from kiosk.services.certificates.core.ports import Ports
from offline_cache.client import GatewayClient
from offline_cache.outbox import Outbox
from offline_cache.store import Store
from tests.kiosk.services.certificates.certificate_fakes import SyncRunner

CITY = {"ja": "はなみずき市", "en": "Hanamizuki City"}
JST = dt.timezone(dt.timedelta(hours=9))

COUNTDOWN_BACKEND = """#!/bin/sh
# Prints as many jobs as the counter file allows, then reports an empty tray.
if [ $# -eq 0 ]; then echo 'direct machikado-countdown "Unknown" "Countdown"'; exit 0; fi
n=$(cat {counter})
if [ "$n" -gt 0 ]; then
  echo $((n - 1)) > {counter}
  cat > /dev/null
  echo "STATE: -media-empty-error" >&2
  exit 0
fi
echo "STATE: +media-empty-error" >&2
echo "ERROR: out of paper" >&2
exit 1
"""


class Kiosk:
    """One terminal: its cache store and outbox, journal, devices and the flow on them."""

    def __init__(
        self,
        folder: Path,
        gateway_url: str,
        token: str,
        reader: object,
        printer: CupsPrinter,
        receipt: tuple[ReceiptPrinter, EscposEmulator],
    ) -> None:
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        self.gateway_url, self.token = gateway_url, token
        self.reader, self.cups, (self.receipt_printer, self.receipt) = reader, printer, receipt
        self.runner = SyncRunner()
        self._open()

    def _open(self) -> None:
        self.store, _ = Store.open(self.folder / "cache.db")
        self.client = GatewayClient(self.gateway_url, self.token, retries=1)
        self.outbox = Outbox(self.store, self.client)
        self.journal = IssuanceJournal(self.folder / "journal.db", self.outbox)
        self.unit = EmulatedPaymentUnit(state_file=self.folder / "payment.json")
        self.documents = DocumentPrinterAdapter(
            self.cups, spool_dir=self.folder / "spool", timeout_s=90
        )
        self.card = CardAdapter(self.reader)  # type: ignore[arg-type]
        ports = Ports(
            card=self.card,
            issuance=IssuanceAdapter(self.client),
            journal=self.journal,
            payment=PaymentAdapter(self.unit, timeout_s=30),
            printer=self.documents,
            receipt=ReceiptAdapter(self.receipt_printer, city=CITY),
            runner=self.runner,
            terminal_id="test-kiosk-01",
        )
        self.flow = CertificateFlow(ports, clock=lambda: dt.datetime.now(JST))

    def restart(self) -> None:
        """The kiosk process ends and starts again: everything is read back from disk."""
        self.journal.close()
        self.store.close()
        self.client.close()
        self._open()

    def close(self) -> None:
        """Release files and connections."""
        self.journal.close()
        self.store.close()
        self.client.close()

    def deliver(self) -> None:
        """Send what the outbox holds (the cache worker does this in the kiosk)."""
        self.outbox.deliver()

    # -- what the resident does -----------------------------------------------------------

    def start(self, language: str = "ja") -> None:
        """Open the service and agree to the terms."""
        self.flow.begin(language)
        self.flow.accept_terms()

    def enter_pin(self, pin: str) -> None:
        """Type the PIN and press OK."""
        for digit in pin:
            self.flow.press_digit(digit)
        self.flow.submit_pin()

    def order(self, certificate: str, copies: int = 1, **options: object) -> None:
        """From the choice to the fee summary, confirmed."""
        assert self.flow.step is Step.CHOOSE, self.flow.step
        self.flow.choose(certificate)
        if self.flow.step is Step.OPTIONS:
            if "household" in options:
                self.flow.set_household(str(options.pop("household")))
            for name, on in options.items():
                self.flow.set_option(name, bool(on))
            self.flow.next()
        self.flow.set_copies(copies)
        self.flow.next()
        assert self.flow.step is Step.SUMMARY
        self.flow.confirm()

    def pay_cash(self, *pieces: int) -> None:
        """Put the money in (queued for the unit) and choose cash."""
        self.unit.queue_cash(*pieces)
        self.flow.pay("cash")
