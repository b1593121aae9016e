"""Checkout: a fee offered, held while the goods are made, then taken or given back once.

A pure state machine a service's flow drives; the payment unit's blocking calls run on the
owner's :class:`~kiosk.shell.core.jobs.Runner`. The money is only held until the goods are out:
:meth:`Checkout.take` keeps the fee, :meth:`Checkout.give_back` returns it, once, and
:meth:`Checkout.reset` gives back in the background whatever is still held. Every step is
journaled under the order's reference, which is also its idempotency key.
"""

from __future__ import annotations

import enum
import logging
from collections.abc import Callable

from kiosk.blocks.checkout.ports import Held, JournalPort, PaymentError, PaymentPort, Taken
from kiosk.shell.core.jobs import Done, Job, Progress, Runner

log = logging.getLogger(__name__)

Finished = Callable[[BaseException | None], None]


class CheckoutStep(enum.Enum):
    """Where one order's money stands."""

    CLOSED = "closed"  # no fee offered yet
    OPENING = "opening"  # asking the payment unit which methods it takes now
    OPEN = "open"  # the methods are on offer; ``problem`` says why the last try failed
    PAYING = "paying"  # the unit waits for the money
    HELD = "held"  # the money is held while the goods are made
    TAKING = "taking"  # the goods are out: the fee is being taken
    TAKEN = "taken"  # done; ``problem`` when taking failed and staff settle it
    GIVING_BACK = "giving_back"
    GIVEN_BACK = "given_back"  # done; ``problem`` when giving back failed


