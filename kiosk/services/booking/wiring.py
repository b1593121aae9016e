"""Facility booking's parts, built for the kiosk: the gateway, the kept reads, devices, flow."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject

from content.config import MachikadoConfig
from devices.live import LiveDevice
from devices.monitor import DeviceMonitor
from devices.payment.errors import PaymentUnavailableError
from devices.payment.model import PaymentUnit
from devices.receipt.errors import PrinterUnavailableError
from devices.receipt.printer import ReceiptPrinter
from kiosk.blocks.checkout.payment_adapter import PaymentAdapter
from kiosk.blocks.identity.card_adapter import CardAdapter
from kiosk.services.booking.adapters.availability import AvailabilityAdapter
from kiosk.services.booking.adapters.gateway import BookingAdapter
from kiosk.services.booking.adapters.journal import BookingJournal
from kiosk.services.booking.adapters.receipt import BookingReceiptAdapter
from kiosk.services.booking.core.flow import BookingFlow, Ports
from kiosk.services.booking.spec import SERVICE
from kiosk.services.booking.ui.qt_booking import QtBooking
from kiosk.shell.core.clock import WallClock
from kiosk.shell.core.jobs import Runner
from kiosk.shell.host import Host, ServiceUi
from kiosk.shell.ui.qt_card_events import QtCardEvents
from kiosk.shell.ui.qt_connection import QtConnection
from kiosk.shell.ui.qt_session import QtSession
from offline_cache.booking import BookingCache, facility_rows
from offline_cache.service import OfflineCache


@dataclass
class BookingParts:
    """The flow and the adapters it runs on (the card adapter is fed the reader's events)."""

    flow: BookingFlow
    card: CardAdapter
    journal: BookingJournal


def build_booking_parts(
    config: MachikadoConfig, monitor: DeviceMonitor, cache: OfflineCache, runner: Runner
) -> BookingParts:
    """The booking flow on the configured devices, the cache's gateway and its kept reads."""
    data_dir = config.cache.path()
    card = CardAdapter(lambda: monitor.device("card_reader"))
    payment: LiveDevice[PaymentUnit] = LiveDevice(
        lambda: monitor.device("payment"),
        lambda: PaymentUnavailableError("the payment unit is not available"),
    )
    receipts: LiveDevice[ReceiptPrinter] = LiveDevice(
        lambda: monitor.device("receipt_printer"),
        lambda: PrinterUnavailableError("the receipt printer is not available"),
    )

    def facilities() -> list[dict[str, object]] | None:
        store = cache.store
        return None if store is None else facility_rows(store)

    clock = WallClock(config.terminal.zone)
    journal = BookingJournal(data_dir / "booking-journal.jsonl")
    ports = Ports(
        booking=BookingAdapter(lambda: cache.client),
        availability=AvailabilityAdapter(
            BookingCache(data_dir / "booking", lambda: cache.client), facilities
        ),
        card=card,
        payment=PaymentAdapter(payment),
        journal=journal,
        receipt=BookingReceiptAdapter(receipts, zone=config.terminal.zone),
        runner=runner,
        today=lambda: clock().date(),
        now=clock,
        new_key=lambda: uuid.uuid4().hex,
    )
    return BookingParts(BookingFlow(ports), card, journal)


QML_DIR = Path(__file__).parent / "qml"


class BookingService:
    """Facility booking: browse the weeks without a card, book and cancel with it."""

    spec = SERVICE
    ui = ServiceUi(
        import_dir=QML_DIR,
        screen=QML_DIR / "Booking" / "screens" / "BookingScreen.qml",
        messages=Path(__file__).parent / "messages",
    )

    def __init__(self) -> None:
        self.parts: BookingParts | None = None
        self._host: Host | None = None
        self._events: QtCardEvents | None = None

    def build_flow(self, host: Host) -> BookingFlow | None:
        """The flow on the cache's gateway and the configured devices; None without a cache."""
        if host.cache is None:
            return None
        self._host = host
        self.parts = build_booking_parts(host.config, host.monitor, host.cache, host.runner)
        return self.parts.flow

    def build_ui(self, session: QtSession, connection: QtConnection, parent: QObject) -> QtBooking:
        """The flow's view-model, in the terminal's time zone and front-panel layout."""
        assert self.parts is not None and self._host is not None
        config = self._host.config
        return QtBooking(
            session,
            self.parts.flow,
            parent,
            zone=config.terminal.zone,
            hardware=config.kiosk.hardware,
            payment=config.kiosk.payment,
        )

    def start(self, parent: QObject) -> None:
        """The reader's card events to the flow."""
        parts, host = self.parts, self._host
        assert parts is not None and host is not None
        self._events = QtCardEvents(parts.flow.card_inserted, parts.flow.card_removed, parent)
        self._events.attach(parts.card.subscribe)

        def on_device(kind: str, health: Any) -> None:
            if kind == "card_reader" and health.available:
                parts.card.refresh()  # the monitor (re)opened the reader: watch its cards

        host.monitor.subscribe(on_device)

    def stop(self) -> None:
        """Stop listening to the reader."""
        if self._events is not None:
            self._events.detach()
            self._events = None

    def close(self) -> None:
        """Nothing to release: the journal is opened for each write."""
