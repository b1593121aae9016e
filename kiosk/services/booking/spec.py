"""Facility booking's tile, where it runs and what it needs."""

from __future__ import annotations

from kiosk.services.booking.messages import TILE
from kiosk.shell.core.services import ServiceSpec

# Browsing needs no device; booking needs the card. Paying here and the receipt are offered
# when their devices are up (else: pay at the counter, the booking number on screen).
DEVICES = ("card_reader",)

SERVICE = ServiceSpec(
    id="booking",
    icon="calendar",
    title=TILE.title,
    description=TILE.description,
    devices=DEVICES,
)