class Checkout:
    """One order's fee: offered, paid and held, then taken or given back.

    ``changed`` is called while the resident pays (the payment began, more yen came in); every
    other step ends in the ``done(error)`` its caller passed.
    """

    def __init__(
        self,
        payment: PaymentPort,
        journal: JournalPort,
        runner: Runner,
        *,
        new_key: Callable[[], str],
        changed: Callable[[], None],
    ) -> None:
        self._payment, self._journal, self._runner = payment, journal, runner
        self._new_key, self._changed = new_key, changed
        self._generation = 0
        self._wipe()

    def _wipe(self) -> None:
        self.step = CheckoutStep.CLOSED
        self.problem = ""
        self.amount_yen = 0
        self.methods: list[str] = []
        self.method = ""
        self.paid_yen = 0
        self.change_yen = 0
        self.refund_yen = 0
        self.reference = ""
        self._held: Held | None = None

    @property
    def paying(self) -> bool:
        """True while the payment unit waits for the money."""
        return self.step is CheckoutStep.PAYING

    @property
    def taken(self) -> bool:
        """True once taking the fee has finished (``problem`` says when it failed)."""
        return self.step is CheckoutStep.TAKEN

    def reset(self) -> None:
        """Drop the order; money held before the goods are out is given back in the background."""
        if self._held is not None and self.step is CheckoutStep.HELD:
            self._runner.run(self._giving_back(self._held, "session_ended"), _refund_logged)
        self._generation += 1
        self._wipe()

    # -- offering and paying ----------------------------------------------------------------

    def open(
        self, amount_yen: int, done: Finished, *, check: Callable[[], None] | None = None
    ) -> None:
        """Offer ``amount_yen``: ask the unit for its methods and name the order; then ``done``.

        ``check`` (blocking) runs first in the same job and raises when the goods cannot be had
        now, so nobody pays for them. No method at all is 'payment.unavailable'.
        """
        self.step, self.amount_yen, self.problem = CheckoutStep.OPENING, amount_yen, ""
        payment = self._payment

        def ask(_report: Progress) -> list[str]:
            if check is not None:
                check()
            return payment.methods()

        def opened(methods: object, error: BaseException | None) -> None:
            if error is None and not methods:
                error = PaymentError("payment.unavailable")
            if error is not None:
                self.step = CheckoutStep.CLOSED
            else:
                assert isinstance(methods, list)
                self.methods = methods
                self.reference = self._new_key()
                self.step = CheckoutStep.OPEN
            done(error)

        self._start(ask, opened)

    def pay(self, method: str, done: Finished) -> bool:
        """Hold the fee by ``method`` ('cash', 'ic'); False (nothing happens) unless it is on offer.

        ``done(None)`` once the money is held. A :class:`PaymentError` leaves the methods on
        offer with ``problem`` set ('' when the resident cancelled).
        """
        if self.step is not CheckoutStep.OPEN or method not in self.methods:
            return False
        self.step, self.method, self.paid_yen, self.problem = CheckoutStep.PAYING, method, 0, ""
        self._changed()
        payment, journal = self._payment, self._journal
        amount, reference = self.amount_yen, self.reference

        def hold(report: Progress) -> Held:
            held = payment.hold(amount, method, reference, report)
            journal.held(reference, held)
            return held

        def paid(held: object, error: BaseException | None) -> None:
            if isinstance(error, PaymentError):
                self.step = CheckoutStep.OPEN
                self.problem = "" if error.key == "payment.cancelled" else error.key
            elif error is not None:
                self.step = CheckoutStep.CLOSED
            else:
                assert isinstance(held, Held)
                self._held, self.step = held, CheckoutStep.HELD
                self.paid_yen = held.inserted_yen or held.amount_yen
            done(error)

        self._start(hold, paid, self._progress)
        return True

    def _progress(self, yen: object) -> None:
        if self.step is CheckoutStep.PAYING and isinstance(yen, int):
            self.paid_yen = yen
            self._changed()

    def cancel(self) -> bool:
        """Ask the unit to stop waiting for the money; False when it is not waiting."""
        if self.step is not CheckoutStep.PAYING:
            return False
        self._payment.cancel()
        return True

    # -- taking or giving back ----------------------------------------------------------------

    def take(self, done: Finished) -> None:
        """The goods are out: keep the fee and pay the change; it is never given back after this.

        When taking fails the fee stays held, ``problem`` is 'payment.change_problem' and staff
        settle it from the journal.
        """
        held, reference = self._held, self.reference
        assert held is not None and self.step is CheckoutStep.HELD
        self.step = CheckoutStep.TAKING
        payment, journal = self._payment, self._journal

        def collect(_report: Progress) -> Taken:
            journal.printed(reference)
            took = payment.take(held.hold_id)
            journal.settled(reference, "collected", held.amount_yen)
            return took

        def collected(took: object, error: BaseException | None) -> None:
            if error is not None:
                log.error("taking the fee failed: %s", getattr(error, "key", type(error).__name__))
                self.problem = "payment.change_problem"
            else:
                assert isinstance(took, Taken)
                self.change_yen = took.change_yen
            self.step = CheckoutStep.TAKEN
            done(error)

        self._start(collect, collected)

    def give_back(self, reason: str, done: Finished) -> bool:
        """Give the held money back, journaling ``reason`` (a message key); False if none is held.

        It is given back once, whatever happens next; when that fails ``problem`` is
        'payment.refund_problem'.
        """
        held = self._held
        if held is None or self.step is not CheckoutStep.HELD:
            return False
        self._held, self.step = None, CheckoutStep.GIVING_BACK

        def given_back(returned: object, error: BaseException | None) -> None:
            _refund_logged(returned, error)
            if error is not None:
                self.problem = "payment.refund_problem"
            else:
                self.refund_yen = returned if isinstance(returned, int) else 0
            self.step = CheckoutStep.GIVEN_BACK
            done(error)

        self._start(self._giving_back(held, reason), given_back)
        return True

    def _giving_back(self, held: Held, reason: str) -> Job:
        payment, journal, reference = self._payment, self._journal, self.reference

        def give_back(_report: Progress) -> int:
            journal.failed(reference, reason)
            returned = payment.give_back(held.hold_id)
            journal.settled(reference, "refunded", held.amount_yen)
            return returned

        return give_back

    def _start(self, job: Job, done: Done, progress: Progress | None = None) -> None:
        generation = self._generation

        def finished(result: object, error: BaseException | None) -> None:
            if generation == self._generation:
                done(result, error)

        def reported(value: object) -> None:
            if generation == self._generation and progress is not None:
                progress(value)

        self._runner.run(job, finished, reported)


def _refund_logged(_returned: object, error: BaseException | None) -> None:
    if error is not None:
        log.error("giving the money back failed: %s", getattr(error, "key", "error"))
