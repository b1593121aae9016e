"""A kiosk whose facility booking runs on the fakes' flow (gateway, reads, card, payment)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterator

from kiosk.app import Kiosk
from kiosk.services.booking.core.flow import Step
from kiosk.services.booking.core.ports import (
    AnswerLostError,
    Booking,
    BookingRefusedError,
    Entry,
    PrintError,
    Wish,
)
from kiosk.services.booking.ui.qt_booking import QtBooking
from kiosk.services.booking.wiring import BookingService
from kiosk.services.notices.wiring import NoticeService
from kiosk.shell.host import Host
from kiosk.tour import find_item
from tests.kiosk.services.booking.booking_fakes import HALL, TODAY, Rig, enter_pin


class RigBookingService(BookingService):
    """Booking on a flow the test built, needing no device."""

    spec = dataclasses.replace(BookingService.spec, devices=())
    given: Rig | None = None

    def build_flow(self, host: Host):
        assert self.given is not None
        self._host = host
        return self.given.flow

    def build_ui(self, session, connection, parent):
        assert self.given is not None and self._host is not None
        return QtBooking(
            session,
            self.given.flow,
            parent,
            zone=self._host.config.terminal.zone,
            hardware=self._host.config.kiosk.hardware,
            payment=self._host.config.kiosk.payment,
        )

    def start(self, parent) -> None:
        """The fakes' card is driven by the test."""

    def stop(self) -> None:
        """Nothing to stop."""


def booking_kiosk(make_kiosk, rig: Rig, config=None) -> Kiosk:
    """A kiosk offering booking on ``rig`` (and the notices)."""
    service = type("Service", (RigBookingService,), {"given": rig})
    return make_kiosk(config, services=(service, NoticeService))


def open_booking(kiosk: Kiosk) -> None:
    """From wherever the session is, to booking's first screen."""
    session = kiosk.session
    if not session.inSession:
        session.start()
    session.home()
    session.openService("booking")
    assert session.screen == "booking"


# -- a walk through every screen a resident sees ---------------------------------------------

JST = dt.timezone(dt.timedelta(hours=9))
THURSDAY = TODAY + dt.timedelta(days=1)  # in the week shown first
LOTTERY_DAY = dt.date(2027, 9, 7)  # a Tuesday whose lottery (halls: six months ahead) is open
SHOWN_BOOKINGS = (
    Booking(
        "BK-P1Q2-R3S4",
        HALL,
        "hall",
        dt.date(2027, 3, 2),
        ("am",),
        "provisional",
        None,
        4200,
        expires_at=dt.datetime(2027, 2, 27, 17, 0, tzinfo=JST),
    ),
    Booking(
        "BK-C5D6-E7F8", HALL, "meeting-1", dt.date(2027, 2, 28), ("pm",), "confirmed", "paid", 1800
    ),
    Booking(
        "BK-X9Y8-Z7W6",
        HALL,
        "meeting-2",
        dt.date(2027, 2, 20),
        ("am", "pm"),
        "cancelled",
        "paid",
        3600,
        refund_yen=3600,
    ),
)
SHOWN_ENTRIES = (
    Entry(
        "E0100",
        HALL,
        "2027-08",
        "drawn",
        (
            Wish("hall", dt.date(2027, 8, 7), ("pm",), won=True),
            Wish("hall", dt.date(2027, 8, 14), ("pm",), won=False, waitlist_position=2),
            Wish("hall", dt.date(2027, 8, 21), ("am",), won=False),
        ),
    ),
)
# A few of the problems a resident may meet, with what the gateway says beside the key.
SHOWN_PROBLEMS = (
    ("booking.slot_taken", None),  # offers to look at the week again
    ("booking.quota_reached", {"quota": {"scope": "month", "cap": 4}}),
    ("gateway.unreachable", {}),
)


def _advance(rig: Rig, step: Step) -> None:
    """Run the held jobs one at a time until the flow reaches ``step``."""
    while rig.flow.step is not step and rig.runner.pending:
        rig.runner.release()
    assert rig.flow.step is step, rig.flow.step


def _card_in(rig: Rig) -> None:
    rig.card.on_reader = True
    rig.flow.card_inserted()


def _card_out(rig: Rig) -> None:
    rig.card.on_reader = False
    rig.flow.card_removed()


def _identify(rig: Rig) -> None:
    """The card on the reader, its PIN, the card taken back (nothing held)."""
    _card_in(rig)
    enter_pin(rig.flow)
    _card_out(rig)


def _to_week(kiosk: Kiosk, rig: Rig, day: dt.date | None = None) -> None:
    open_booking(kiosk)
    if day is not None:
        kiosk.view("booking").chooseDay(day.isoformat())
    rig.flow.open_place(HALL)
    assert rig.flow.step is Step.WEEK, rig.flow.step


def _to_fee(kiosk: Kiosk, rig: Rig) -> None:
    _to_week(kiosk, rig)
    rig.flow.tap_cell("meeting-1", THURSDAY, "am")
    rig.flow.proceed()
    _identify(rig)
    assert rig.flow.step is Step.FEE, rig.flow.step


