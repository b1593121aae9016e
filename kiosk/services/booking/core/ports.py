"""What facility booking needs from the gateway, as a protocol, plain values and errors.

The adapters map the gateway's HTTP API to these; tests use fakes. Every call blocks and runs on
a worker. Refusals are :class:`BookingRefusedError` with a message key the UI words and what it
needs to say which (the slot taken, the cap reached, the last day of a suspension).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from content.booking.rules import BookingRules
from kiosk.blocks.identity.ports import CardProof, Nonce
from kiosk.services.booking.core.find import Place
from kiosk.services.booking.core.week import Week
from kiosk.shell.core.errors import FlowError


class BookingError(FlowError):
    """The city's booking system could not be used ('gateway.unreachable', …)."""


class BookingRefusedError(BookingError):
    """The gateway refused the request; ``detail`` carries the slot, cap or date it names."""

    def __init__(self, key: str, detail: Mapping[str, Any] | None = None) -> None:
        super().__init__(key)
        self.detail: dict[str, Any] = dict(detail or {})


class ProofExpiredError(BookingError):
    """The card's check is too old or already used: the card must be read again."""

    def __init__(self) -> None:
        super().__init__("booking.proof_expired")


class AnswerLostError(BookingError):
    """A write was sent and its answer lost: sent again with the same key it is done once."""

    def __init__(self) -> None:
        super().__init__("booking.answer_lost")


@dataclass(frozen=True)
class Slot:
    """One unit of a facility on one day, for one or more of its time divisions."""

    facility: str
    unit: str
    date: dt.date
    divisions: tuple[str, ...]


@dataclass(frozen=True)
class Booking:
    """A booking as the gateway states it: number, state, fee, and what a cancel gave back."""

    id: str
    facility: str
    unit: str
    date: dt.date
    divisions: tuple[str, ...]
    state: str  # provisional, confirmed, cancelled, expired, used, no_show
    payment: str | None  # paid, counter, or None while unpaid
    fee_yen: int
    refund_yen: int | None = None
    refund_percent: int | None = None
    expires_at: dt.datetime | None = None

    @property
    def active(self) -> bool:
        """True while the booking holds its rooms."""
        return self.state in ("provisional", "confirmed")


@dataclass(frozen=True)
class Wish:
    """One ranked wish of a lottery entry, and once drawn whether it won or its waiting place."""

    unit: str
    date: dt.date
    divisions: tuple[str, ...]
    won: bool | None = None  # None before the draw
    waitlist_position: int | None = None


@dataclass(frozen=True)
class Entry:
    """A lottery entry: its round's month and state, and its wishes in order."""

    id: str
    facility: str
    month: str
    state: str  # the round's state: open, drawn, …
    wishes: tuple[Wish, ...]
    draw_at: dt.datetime | None = None

    @property
    def drawn(self) -> bool:
        """True once the round's result is published."""
        return any(w.won is not None for w in self.wishes)


@dataclass(frozen=True)
class Holder:
    """What the card holder has: residency, bookings, entries, penalty points, suspension."""

    resident: bool
    bookings: tuple[Booking, ...] = ()
    entries: tuple[Entry, ...] = ()
    penalty_points: int = 0
    suspended_until: dt.date | None = None
    groups: tuple[str, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class Directory:
    """The city's booking rules and its facilities that take bookings, as of a time."""

    rules: BookingRules
    places: tuple[Place, ...]
    as_of: dt.datetime
    fresh: bool


@dataclass(frozen=True)
class BookingReceipt:
    """What the booking receipt prints: no name, the booking's number, slot, fee and payment."""

    language: str
    booking: Booking
    facility_names: Mapping[str, str]
    unit_names: Mapping[str, str]
    division_names: tuple[Mapping[str, str], ...]
    method: str  # cash, ic, counter
    printed_at: dt.datetime


class PrintError(FlowError):
    """The receipt printer failed ('receipt.paper_out', 'receipt.unavailable', …)."""


class AvailabilityPort(Protocol):
    """The public reads, browsable without a card and offline from what the terminal kept."""

    def directory(self) -> Directory:
        """The rules and facilities; raises :class:`BookingError` when none were ever kept."""
        ...

    def week(self, directory: Directory, facility: str, start: dt.date) -> Week:
        """The facility's seven days from ``start``, fresh or as kept."""
        ...


class ReceiptPort(Protocol):
    """The receipt printer."""

    def print_receipt(self, receipt: BookingReceipt) -> None:
        """Print the booking's receipt with its number and QR code; raises PrintError."""
        ...


class BookingPort(Protocol):
    """The gateway's booking API for one terminal."""

    def nonce(self) -> Nonce:
        """A fresh single-use nonce for the card to sign."""
        ...

    def holder(self, proof: CardProof) -> Holder:
        """The card holder's bookings, entries and standing (the proof is not used up)."""
        ...

    def book(self, proof: CardProof, slot: Slot, fee_yen: int, key: str) -> Booking:
        """A provisional booking of ``slot`` at the fee shown; the same ``key`` books once."""
        ...

    def confirm(self, booking_id: str, payment: str, amount_yen: int, key: str) -> Booking:
        """Confirm it, ``paid`` here (the amount taken) or to be paid at the ``counter``."""
        ...

    def cancel(self, proof: CardProof, booking_id: str, key: str) -> Booking:
        """Cancel it; the answer states the refund."""
        ...

    def enter(self, proof: CardProof, month: str, wishes: tuple[Slot, ...], key: str) -> Entry:
        """Enter ``month``'s lottery with ranked ``wishes`` of one facility."""
        ...
