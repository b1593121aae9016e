"""Facility booking's tile, where it runs and what it needs."""

from __future__ import annotations

from kiosk.shell.core.messages import translate
from kiosk.shell.core.services import ServiceSpec

DEVICES = ("card_reader", "receipt_printer", "payment")

SERVICE = ServiceSpec(
    id="booking",
    icon="calendar",
    #: Title of the home screen's tile for booking the city's facilities.
    title=translate("booking", "Facility booking"),
    #: Description on the home screen's tile for booking the city's facilities.
    description=translate(
        "booking",
        "Book a room at a community centre or a sports hall. Your My Number card is needed.",
    ),
    devices=DEVICES,
)
