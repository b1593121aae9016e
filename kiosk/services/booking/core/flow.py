"""The booking flow: find, week, pick, card and PIN, fee, book, pay or counter, receipt.

Also my bookings (after the card) with cancelling, and a lottery entry. A pure state machine on
the :class:`IdentityCheck` (card, PIN, proof, card back) and the :class:`Checkout` (fee held,
then taken or given back); blocking calls run on the :class:`~kiosk.shell.core.jobs.Runner`.

Browsing needs no card and works offline from what the terminal kept; booking needs the gateway
and says so. Every write keeps its Idempotency-Key until it has an answer, so "try again" after
a lost answer sends the same key and gets the booking the gateway made, never a second one.
Money is held until the gateway confirms the booking as paid; any refusal gives it back.
"""

from __future__ import annotations

import datetime as dt
import enum
import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from kiosk.blocks.checkout.checkout import Checkout
from kiosk.blocks.checkout.ports import JournalPort, PaymentError, PaymentPort
from kiosk.blocks.identity.check import CheckStep, IdentityCheck
from kiosk.blocks.identity.ports import CardPort, CardProof
from kiosk.services.booking.core.choice import Choice, still_open, tap
from kiosk.services.booking.core.fees import Quote, quote, quote_from_gateway
from kiosk.services.booking.core.find import Place, Search, search
from kiosk.services.booking.core.ports import (
    AnswerLostError,
    AvailabilityPort,
    Booking,
    BookingPort,
    BookingReceipt,
    BookingRefusedError,
    Directory,
    Entry,
    Holder,
    ProofExpiredError,
    ReceiptPort,
)
from kiosk.services.booking.core.week import Week
from kiosk.shell.core.errors import FlowError
from kiosk.shell.core.jobs import Done, Job, Runner

log = logging.getLogger(__name__)


class Step(enum.Enum):
    """One step of the flow; the value names its QML page."""

    LOADING = "Loading"
    FIND = "Find"
    WEEK = "Week"
    INSERT_CARD = "InsertCard"
    READING_CARD = "ReadingCard"
    PIN = "Pin"
    CHECKING_PIN = "CheckingPin"
    REMOVE_CARD = "RemoveCard"
    CHECKING = "Checking"  # asking the gateway what the card holder has
    FEE = "Fee"
    BOOKING = "Booking"
    PAY_CHOICE = "PayChoice"
    PAYMENT = "Payment"
    CONFIRMING = "Confirming"
    LOST = "Lost"  # an answer lost: try again with the same key
    PRINTING = "Printing"
    PRINT_PROBLEM = "PrintProblem"
    DONE = "Done"
    MINE = "Mine"
    CANCEL = "Cancel"
    CANCELLING = "Cancelling"
    CANCELLED = "Cancelled"
    WISH = "Wish"
    ENTERING = "Entering"
    ENTERED = "Entered"
    PROBLEM = "Problem"

    @property
    def busy(self) -> bool:
        """True while the resident waits for the kiosk (no idle timeout)."""
        return self in _BUSY


_BUSY = frozenset(
    {
        Step.LOADING,
        Step.READING_CARD,
        Step.CHECKING_PIN,
        Step.CHECKING,
        Step.BOOKING,
        Step.PAYMENT,
        Step.CONFIRMING,
        Step.PRINTING,
        Step.CANCELLING,
        Step.ENTERING,
    }
)
_IDENTITY = {
    CheckStep.INSERT_CARD: Step.INSERT_CARD,
    CheckStep.READING_CARD: Step.READING_CARD,
    CheckStep.PIN: Step.PIN,
    CheckStep.CHECKING_PIN: Step.CHECKING_PIN,
    CheckStep.REMOVE_CARD: Step.REMOVE_CARD,
}


class Purpose(enum.Enum):
    """Why the card is asked for."""

    BOOK = "book"
    MINE = "mine"
    LOTTERY = "lottery"


