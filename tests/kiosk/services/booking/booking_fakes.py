"""Fakes for the booking flow: the gateway's booking API, the public reads, the receipt."""

from __future__ import annotations

import datetime as dt
import itertools
import json
from dataclasses import dataclass, field

from content.booking.rules import load_sample_booking_rules
from content.municipality import sample_folder
from kiosk.blocks.identity.ports import CardProof, Nonce
from kiosk.services.booking.core.find import places
from kiosk.services.booking.core.flow import BookingFlow, Ports
from kiosk.services.booking.core.ports import (
    Booking,
    BookingReceipt,
    Directory,
    Entry,
    Holder,
    Slot,
    Wish,
)
from kiosk.services.booking.core.week import Week, build_week
from tests.kiosk.blocks.fakes import PIN, FakeCard, FakeJournal, FakePayment, SyncRunner

RULES = load_sample_booking_rules()
HALL = "tanashi-kominkan"
TODAY = dt.date(2027, 2, 24)  # a Wednesday
MONDAY = dt.date(2027, 3, 1)
AS_OF = dt.datetime(2027, 2, 24, 1, 0, tzinfo=dt.UTC)


def facility_rows():
    data = json.loads((sample_folder() / "facilities.json").read_text(encoding="utf-8"))
    return data if isinstance(data, list) else data["facilities"]


def week_payload(facility, start, states=None):
    """Every division free (closed on Mondays), but for ``states[(unit, day, division)]``."""
    states = states or {}
    rules = RULES.facility(facility)
    units = []
    for unit in rules.units:
        scheme = [d.id for d in RULES.scheme(unit)]
        days = []
        for i in range(7):
            day = start + dt.timedelta(days=i)
            default = "free" if rules.is_open(day) else "closed"
            cells = {d: states.get((unit.id, day, d), default) for d in scheme}
            days.append({"date": day.isoformat(), "cells": cells})
        units.append({"unit": unit.id, "divisions": scheme, "days": days})
    return {"facility": facility, "from": start.isoformat(), "units": units}


@dataclass
class FakeAvailability:
    """The public reads; ``fresh`` False plays a terminal off the network with a kept copy."""

    fresh: bool = True
    states: dict = field(default_factory=dict)
    error: Exception | None = None
    weeks: list = field(default_factory=list)

    def directory(self) -> Directory:
        if self.error is not None:
            raise self.error
        return Directory(RULES, places(facility_rows(), RULES), AS_OF, self.fresh)

    def week(self, directory: Directory, facility: str, start: dt.date) -> Week:
        self.weeks.append((facility, start))
        payload = week_payload(facility, start, self.states)
        return build_week(payload, directory.rules, as_of=AS_OF, fresh=self.fresh)


@dataclass
class FakeBooking:
    """The gateway's booking API in memory; ``fail[method]`` lists errors raised in turn."""

    resident: bool = True
    suspended_until: dt.date | None = None
    fail: dict = field(default_factory=dict)
    calls: list = field(default_factory=list)
    bookings: dict = field(default_factory=dict)
    by_key: dict = field(default_factory=dict)
    entries: list = field(default_factory=list)
    numbers: itertools.count = field(default_factory=lambda: itertools.count(1))

    def _maybe_fail(self, method):
        queue = self.fail.get(method)
        if queue:
            raise queue.pop(0)

    def nonce(self) -> Nonce:
        self.calls.append(("nonce",))
        self._maybe_fail("nonce")
        return Nonce("n-1", b"challenge")

    def holder(self, proof: CardProof) -> Holder:
        self.calls.append(("holder",))
        self._maybe_fail("holder")
        return Holder(
            self.resident,
            tuple(self.bookings.values()),
            tuple(self.entries),
            suspended_until=self.suspended_until,
        )

    def book(self, proof, slot: Slot, fee_yen: int, key: str) -> Booking:
        self.calls.append(("book", key, fee_yen))
        if key in self.by_key:
            return self.by_key[key]
        booking = Booking(
            f"BK-AAA{next(self.numbers)}-BBBB",
            slot.facility,
            slot.unit,
            slot.date,
            slot.divisions,
            "provisional",
            None,
            fee_yen,
        )
        # a lost answer: the booking is made, the answer does not come back
        self.bookings[booking.id] = self.by_key[key] = booking
        self._maybe_fail("book")
        return booking

    def confirm(self, booking_id: str, payment: str, amount_yen: int, key: str) -> Booking:
        self.calls.append(("confirm", key, payment, amount_yen))
        self._maybe_fail("confirm")
        old = self.bookings[booking_id]
        new = Booking(**{**old.__dict__, "state": "confirmed", "payment": payment})
        self.bookings[booking_id] = new
        return new

    def cancel(self, proof, booking_id: str, key: str) -> Booking:
        self.calls.append(("cancel", key))
        self._maybe_fail("cancel")
        old = self.bookings[booking_id]
        refund = old.fee_yen if old.payment == "paid" else 0
        new = Booking(
            **{**old.__dict__, "state": "cancelled", "refund_yen": refund, "refund_percent": 100}
        )
        self.bookings[booking_id] = new
        return new

    def enter(self, proof, month: str, wishes, key: str) -> Entry:
        self.calls.append(("enter", key, month))
        self._maybe_fail("enter")
        entry = Entry(
            "E0001",
            wishes[0].facility,
            month,
            "open",
            tuple(Wish(w.unit, w.date, w.divisions) for w in wishes),
        )
        self.entries.append(entry)
        return entry


@dataclass
class FakeReceipt:
    """Records receipts; ``errors`` are raised in turn first."""

    errors: list = field(default_factory=list)
    printed: list[BookingReceipt] = field(default_factory=list)

    def print_receipt(self, receipt: BookingReceipt) -> None:
        if self.errors:
            raise self.errors.pop(0)
        self.printed.append(receipt)


@dataclass
class Rig:
    flow: BookingFlow
    booking: FakeBooking
    availability: FakeAvailability
    card: FakeCard
    payment: FakePayment
    journal: FakeJournal
    receipt: FakeReceipt
    runner: SyncRunner


def make_rig(**booking) -> Rig:
    keys = (f"key-{i}" for i in itertools.count(1))
    rig_booking = FakeBooking(**booking)
    availability = FakeAvailability()
    card, payment, journal, receipt = FakeCard(), FakePayment(), FakeJournal(), FakeReceipt()
    runner = SyncRunner()
    ports = Ports(
        booking=rig_booking,
        availability=availability,
        card=card,
        payment=payment,
        journal=journal,
        receipt=receipt,
        runner=runner,
        today=lambda: TODAY,
        now=lambda: dt.datetime(2027, 2, 24, 10, 0, tzinfo=dt.UTC),
        new_key=lambda: next(keys),
    )
    flow = BookingFlow(ports)
    return Rig(flow, rig_booking, availability, card, payment, journal, receipt, runner)


def enter_pin(flow: BookingFlow, pin: str = PIN) -> None:
    for digit in pin:
        flow.identity.press_digit(digit)
    flow.identity.submit_pin()