def walk_booking(kiosk: Kiosk, rig: Rig, wait: Callable[[], None]) -> Iterator[str]:
    """Visit every screen of booking (the waiting ones too); yield a label at each.

    Starts on a fresh rig (it books, pays, cancels and enters a lottery on it) and leaves the
    session on the home screen, with the runner running jobs at once again.
    """
    flow, run = rig.flow, rig.runner
    rig.availability.states.update(
        {
            ("hall", THURSDAY, "pm"): "taken",
            ("hall", TODAY + dt.timedelta(days=2), "am"): "lottery",
            ("hall", TODAY + dt.timedelta(days=2), "pm"): "counter_only",
            ("hall", LOTTERY_DAY, "am"): "lottery",
        }
    )
    rig.booking.fail = {"confirm": [AnswerLostError()]}
    rig.receipt.errors = [PrintError("receipt.paper_out")]

    # Finding a room, booking it, paying here; a lost answer and no paper on the way.
    run.hold = True
    open_booking(kiosk)
    wait()
    yield "Loading"
    _advance(rig, Step.FIND)
    wait()
    yield "Find"
    flow.open_place(HALL)
    _advance(rig, Step.WEEK)
    flow.tap_cell("meeting-1", THURSDAY, "am")
    flow.tap_cell("meeting-1", THURSDAY, "pm")
    flow.tap_cell("hall", THURSDAY, "pm")  # taken: the grid says why
    wait()
    yield "Week-picked"
    flow.proceed()
    wait()
    yield "InsertCard"
    _card_in(rig)
    wait()
    yield "ReadingCard"
    _advance(rig, Step.PIN)
    flow.identity.press_digit("1")
    flow.identity.press_digit("2")
    wait()
    yield "Pin-typing"
    flow.identity.clear_pin()
    enter_pin(flow, "1111")
    _advance(rig, Step.PIN)
    wait()
    yield "Pin-wrong"
    enter_pin(flow)
    wait()
    yield "CheckingPin"
    _advance(rig, Step.REMOVE_CARD)
    wait()
    yield "RemoveCard"
    _card_out(rig)
    wait()
    yield "Checking"
    _advance(rig, Step.FEE)
    wait()
    yield "Fee-resident"
    flow.book()
    wait()
    yield "Booking"
    _advance(rig, Step.PAY_CHOICE)
    wait()
    yield "PayChoice"
    flow.pay_here()
    run.release()  # the payment unit's methods
    wait()
    yield "Payment-choosing"
    flow.pay("cash")
    wait()
    yield "Payment-paying"
    _advance(rig, Step.CONFIRMING)
    wait()
    yield "Confirming"
    _advance(rig, Step.LOST)
    wait()
    yield "Lost"
    flow.confirm_again()
    _advance(rig, Step.PRINTING)
    wait()
    yield "Printing"
    _advance(rig, Step.PRINT_PROBLEM)
    wait()
    yield "PrintProblem"
    flow.print_again()
    _advance(rig, Step.DONE)
    wait()
    yield "Done-paid"
    run.hold = False
    flow.finish()

    # A visitor's fee, paid at the counter.
    rig.booking.resident = False
    _to_fee(kiosk, rig)
    wait()
    yield "Fee-visitor"
    flow.book()
    flow.pay_at_counter()
    assert flow.step is Step.DONE, flow.step
    wait()
    yield "Done-counter"
    flow.finish()
    rig.booking.resident = True

    # My bookings and lottery results; cancelling one.
    rig.booking.bookings.update({b.id: b for b in SHOWN_BOOKINGS})
    rig.booking.entries.extend(SHOWN_ENTRIES)
    open_booking(kiosk)
    flow.show_mine()
    _identify(rig)
    assert flow.step is Step.MINE, flow.step
    wait()
    yield "Mine"
    listing = find_item(kiosk.window, "mineList")  # the check looks only at what is in sight
    listing.setProperty("contentY", max(0.0, listing.property("contentHeight") - listing.height()))
    wait()
    yield "Mine-entries"
    flow.ask_cancel(SHOWN_BOOKINGS[1].id)
    wait()
    yield "Cancel"
    run.hold = True
    flow.cancel_booking()
    wait()
    yield "Cancelling"
    _advance(rig, Step.CANCELLED)
    wait()
    yield "Cancelled"
    run.hold = False
    flow.finish()

    # A lottery wish, entered.
    _to_week(kiosk, rig, LOTTERY_DAY)
    flow.tap_cell("hall", LOTTERY_DAY, "am")
    flow.proceed()
    _identify(rig)
    assert flow.step is Step.WISH, flow.step
    wait()
    yield "Wish"
    run.hold = True
    flow.enter_lottery()
    wait()
    yield "Entering"
    _advance(rig, Step.ENTERED)
    wait()
    yield "Entered"
    run.hold = False
    flow.finish()

    # Problems, met from the week grid.
    for key, detail in SHOWN_PROBLEMS:
        _to_week(kiosk, rig)
        flow.tap_cell("hall", TODAY, "am")
        if detail is None:
            detail = {"slot": {"unit": "hall", "date": TODAY.isoformat(), "division": "am"}}
        flow._fail(BookingRefusedError(key, detail), Step.WEEK)
        assert flow.step is Step.PROBLEM, flow.step
        wait()
        yield f"Problem-{key}"
        flow.back()

    # The copy kept for when the network is down: browsing works, booking says it cannot.
    rig.availability.fresh = False
    flow.reset()
    open_booking(kiosk)
    wait()
    yield "Find-offline"
    flow.open_place(HALL)
    flow.tap_cell("hall", TODAY, "am")
    flow.proceed()  # refused in plain words
    wait()
    yield "Week-offline"
    rig.availability.fresh = True
    kiosk.session.home()
