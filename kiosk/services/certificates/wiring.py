"""The certificate service's parts, built for the kiosk: flow, adapters, view-model, start-up."""

from __future__ import annotations

import functools
import logging
import threading
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject

from content.config import MachikadoConfig
from content.notices import load_sample_board
from devices.docprint.errors import PrintServiceDownError
from devices.docprint.model import DocumentPrinter
from devices.live import LiveDevice
from devices.monitor import DeviceMonitor
from devices.payment.errors import PaymentUnavailableError
from devices.payment.model import PaymentUnit
from devices.receipt.errors import PrinterUnavailableError
from devices.receipt.printer import ReceiptPrinter
from kiosk.blocks.checkout.journal import IssuanceJournal
from kiosk.blocks.checkout.payment_adapter import PaymentAdapter
from kiosk.blocks.checkout.reconcile import reconcile
from kiosk.blocks.identity.card_adapter import CardAdapter
from kiosk.services.certificates.adapters.catalogue import certificate_fees
from kiosk.services.certificates.adapters.issuance import IssuanceAdapter
from kiosk.services.certificates.adapters.printing import DocumentPrinterAdapter
from kiosk.services.certificates.adapters.receipt import ReceiptAdapter
from kiosk.services.certificates.core.flow import CertificateFlow
from kiosk.services.certificates.core.ports import Ports
from kiosk.services.certificates.core.terms import OpeningHours
from kiosk.services.certificates.spec import DEVICES, SERVICE
from kiosk.services.certificates.ui.qt_certificate import QtCertificate
from kiosk.shell.core.clock import WallClock
from kiosk.shell.core.jobs import Runner
from kiosk.shell.host import Host, ServiceUi
from kiosk.shell.ui.qt_card_events import QtCardEvents
from kiosk.shell.ui.qt_connection import QtConnection
from kiosk.shell.ui.qt_session import QtSession
from offline_cache.service import OfflineCache

log = logging.getLogger(__name__)


@functools.cache
def _sample_city() -> dict[str, str]:
    return load_sample_board().city


class CityName(Mapping[str, str]):
    """The city's name by language, from the synced notices (the bundled sample until then)."""

    def __init__(self, cache: OfflineCache) -> None:
        self._cache = cache

    def _names(self) -> dict[str, str]:
        return self._cache.city_names() or _sample_city()

    def __getitem__(self, language: str) -> str:
        return self._names()[language]

    def __iter__(self) -> Iterator[str]:
        return iter(self._names())

    def __len__(self) -> int:
        return len(self._names())


@dataclass
class CertificateParts:
    """The flow and the parts the kiosk must start, stop and feed card events from."""

    flow: CertificateFlow
    card: CardAdapter
    journal: IssuanceJournal
    printer: DocumentPrinterAdapter
    events: Any = None
    reconciler: threading.Thread | None = None
    stopping: threading.Event = field(default_factory=threading.Event)

    def stop(self) -> None:
        """Stop listening to the reader and stop reconciling."""
        self.stopping.set()
        if self.events is not None:
            self.events.detach()
        if self.reconciler is not None:
            self.reconciler.join(15)

    def close(self) -> None:
        """Release the journal and the spool folder."""
        self.journal.close()
        self.printer.close()


def offers_certificates(config: MachikadoConfig) -> bool:
    """True when every device the service needs is configured."""
    urls = config.devices.urls()
    return all(urls[kind] for kind in DEVICES)


def build_certificate_parts(
    config: MachikadoConfig, monitor: DeviceMonitor, cache: OfflineCache, runner: Runner
) -> CertificateParts:
    """The certificate flow on the configured devices and the cache's gateway."""
    data_dir = config.cache.path()
    data_dir.mkdir(parents=True, exist_ok=True)
    card = CardAdapter(lambda: monitor.device("card_reader"))
    payment: LiveDevice[PaymentUnit] = LiveDevice(
        lambda: monitor.device("payment"),
        lambda: PaymentUnavailableError("the payment unit is not available"),
    )
    documents: LiveDevice[DocumentPrinter] = LiveDevice(
        lambda: monitor.device("document_printer"),
        lambda: PrintServiceDownError("the document printer is not available"),
    )
    receipts: LiveDevice[ReceiptPrinter] = LiveDevice(
        lambda: monitor.device("receipt_printer"),
        lambda: PrinterUnavailableError("the receipt printer is not available"),
    )
    printer = DocumentPrinterAdapter(
        documents,
        spool_dir=data_dir / "spool",
        timeout_s=config.certificates.print_timeout_s,
    )
    journal = IssuanceJournal(data_dir / "journal.db", cache)
    ports = Ports(
        card=card,
        issuance=IssuanceAdapter(lambda: cache.client),
        journal=journal,
        payment=PaymentAdapter(payment, timeout_s=config.certificates.payment_timeout_s),
        printer=printer,
        receipt=ReceiptAdapter(receipts, city=CityName(cache)),
        runner=runner,
        terminal_id=config.terminal.id,
    )
    flow = CertificateFlow(ports, clock=WallClock(config.terminal.zone))
    return CertificateParts(flow=flow, card=card, journal=journal, printer=printer)