@dataclass
class Ports:
    """Everything the flow talks to; the kiosk's wiring builds them, tests fake them."""

    booking: BookingPort
    availability: AvailabilityPort
    card: CardPort
    payment: PaymentPort
    journal: JournalPort
    receipt: ReceiptPort
    runner: Runner
    today: Callable[[], dt.date]  # in the city's time zone
    now: Callable[[], dt.datetime]
    new_key: Callable[[], str]


@dataclass
class Problem:
    """What went wrong, in message keys and what they name; ``retry`` says what a retry does."""

    key: str
    detail: dict[str, object] = field(default_factory=dict)
    back_to: Step = Step.FIND


def monday_of(day: dt.date) -> dt.date:
    """The Monday of ``day``'s week."""
    return day - dt.timedelta(days=day.weekday())


class BookingFlow:
    """One resident's visit to facility booking."""

    def __init__(self, ports: Ports) -> None:
        self._ports = ports
        self._listeners: list[Callable[[], None]] = []
        self._leave: list[Callable[[], None]] = []
        self._generation = 0
        self.identity = IdentityCheck(
            ports.card,
            ports.booking.nonce,
            ports.runner,
            changed=self._identity_changed,
            proved=self._proved,
            failed=self._identity_failed,
        )
        self.checkout = Checkout(
            ports.payment,
            ports.journal,
            ports.runner,
            new_key=ports.new_key,
            changed=self._notify,
        )
        self._wipe()

    # -- the shell's contract -----------------------------------------------------------------

    def _wipe(self) -> None:
        self.step = Step.FIND
        self.language = "ja"
        self.directory: Directory | None = None
        self.wanted = Search()
        self.results: tuple[Place, ...] = ()
        self.place: Place | None = None
        self.week_start: dt.date | None = None
        self.week: Week | None = None
        self.choice: Choice | None = None
        self.notice = ""  # a message key shown beside the grid (a tap that did nothing)
        self.purpose = Purpose.BOOK
        self.holder: Holder | None = None
        self.quote: Quote | None = None
        self.booking: Booking | None = None
        self.entry: Entry | None = None
        self.cancelling: Booking | None = None
        self.problem: Problem | None = None
        self.method = ""
        self._proof: CardProof | None = None
        self._book_key = ""
        self._confirm_key = ""
        self._cancel_key = ""
        self._entry_key = ""
        self._lost: Callable[[], None] | None = None

    @property
    def busy(self) -> bool:
        """True while the resident waits for the kiosk: no idle timeout."""
        return self.step.busy

    @property
    def can_leave(self) -> bool:
        """False while money is held or a write's answer is outstanding."""
        money = self.checkout.step.value in ("paying", "held", "taking", "giving_back")
        return not money and self.step not in (Step.LOST, Step.CONFIRMING, Step.BOOKING)

    @property
    def allows_back(self) -> bool:
        """True where Back makes sense: browsing, the card steps, a fee not yet booked.

        Also on the payment screen before any money is asked for: back to the choice of paying
        here or at the counter.
        """
        if self.step is Step.PAYMENT:
            return self.checkout.step.value == "open"
        return self.step in (
            Step.FIND,
            Step.WEEK,
            Step.INSERT_CARD,
            Step.PIN,
            Step.FEE,
            Step.MINE,
            Step.CANCEL,
            Step.WISH,
            Step.PROBLEM,
        )

    def subscribe(self, listener: Callable[[], None]) -> None:
        """Call ``listener`` after every change."""
        self._listeners.append(listener)

    def on_leave(self, callback: Callable[[], None]) -> None:
        """Call ``callback`` when the flow ends by itself."""
        self._leave.append(callback)

    def begin(self, language: str) -> None:
        """The resident opened booking: read the rules and facilities (kept or fresh)."""
        self.reset()
        self.language = language
        self._go(Step.LOADING)
        self._run(lambda _r: self._ports.availability.directory(), self._directory_read)

    def set_language(self, language: str) -> None:
        """The session's language changed."""
        self.language = language
        self._notify()

    def tick(self, now: float) -> None:
        """Time passes (nothing in booking waits on the clock)."""

    def reset(self) -> None:
        """Drop everything of this resident: proof, bookings, choice; held money goes back."""
        self._generation += 1
        self.identity.reset()
        self.checkout.reset()
        self._wipe()

    def back(self) -> bool:
        """One step back; False when the shell should leave the service."""
        if not self.allows_back:
            return False
        if self.step is Step.FIND:
            return False
        if self.step is Step.WEEK:
            self.choice, self.notice = None, ""
            self._go(Step.FIND)
        elif self.step in (Step.INSERT_CARD, Step.PIN, Step.FEE, Step.WISH):
            self._forget_card()
            self._go(
                Step.WEEK
                if self.week is not None and self.purpose is not Purpose.MINE
                else Step.FIND
            )
        elif self.step is Step.CANCEL:
            self.cancelling = None
            self._go(Step.MINE)
        elif self.step is Step.PAYMENT:
            self.checkout.reset()  # nothing is held while the methods are on offer
            self.method = ""
            self._go(Step.PAY_CHOICE)
        else:  # MINE, PROBLEM
            self._forget_card()
            target = self.problem.back_to if self.problem else Step.FIND
            self.problem = None
            self._go(target if target in (Step.WEEK, Step.FIND) else Step.FIND)
        return True

    # -- finding and browsing ---------------------------------------------------------------

    def _directory_read(self, result: object, error: BaseException | None) -> None:
        if error is not None:
            self._fail(error, Step.FIND)
            return
        assert isinstance(result, Directory)
        self.directory = result
        self.results = search(result.places, result.rules, self.wanted)
        self._go(Step.FIND)

    def set_search(self, wanted: Search) -> None:
        """New filters: kind, town, day, people."""
        self.wanted = wanted
        if self.directory is not None:
            self.results = search(self.directory.places, self.directory.rules, wanted)
        self._notify()

    def open_place(self, facility: str) -> None:
        """Show the week of one of the results."""
        place = next((p for p in self.results if p.facility == facility), None)
        if place is None or self.step is not Step.FIND:
            return
        self.place = place
        start = monday_of(self.wanted.day or self._ports.today())
        self._load_week(start)

    def next_week(self) -> None:
        """The following week."""
        if self.week_start is not None and self.step is Step.WEEK:
            self._load_week(self.week_start + dt.timedelta(days=7))

    def previous_week(self) -> None:
        """The week before, never before this week."""
        if self.week_start is None or self.step is not Step.WEEK:
            return
        earlier = self.week_start - dt.timedelta(days=7)
        if earlier >= monday_of(self._ports.today()):
            self._load_week(earlier)

    def today(self) -> dt.date:
        """Today in the city's time zone (the day chips start from it)."""
        return self._ports.today()

    @property
    def can_go_back_a_week(self) -> bool:
        """True unless the week shown is this week."""
        return self.week_start is not None and self.week_start > monday_of(self._ports.today())

    def _load_week(self, start: dt.date) -> None:
        place, directory = self.place, self.directory
        assert place is not None and directory is not None
        self.week_start, self.choice, self.notice = start, None, ""
        self._go(Step.LOADING)
        availability = self._ports.availability
        self._run(lambda _r: availability.week(directory, place.facility, start), self._week_read)

    def _week_read(self, result: object, error: BaseException | None) -> None:
        if error is not None:
            self._fail(error, Step.FIND)
            return
        assert isinstance(result, Week)
        self.week = result
        self._go(Step.WEEK)

    def tap_cell(self, unit: str, day: dt.date, division: str) -> None:
        """A tap on a cell of the grid: pick it, drop it, or say why it cannot be picked."""
        if self.step is not Step.WEEK or self.week is None:
            return
        found = self.week.unit(unit)
        cell = found.cells.get((day, division)) if found else None
        if cell is None:
            return
        if day < self._ports.today():
            self.notice = "booking.cell.past"
        else:
            self.choice, self.notice = tap(self.choice, self.week, cell)
        self._notify()

    @property
    def can_book(self) -> bool:
        """True when a choice is made and the week is fresh from the gateway."""
        return self.choice is not None and self.week is not None and self.week.fresh

    # -- the card -----------------------------------------------------------------------------

    def proceed(self) -> None:
        """From the grid to the card: booking (free cells) or a lottery wish (lottery cells)."""
        if self.step is not Step.WEEK or self.choice is None:
            return
        if self.week is None or not self.week.fresh:
            self.notice = "booking.offline"
            self._notify()
            return
        self.purpose = Purpose.LOTTERY if self.choice.lottery else Purpose.BOOK
        self._book_key = self._entry_key = ""
        self.identity.start()

    def show_mine(self) -> None:
        """My bookings and lottery entries: the card first."""
        if self.step not in (Step.FIND, Step.DONE, Step.CANCELLED, Step.ENTERED):
            return
        self.purpose = Purpose.MINE
        self.identity.start()

    def card_inserted(self) -> None:
        """The reader saw a card arrive."""
        self.identity.card_inserted()

    def card_removed(self) -> None:
        """The card left the reader."""
        self.identity.card_removed()

    def _identity_changed(self) -> None:
        step = _IDENTITY.get(self.identity.step)
        if step is not None:
            self.step = step
        self._notify()

    def _identity_failed(self, key: str) -> None:
        self._set_problem(Problem(key, back_to=Step.FIND))

    def _proved(self, proof: CardProof) -> None:
        self._proof = proof
        self._go(Step.CHECKING)
        booking = self._ports.booking
        self._run(lambda _r: booking.holder(proof), self._holder_read)

    def _forget_card(self) -> None:
        self.identity.stop()
        self._proof = None
        self.holder = None

    def _holder_read(self, result: object, error: BaseException | None) -> None:
        if isinstance(error, ProofExpiredError):
            self.identity.start()
            return
        if error is not None:
            self._fail(error, Step.WEEK if self.purpose is not Purpose.MINE else Step.FIND)
            return
        assert isinstance(result, Holder)
        self.holder = result
        if self.purpose is Purpose.MINE:
            self._go(Step.MINE)
            return
        if result.suspended_until is not None:
            detail: dict[str, object] = {"suspended_until": result.suspended_until.isoformat()}
            self._set_problem(Problem("booking.suspended", detail, Step.WEEK))
            return
        if self.purpose is Purpose.LOTTERY:
            self._go(Step.WISH)
            return
        choice, directory = self.choice, self.directory
        assert choice is not None and directory is not None
        self.quote = quote(
            directory.rules,
            choice.facility,
            choice.unit,
            choice.divisions,
            resident=result.resident,
        )
        self._go(Step.FEE)

    # -- booking --------------------------------------------------------------------------------

    def book(self) -> None:
        """The resident accepted the fee: hold the rooms (a provisional booking)."""
        if self.step is not Step.FEE or self.quote is None:
            return
        proof, choice, fee = self._proof, self.choice, self.quote.total_yen
        assert proof is not None and choice is not None
        if not self._book_key:
            self._book_key = self._ports.new_key()
        key, booking = self._book_key, self._ports.booking
        self._go(Step.BOOKING)
        self._lost = self.book_again
        self._run(lambda _r: booking.book(proof, choice.slot, fee, key), self._booked)

    def book_again(self) -> None:
        """After a lost answer: the same request with the same key."""
        if self.step is Step.LOST:
            self.step = Step.FEE
            self.book()

    def _booked(self, result: object, error: BaseException | None) -> None:
        if isinstance(error, BookingRefusedError) and error.key == "booking.fee_changed":
            try:
                self.quote = quote_from_gateway(dict(error.detail.get("fee") or {}))
            except ValueError:
                self._fail(error, Step.WEEK)
                return
            self._book_key = ""  # another fee is another request
            self.notice = error.key
            self._go(Step.FEE)
            return
        if error is not None:
            if not isinstance(error, AnswerLostError):
                self._book_key = ""
            self._fail(error, Step.WEEK)
            return
        assert isinstance(result, Booking)
        self.booking = result
        self._book_key = ""
        self._go(Step.PAY_CHOICE)

    def pay_here(self) -> None:
        """Pay at this terminal: offer the fee on the payment unit."""
        if self.step is not Step.PAY_CHOICE or self.booking is None:
            return
        self._go(Step.PAYMENT)
        self.checkout.open(self.booking.fee_yen, self._payment_opened)

    def _payment_opened(self, error: BaseException | None) -> None:
        if error is not None:
            key = error.key if isinstance(error, FlowError) else "software_error"
            self.notice = key
            self._go(Step.PAY_CHOICE)  # the counter is still there
            return
        self._notify()

    def pay(self, method: str) -> None:
        """Pay by ``method`` ('cash', 'ic')."""
        if self.step is not Step.PAYMENT:
            return
        previous, self.method = self.method, method
        if not self.checkout.pay(method, self._paid):
            self.method = previous

    def cancel_payment(self) -> None:
        """Stop waiting for the money (cash put in comes back)."""
        self.checkout.cancel()

    def _paid(self, error: BaseException | None) -> None:
        if isinstance(error, PaymentError) or self.checkout.step.value == "open":
            self.notice = self.checkout.problem
            self._notify()
            return
        if error is not None:
            self._fail(error, Step.PAY_CHOICE)
            return
        self._confirm("paid", self.checkout.amount_yen)

    def pay_at_counter(self) -> None:
        """Pay at the facility's counter before the deadline."""
        if self.step is Step.PAY_CHOICE and self.booking is not None:
            self.method = "counter"
            self._confirm("counter", 0)

    def _confirm(self, payment: str, amount: int) -> None:
        booking = self.booking
        assert booking is not None
        if not self._confirm_key:
            self._confirm_key = self._ports.new_key()
        key, port = self._confirm_key, self._ports.booking
        self._go(Step.CONFIRMING)
        self._lost = lambda: self._confirm(payment, amount)
        self._run(lambda _r: port.confirm(booking.id, payment, amount, key), self._confirmed)

    def confirm_again(self) -> None:
        """After a lost answer: confirm again with the same key."""
        if self.step is Step.LOST and self._lost is not None:
            self._lost()

    def give_up(self) -> None:
        """After a lost answer, stop trying: money held is given back, the resident is told.

        A booking the gateway made meanwhile stays provisional and lapses unpaid; the journal
        keeps the refund for staff to match against the gateway's record.
        """
        if self.step is not Step.LOST:
            return
        self._lost = None
        self._book_key = self._confirm_key = self._cancel_key = self._entry_key = ""
        back_to = self.problem.back_to if self.problem else Step.FIND
        if self.checkout.step.value == "held":
            self.checkout.give_back("answer_lost", lambda _e: self._notify())
        self._set_problem(Problem("gateway.unreachable", back_to=back_to))

    def _confirmed(self, result: object, error: BaseException | None) -> None:
        if isinstance(error, AnswerLostError):
            self._fail(error, Step.PAY_CHOICE)
            return
        if error is not None:
            self._confirm_key = ""
            if self.checkout.step.value == "held":
                self.checkout.give_back("booking_refused", lambda _e: self._notify())
            self._fail(error, Step.WEEK)
            return
        assert isinstance(result, Booking)
        self.booking, self._confirm_key = result, ""
        if self.checkout.step.value == "held":
            self._ports.journal.issued(self.checkout.reference, result.id)
            self.checkout.take(lambda _e: self._print())
        else:
            self._print()

    # -- the receipt ----------------------------------------------------------------------------

    def _print(self) -> None:
        receipt = self._receipt()
        self._go(Step.PRINTING)
        printer = self._ports.receipt
        self._run(lambda _r: printer.print_receipt(receipt), self._printed)

    def print_again(self) -> None:
        """The printer was seen to: print the receipt once more."""
        if self.step is Step.PRINT_PROBLEM:
            self._print()

    def skip_receipt(self) -> None:
        """Go on without the receipt (the booking number stays on screen)."""
        if self.step is Step.PRINT_PROBLEM:
            self._go(Step.DONE)

    def _printed(self, _result: object, error: BaseException | None) -> None:
        if error is not None:
            key = error.key if isinstance(error, FlowError) else "receipt.failed"
            self.problem = Problem(key, back_to=Step.DONE)
            self._go(Step.PRINT_PROBLEM)
            return
        self.problem = None  # printed, after a problem too: the last screen says so
        self._go(Step.DONE)

    def _receipt(self) -> BookingReceipt:
        booking, directory = self.booking, self.directory
        assert booking is not None and directory is not None
        facility = directory.rules.facility(booking.facility)
        unit = facility.unit(booking.unit) if facility else None
        place = next((p for p in directory.places if p.facility == booking.facility), None)
        room = next((r for r in place.rooms if r.unit == booking.unit), None) if place else None
        divisions: tuple[dict[str, str], ...] = ()
        if unit is not None:
            scheme = {d.id: d for d in directory.rules.scheme(unit)}
            divisions = tuple(
                dict(scheme[d].name) or {"ja": f"{scheme[d].start}–{scheme[d].end}"}
                for d in booking.divisions
                if d in scheme
            )
        return BookingReceipt(
            language=self.language,
            booking=booking,
            facility_names=dict(place.names) if place else {"ja": booking.facility},
            unit_names=dict(room.names) if room else {"ja": booking.unit},
            division_names=divisions,
            method=self.method,
            printed_at=self._ports.now(),
        )

    def finish(self) -> None:
        """The resident is done: leave the service."""
        if self.step in (Step.DONE, Step.CANCELLED, Step.ENTERED, Step.MINE):
            self.reset()
            for callback in self._leave:
                callback()

    # -- my bookings and cancelling ---------------------------------------------------------

    def ask_cancel(self, booking_id: str) -> None:
        """Show what cancelling this booking means before doing it."""
        if self.step is not Step.MINE or self.holder is None:
            return
        found = next((b for b in self.holder.bookings if b.id == booking_id and b.active), None)
        if found is not None:
            self.cancelling = found
            self._go(Step.CANCEL)

    def refund_percent_now(self) -> int | None:
        """The share the city's rules refund if cancelled today (the gateway states the yen)."""
        booking, directory = self.cancelling, self.directory
        if booking is None or directory is None or booking.payment != "paid":
            return None
        before = (booking.date - self._ports.today()).days
        for tier in directory.rules.refunds:
            if before >= tier.days_before:
                return tier.percent
        return 0

    def cancel_booking(self) -> None:
        """Cancel the booking shown (the card read for my bookings signs it)."""
        booking, proof = self.cancelling, self._proof
        if self.step is not Step.CANCEL or booking is None:
            return
        if proof is None:  # the proof was used by an earlier cancel: read the card again
            self.purpose = Purpose.MINE
            self.identity.start()
            return
        if not self._cancel_key:
            self._cancel_key = self._ports.new_key()
        key, port = self._cancel_key, self._ports.booking
        self._go(Step.CANCELLING)
        self._lost = self.cancel_again
        self._run(lambda _r: port.cancel(proof, booking.id, key), self._cancelled)

    def cancel_again(self) -> None:
        """After a lost answer: cancel again with the same key."""
        if self.step is Step.LOST:
            self.step = Step.CANCEL
            self.cancel_booking()

    def _cancelled(self, result: object, error: BaseException | None) -> None:
        if isinstance(error, ProofExpiredError):
            self._proof, self._cancel_key = None, ""
            self.purpose = Purpose.MINE
            self.identity.start()
            return
        if error is not None:
            if not isinstance(error, AnswerLostError):
                self._cancel_key = ""
            self._fail(error, Step.MINE)
            return
        assert isinstance(result, Booking)
        self._proof, self._cancel_key = None, ""  # the proof is used up
        self.cancelling = result
        if self.holder is not None:
            self.holder = Holder(
                self.holder.resident,
                tuple(result if b.id == result.id else b for b in self.holder.bookings),
                self.holder.entries,
                self.holder.penalty_points,
                self.holder.suspended_until,
                self.holder.groups,
            )
        self._go(Step.CANCELLED)

    # -- the lottery ----------------------------------------------------------------------------

    def enter_lottery(self) -> None:
        """Send the wish picked on the grid as this month's lottery entry."""
        choice, proof = self.choice, self._proof
        if self.step is not Step.WISH or choice is None or proof is None:
            return
        if not self._entry_key:
            self._entry_key = self._ports.new_key()
        key, port = self._entry_key, self._ports.booking
        month = choice.date.strftime("%Y-%m")
        self._go(Step.ENTERING)
        self._lost = self.enter_again
        self._run(lambda _r: port.enter(proof, month, (choice.slot,), key), self._entered)

    def enter_again(self) -> None:
        """After a lost answer: the same entry with the same key."""
        if self.step is Step.LOST:
            self.step = Step.WISH
            self.enter_lottery()

    def _entered(self, result: object, error: BaseException | None) -> None:
        if error is not None:
            if not isinstance(error, AnswerLostError):
                self._entry_key = ""
            self._fail(error, Step.WEEK)
            return
        assert isinstance(result, Entry)
        self.entry, self._entry_key, self._proof = result, "", None
        self._go(Step.ENTERED)

    # -- problems -------------------------------------------------------------------------------

    def refresh_after_problem(self) -> None:
        """From a slot taken meanwhile: the week again, fresh, with what is left picked."""
        if self.step is not Step.PROBLEM or self.place is None or self.week_start is None:
            return
        self.problem = None
        self._forget_card()
        kept = self.choice
        availability, directory = self._ports.availability, self.directory
        place, start = self.place, self.week_start
        assert directory is not None
        self._go(Step.LOADING)

        def read(result: object, error: BaseException | None) -> None:
            self._week_read(result, error)
            if isinstance(result, Week) and kept is not None:
                gone = still_open(kept, result)
                left = tuple(d for d in kept.divisions if d not in gone)
                self.choice = (
                    Choice(kept.facility, kept.unit, kept.date, left, kept.lottery)
                    if left
                    else None
                )
                self._notify()

        self._run(lambda _r: availability.week(directory, place.facility, start), read)

    def _fail(self, error: BaseException, back_to: Step) -> None:
        if isinstance(error, AnswerLostError):
            self.problem = Problem(error.key, back_to=back_to)
            self._go(Step.LOST)
            return
        if isinstance(error, BookingRefusedError):
            self._set_problem(Problem(error.key, dict(error.detail), back_to))
        elif isinstance(error, FlowError):
            self._set_problem(Problem(error.key, back_to=back_to))
        else:
            log.error("booking flow error: %s", type(error).__name__)
            self._set_problem(Problem("software_error", back_to=back_to))

    def _set_problem(self, problem: Problem) -> None:
        self.problem = problem
        self._go(Step.PROBLEM)

    # -- plumbing -------------------------------------------------------------------------------

    def _go(self, step: Step) -> None:
        self.step = step
        self._notify()

    def _notify(self) -> None:
        for listener in list(self._listeners):
            listener()

    def _run(self, job: Job, done: Done) -> None:
        generation = self._generation

        def finished(result: object, error: BaseException | None) -> None:
            if generation == self._generation:
                done(result, error)

        self._ports.runner.run(job, finished)
