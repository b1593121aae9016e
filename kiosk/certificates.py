"""The certificate service's real parts, built for the composition root (kiosk/app.py)."""

from __future__ import annotations

import datetime as dt
import functools
import logging
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any
from zoneinfo import ZoneInfo

from content.config import MachikadoConfig
from content.notices import load_sample_board
from devices.docprint.errors import PrintServiceDownError
from devices.errors import DeviceError
from devices.monitor import DeviceMonitor
from devices.payment.errors import PaymentUnavailableError
from devices.receipt.errors import PrinterUnavailableError
from kiosk.adapters.card import CardAdapter
from kiosk.adapters.issuance import IssuanceAdapter
from kiosk.adapters.journal import IssuanceJournal
from kiosk.adapters.payment import PaymentAdapter
from kiosk.adapters.printing import DocumentPrinterAdapter
from kiosk.adapters.receipt import ReceiptAdapter
from kiosk.adapters.reconcile import reconcile
from kiosk.core.certificate.flow import CertificateFlow
from kiosk.core.certificate.ports import Ports, Runner
from kiosk.core.hours import ServiceHours
from offline_cache.service import OfflineCache

log = logging.getLogger(__name__)

JST = ZoneInfo("Asia/Tokyo")
KINDS = ("card_reader", "document_printer", "receipt_printer", "payment")


def japan_now() -> dt.datetime:
    """The wall-clock time in Japan, as the city's service hours are given."""
    return dt.datetime.now(JST)


def service_hours(config: MachikadoConfig) -> dict[str, ServiceHours]:
    """Opening hours per service id, from ``[certificates]``."""
    table = config.certificates
    return {"certificates": ServiceHours.parse(table.hours, table.closed_days)}


class LiveDevice:
    """The device monitor's open device of one kind, looked up afresh at every call.

    The monitor reopens a device that was unplugged; the adapters must use whichever is open
    now. While none is, every call raises ``unavailable`` (a device error the adapter words).
    """

    def __init__(
        self, monitor: DeviceMonitor, kind: str, unavailable: Callable[[], DeviceError]
    ) -> None:
        self._monitor = monitor
        self._kind = kind
        self._unavailable = unavailable

    def __getattr__(self, name: str) -> Any:
        device = self._monitor.device(self._kind)
        if device is None:
            raise self._unavailable()
        return getattr(device, name)


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
    return all(urls[kind] for kind in KINDS)


def build_certificate_parts(
    config: MachikadoConfig, monitor: DeviceMonitor, cache: OfflineCache, runner: Runner
) -> CertificateParts:
    """The certificate flow on the configured devices and the cache's gateway."""
    data_dir = config.cache.path()
    data_dir.mkdir(parents=True, exist_ok=True)
    card = CardAdapter(lambda: monitor.device("card_reader"))
    payment = LiveDevice(
        monitor, "payment", lambda: PaymentUnavailableError("the payment unit is not available")
    )
    documents = LiveDevice(
        monitor,
        "document_printer",
        lambda: PrintServiceDownError("the document printer is not available"),
    )
    receipts = LiveDevice(
        monitor,
        "receipt_printer",
        lambda: PrinterUnavailableError("the receipt printer is not available"),
    )
    printer = DocumentPrinterAdapter(
        documents,  # type: ignore[arg-type]
        spool_dir=data_dir / "spool",
        timeout_s=config.certificates.print_timeout_s,
    )
    journal = IssuanceJournal(data_dir / "journal.db", cache)
    ports = Ports(
        card=card,
        issuance=IssuanceAdapter(lambda: cache.client),
        journal=journal,
        payment=PaymentAdapter(
            payment,  # type: ignore[arg-type]
            timeout_s=config.certificates.payment_timeout_s,
        ),
        printer=printer,
        receipt=ReceiptAdapter(receipts, city=CityName(cache)),  # type: ignore[arg-type]
        runner=runner,
        terminal_id=config.terminal.id,
    )
    flow = CertificateFlow(ports, clock=japan_now)
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