def reconcile_when_ready(
    monitor: DeviceMonitor,
    journal: IssuanceJournal,
    cache: OfflineCache,
    *,
    wait_s: float = 60.0,
    client_wait_s: float = 10.0,
    stop: threading.Event | None = None,
) -> threading.Thread:
    """Start settling what a previous run left open, once the payment unit is open.

    The payment unit's holds are settled from the journal even when the gateway cannot be
    reached within ``client_wait_s``; the reports wait in the outbox.
    """
    stopping = stop or threading.Event()

    def work() -> None:
        deadline = time.monotonic() + wait_s
        while monitor.device("payment") is None:
            if stopping.wait(0.5) or time.monotonic() > deadline:
                log.warning("reconcile skipped: the payment unit did not open")
                return
        client_deadline = time.monotonic() + client_wait_s
        while cache.client is None and time.monotonic() < client_deadline:
            if stopping.wait(0.5):
                return
        try:
            reconcile(monitor.device("payment"), journal, cache.client)
        except Exception:
            log.exception("reconciling open orders failed")

    thread = threading.Thread(target=work, name="reconcile", daemon=True)
    thread.start()
    return thread


QML_DIR = Path(__file__).parent / "qml"


class CertificateService:
    """Certificates with the My Number card, where all four devices it needs are configured."""

    spec = SERVICE
    ui = ServiceUi(
        import_dir=QML_DIR,
        screen=QML_DIR / "Certificates" / "screens" / "CertificateScreen.qml",
        messages=Path(__file__).parent / "messages",
    )

    def __init__(self) -> None:
        self.parts: CertificateParts | None = None
        self._host: Host | None = None

    def build_flow(self, host: Host) -> CertificateFlow | None:
        """The flow on the configured devices; None without a cache or a needed device."""
        if host.cache is None or not offers_certificates(host.config):
            return None
        self._host = host
        self.parts = build_certificate_parts(host.config, host.monitor, host.cache, host.runner)
        return self.parts.flow

    def build_ui(
        self, session: QtSession, connection: QtConnection, parent: QObject
    ) -> QtCertificate:
        """The flow's view-model."""
        assert self.parts is not None and self._host is not None
        config, cache = self._host.config, self._host.cache
        assert cache is not None
        return QtCertificate(
            session,
            self.parts.flow,
            parent,
            hardware=config.kiosk.hardware,
            payment=config.kiosk.payment,
            hours=OpeningHours.from_config(
                config.certificates.hours, config.certificates.closed_days
            ),
            fees=lambda: certificate_fees(cache),
        )

    def start(self, parent: QObject) -> None:
        """Card events to the flow, and settling what an earlier run left open."""
        parts, host = self.parts, self._host
        assert parts is not None and host is not None and host.cache is not None
        events = QtCardEvents(parts.flow.card_inserted, parts.flow.card_removed, parent)
        events.attach(parts.card.subscribe)
        parts.events = events

        def on_device(kind: str, health: Any) -> None:
            if kind == "card_reader" and health.available:
                parts.card.refresh()  # the monitor (re)opened the reader: watch its cards

        host.monitor.subscribe(on_device)
        parts.reconciler = reconcile_when_ready(
            host.monitor, parts.journal, host.cache, stop=parts.stopping
        )

    def stop(self) -> None:
        """Stop listening to the reader and stop reconciling."""
        if self.parts is not None:
            self.parts.stop()

    def close(self) -> None:
        """Release the journal and the spool folder."""
        if self.parts is not None:
            self.parts.close()
