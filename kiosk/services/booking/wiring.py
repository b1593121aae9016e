"""Facility booking's parts, built for the kiosk: the gateway, the kept reads, devices, flow.

The kiosk does not offer booking yet (its screens are being built; see ``UNFINISHED`` in
``kiosk.service_list``), so nothing registers these parts; they are composed and tested here.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

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
from kiosk.shell.core.clock import WallClock
from kiosk.shell.core.jobs import Runner
from offline_cache.booking import BookingCache, facility_rows
from offline_cache.service import OfflineCache

DEVICES = ("card_reader", "receipt_printer", "payment")


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
