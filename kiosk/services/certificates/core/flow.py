"""The certificate flow: terms, card and PIN, choice, fee, payment, printing, receipt.

A pure state machine on two building blocks: the :class:`IdentityCheck` (card, PIN, proof, card
back) and the :class:`Checkout` (fee offered, held, taken or given back). Intents come from the
screens, card events from the reader's watcher and results from jobs the
:class:`~kiosk.shell.core.jobs.Runner` runs off the UI thread. Money is only held until every
document is out of the printer; any failure before that gives it back. Everything the resident
brought (PIN, card proof, choices, documents) is dropped by :meth:`CertificateFlow.reset`.
"""

from __future__ import annotations

import datetime as dt
import enum
import logging
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from kiosk.blocks.checkout.checkout import Checkout
from kiosk.blocks.checkout.ports import PaymentError
from kiosk.blocks.identity.check import PIN_LENGTH as PIN_LENGTH  # the screens' PIN length
from kiosk.blocks.identity.check import CheckStep, IdentityCheck
from kiosk.blocks.identity.ports import CardProof
from kiosk.services.certificates.core.ports import (
    Entitlement,
    Issued,
    Options,
    Order,
    Ports,
    PrintError,
    ReceiptContent,
)
from kiosk.shell.core.errors import FlowError
from kiosk.shell.core.jobs import Done, Job, Progress

log = logging.getLogger(__name__)

MAX_COPIES = 10
TAKE_REMINDER_S = 20.0
WITH_OPTIONS = frozenset({"juminhyo"})


class Step(enum.Enum):
    """One step of the flow; the value names its QML page."""

    TERMS = "Terms"
    INSERT_CARD = "InsertCard"
    READING_CARD = "ReadingCard"
    PIN = "Pin"
    CHECKING_PIN = "CheckingPin"
    REMOVE_CARD = "RemoveCard"
    LOADING = "Loading"
    CHOOSE = "Choose"
    OPTIONS = "Options"
    COPIES = "Copies"
    SUMMARY = "Summary"
    CHECKING_PRINTER = "CheckingPrinter"
    PAYMENT = "Payment"
    ISSUING = "Issuing"
    PRINTING = "Printing"
    PRINT_PROBLEM = "PrintProblem"
    REFUNDING = "Refunding"
    TAKE_DOCUMENTS = "TakeDocuments"
    RECEIPT = "Receipt"
    DONE = "Done"
    REFUNDED = "Refunded"
    PROBLEM = "Problem"

    @property
    def busy(self) -> bool:
        """True while the kiosk works and the resident waits (no idle timeout, no leaving)."""
        return self in _BUSY

    @property
    def money_at_stake(self) -> bool:
        """True while money is held and neither taken nor given back: no leaving by a button."""
        return self in _MONEY

    @property
    def allows_back(self) -> bool:
        """False where Back makes no sense: the terms (they have their own No), once the card
        is proved (it is not read twice), and from the printed certificates to the end."""
        return self not in _NO_BACK

    @property
    def holds_resident(self) -> bool:
        """True while the resident must stay: money at stake, or certificates in the tray."""
        return self in _MONEY or self is Step.TAKE_DOCUMENTS


_BUSY = frozenset(
    {
        Step.READING_CARD,
        Step.CHECKING_PIN,
        Step.LOADING,
        Step.CHECKING_PRINTER,
        Step.ISSUING,
        Step.PRINTING,
        Step.REFUNDING,
        Step.RECEIPT,
    }
)
# The card is in the reader from its reading to "take your card back".
_CARD_IN = frozenset({Step.READING_CARD, Step.PIN, Step.CHECKING_PIN, Step.REMOVE_CARD})
_MONEY = frozenset({Step.ISSUING, Step.PRINTING, Step.PRINT_PROBLEM, Step.REFUNDING})
_NO_BACK = frozenset(
    {
        Step.TERMS,
        Step.REMOVE_CARD,
        Step.LOADING,
        Step.CHOOSE,
        Step.PRINT_PROBLEM,
        Step.TAKE_DOCUMENTS,
        Step.RECEIPT,
        Step.DONE,
        Step.REFUNDED,
        Step.PROBLEM,
    }
)
_BACK = {
    Step.INSERT_CARD: Step.TERMS,
    Step.PIN: Step.TERMS,
    Step.OPTIONS: Step.CHOOSE,
    Step.SUMMARY: Step.COPIES,
}
# The flow's steps while the identity check holds the resident.
_CARD_STEPS = {
    CheckStep.INSERT_CARD: Step.INSERT_CARD,
    CheckStep.READING_CARD: Step.READING_CARD,
    CheckStep.PIN: Step.PIN,
    CheckStep.CHECKING_PIN: Step.CHECKING_PIN,
    CheckStep.REMOVE_CARD: Step.REMOVE_CARD,
}


@dataclass
class _Order:
    """The resident's choices so far (dropped at reset)."""

    entitlement: Entitlement | None = None
    options: Options = field(default_factory=Options)
    copies: int = 1

    @property
    def fee_yen(self) -> int:
        return self.entitlement.fee_yen * self.copies if self.entitlement else 0


Listener = Callable[[], None]


class CertificateFlow:
    """One resident's way to a certificate; the UI observes it through :meth:`subscribe`."""

    def __init__(self, ports: Ports, *, clock: Callable[[], dt.datetime]) -> None:
        self.ports = ports
        self.clock = clock
        self._listeners: list[Listener] = []
        self._leave: Callable[[], None] = lambda: None
        self._generation = 0
        self._identity = IdentityCheck(
            ports.card,
            ports.issuance.nonce,
            ports.runner,
            changed=self._card_changed,
            proved=self._card_proved,
            failed=lambda key: self._go(Step.PROBLEM, key),
        )
        self._checkout = Checkout(
            ports.payment,
            ports.journal,
            ports.runner,
            new_key=ports.new_key,
            changed=lambda: self._go(Step.PAYMENT, self._checkout.problem),
        )
        self._wipe()

    def _wipe(self) -> None:
        self.step = Step.TERMS
        self.problem = ""
        self.entitlements: list[Entitlement] = []
        self.order = _Order()
        self.language = "ja"
        self.printed_count = 0
        self.documents_total = 0
        self.reminder = False
        self.receipt_printed = False
        self._proof: CardProof | None = None
        self._issued: Issued | None = None
        self._documents: list[bytes] = []
        self._printed: set[int] = set()
        self._take_started: float | None = None

    # -- observers ------------------------------------------------------------------------

    def subscribe(self, listener: Listener) -> None:
        """Call ``listener`` after every change."""
        self._listeners.append(listener)

    def on_leave(self, callback: Callable[[], None]) -> None:
        """Call ``callback`` when the resident leaves the flow (cancel, or done)."""
        self._leave = callback

    def _changed(self) -> None:
        for listener in list(self._listeners):
            listener()

    def _go(self, step: Step, problem: str = "") -> None:
        self.step = step
        self.problem = problem
        self._changed()

    # -- what the screens show ------------------------------------------------------------

    @property
    def card_on_reader(self) -> bool:
        """True while a card sits on the reader."""
        return self._identity.card_on_reader

    @property
    def tries_left(self) -> int | None:
        """PIN tries left before the card blocks it (None when not known)."""
        return self._identity.tries_left

    @property
    def pin_length(self) -> int:
        """Digits typed so far (the digits themselves never leave the identity check)."""
        return self._identity.pin_length

    @property
    def methods(self) -> list[str]:
        """Payment methods on offer ('cash', 'ic')."""
        return self._checkout.methods

    @property
    def method(self) -> str:
        """The payment method chosen ('' before one is)."""
        return self._checkout.method

    @property
    def paying(self) -> bool:
        """True while the payment unit waits for the money."""
        return self._checkout.paying

    @property
    def paid_yen(self) -> int:
        """Yen inserted or held so far."""
        return self._checkout.paid_yen

    @property
    def owed_yen(self) -> int:
        """Yen still to put in for the fee (0 once enough is in)."""
        return max(self.order.fee_yen - self._checkout.paid_yen, 0)

    @property
    def change_yen(self) -> int:
        """Change paid out when the fee was taken."""
        return self._checkout.change_yen

    @property
    def refund_yen(self) -> int:
        """Yen given back."""
        return self._checkout.refund_yen

    @property
    def reference(self) -> str:
        """The order's idempotency key ('' before the payment step)."""
        return self._checkout.reference

    @property
    def busy(self) -> bool:
        """True while the resident must wait for the kiosk or is paying: no idle timeout.

        A printer problem is not busy: if the resident walks away, the idle timeout ends the
        session and :meth:`reset` gives the money back.
        """
        return self.step.busy or (self.step is Step.PAYMENT and self.paying)

    @property
    def in_step(self) -> bool:
        """True in the middle of a step a disaster takeover must wait for: the card in the
        reader (its PIN half typed), paying, printing, or the papers in the tray."""
        return self.busy or self.step.holds_resident or self.step in _CARD_IN

    @property
    def can_leave(self) -> bool:
        """True when Back, Home and Finish may leave the flow.

        Never while money is at stake, nor while the certificates sit in the tray: leaving
        would walk away from papers holding the resident's personal data.
        """
        return not self.busy and not self.step.holds_resident

    @property
    def allows_back(self) -> bool:
        """True when Back may be pressed (see :attr:`Step.allows_back`)."""
        return self.step.allows_back

    @property
    def can_go_back(self) -> bool:
        """True when :meth:`back` moves to an earlier step of the flow."""
        return self._back_target() is not None

    @property
    def fee_yen(self) -> int:
        """The fee for the current choice."""
        return self.order.fee_yen

    @property
    def chosen(self) -> Entitlement | None:
        """The chosen certificate."""
        return self.order.entitlement

    @property
    def can_start_over(self) -> bool:
        """True when :meth:`start_over` reads the card again (never for a blocked PIN)."""
        return self.step in (Step.PROBLEM, Step.REFUNDED) and self.problem != "card.pin_blocked"

    @property
    def has_options(self) -> bool:
        """True when the chosen certificate has options to set."""
        chosen = self.order.entitlement
        return chosen is not None and chosen.certificate in WITH_OPTIONS

    # -- entering and leaving ---------------------------------------------------------------

    def begin(self, language: str) -> None:
        """The resident opened the service: show the terms."""
        self.reset()
        self.language = language
        self._identity.sense()
        self._go(Step.TERMS)

    def set_language(self, language: str) -> None:
        """The session's language changed (the receipt follows it)."""
        self.language = language

    def reset(self) -> None:
        """Drop everything the resident brought; money still held is given back."""
        self._checkout.reset()
        self._identity.reset()
        self._generation += 1
        self._wipe()

    def cancel(self) -> None:
        """Leave the flow, if no money is at stake."""
        if self._checkout.cancel():
            return
        if self.can_leave:
            self.reset()
            self._leave()

    def back(self) -> bool:
        """One step back; False when there is none (the screen then leaves the flow)."""
        target = self._back_target()
        if target is None:
            return False
        if self._identity.step.active:
            self._identity.stop()
        self._go(target)
        return True

    def _back_target(self) -> Step | None:
        if self.step is Step.COPIES:
            return Step.OPTIONS if self.has_options else Step.CHOOSE
        if self.step is Step.PAYMENT and not self.paying:
            return Step.SUMMARY
        return _BACK.get(self.step)

    # -- the card and the PIN ---------------------------------------------------------------

    def accept_terms(self) -> None:
        """The resident agreed to the terms: ask for the card (or read it if already there)."""
        if self.step is Step.TERMS:
            self._identity.start()

    def decline_terms(self) -> None:
        """The resident did not agree to the terms: leave the service, nothing read."""
        if self.step is Step.TERMS:
            self.reset()
            self._leave()

    def card_inserted(self) -> None:
        """The reader saw a card arrive."""
        self._identity.card_inserted()

    def card_removed(self) -> None:
        """The card left the reader."""
        self._identity.card_removed()

    def press_digit(self, digit: str) -> None:
        """One PIN digit from the keypad or the keyboard."""
        self._identity.press_digit(digit)

    def delete_digit(self) -> None:
        """Remove the last PIN digit."""
        self._identity.delete_digit()

    def clear_pin(self) -> None:
        """Remove every PIN digit."""
        self._identity.clear_pin()

    def submit_pin(self) -> None:
        """Check the PIN with the card and have the card sign the gateway's nonce."""
        self._identity.submit_pin()

    def _card_changed(self) -> None:
        step = _CARD_STEPS.get(self._identity.step)
        if step is None:
            self._changed()  # a card came or went outside the check: only the hints change
        else:
            self._go(step, self._identity.problem)

    def _card_proved(self, proof: CardProof) -> None:
        self._proof = proof
        self._go(Step.LOADING)
        self._start(lambda _report: self.ports.issuance.eligibility(proof), self._choices_loaded)

    # -- choosing ---------------------------------------------------------------------------

    def _choices_loaded(self, found: object, error: BaseException | None) -> None:
        if error is not None:
            self._fail(error)
            return
        assert isinstance(found, list)
        self.entitlements = found
        self._go(Step.CHOOSE)

    def choose(self, certificate: str) -> None:
        """Pick a certificate the resident may get."""
        if self.step is not Step.CHOOSE:
            return
        entry = next((e for e in self.entitlements if e.certificate == certificate), None)
        if entry is None or not entry.available:
            return
        if self.order.entitlement != entry:
            self.order = _Order(entitlement=entry)
        self._go(Step.OPTIONS if self.has_options else Step.COPIES)

    def set_household(self, household: str) -> None:
        """'self' for the resident alone, 'all' for the whole household."""
        if self.step is Step.OPTIONS and household in ("self", "all"):
            self.order.options = replace(self.order.options, household=household)
            self._changed()

    def set_option(self, name: str, on: bool) -> None:
        """Switch 'head_relationship' (世帯主・続柄) or 'honseki' (本籍・筆頭者)."""
        if self.step is Step.OPTIONS and name in ("head_relationship", "honseki"):
            options = self.order.options
            self.order.options = (
                replace(options, head_relationship=on)
                if name == "head_relationship"
                else replace(options, honseki=on)
            )
            self._changed()

    def set_copies(self, copies: int) -> None:
        """How many copies (1 to 10)."""
        if self.step is Step.COPIES and 1 <= copies <= MAX_COPIES:
            self.order.copies = copies
            self._changed()

    def next(self) -> None:
        """Go on from options to copies, or from copies to the fee summary."""
        if self.step is Step.OPTIONS:
            self._go(Step.COPIES)
        elif self.step is Step.COPIES:
            self._go(Step.SUMMARY)

    def confirm(self) -> None:
        """The resident agreed to the fee: check the printer, then ask for payment."""
        if self.step is not Step.SUMMARY:
            return
        self._go(Step.CHECKING_PRINTER)
        pages, printer = self.order.copies, self.ports.printer
        self._checkout.open(self.order.fee_yen, self._offered, check=lambda: printer.check(pages))

    def _offered(self, error: BaseException | None) -> None:
        if error is not None:
            self._fail(error)
        else:
            self._go(Step.PAYMENT)

    # -- payment ------------------------------------------------------------------------------

    def pay(self, method: str) -> None:
        """Start taking ``method`` ('cash', 'ic'); the money is held, not taken."""
        if self.step is Step.PAYMENT:
            self._checkout.pay(method, self._paid)

    def _paid(self, error: BaseException | None) -> None:
        if isinstance(error, PaymentError):
            self._go(Step.PAYMENT, self._checkout.problem)
        elif error is not None:
            self._fail(error)
        else:
            self._issue()

    def _issue(self) -> None:
        proof, reference = self._proof, self.reference
        assert proof is not None
        order = Order(
            certificate=self.order.entitlement.certificate if self.order.entitlement else "",
            copies=self.order.copies,
            options=self.order.options,
            fee_yen=self.order.fee_yen,
        )
        self._go(Step.ISSUING)

        def issue(_report: Progress) -> tuple[Issued, list[bytes]]:
            issued = self.ports.issuance.issue(proof, order, reference)
            self.ports.journal.issued(reference, issued.issuance_id)
            documents = [
                self.ports.issuance.document(issued.issuance_id, position)
                for position in range(1, issued.documents + 1)
            ]
            return issued, documents

        self._start(issue, self._issued_done)

    def _issued_done(self, result: object, error: BaseException | None) -> None:
        if error is not None:
            key = error.key if isinstance(error, FlowError) else "software_error"
            self._refund(key)
            return
        assert isinstance(result, tuple)
        self._issued, self._documents = result
        self._proof = None  # used up: the gateway never accepts it again
        self.documents_total = len(self._documents)
        self._print_missing()

    # -- printing -----------------------------------------------------------------------------

    def _print_missing(self) -> None:
        self._go(Step.PRINTING)
        documents = list(enumerate(self._documents, start=1))
        printed = self._printed
        title = self._issued.issuance_id if self._issued else "certificate"

        def print_all(report: Progress) -> None:
            for position, pdf in documents:
                if position in printed:
                    continue
                self.ports.printer.print_pdf(pdf, f"{title}-{position}")
                printed.add(position)
                report(len(printed))

        self._start(print_all, self._print_done, self._print_progress)

    def _print_progress(self, count: object) -> None:
        if isinstance(count, int):
            self.printed_count = count
            self._changed()

    def _print_done(self, _result: object, error: BaseException | None) -> None:
        self.printed_count = len(self._printed)
        if error is not None:
            key = error.key if isinstance(error, PrintError) else "docprint.error"
            log.warning("printing stopped: %s", key)
            self._go(Step.PRINT_PROBLEM, key)
            return
        self._documents = []
        self._take_started = None
        self.reminder = False
        self._go(Step.TAKE_DOCUMENTS)
        self._checkout.take(self._collected)

    def _collected(self, error: BaseException | None) -> None:
        if error is not None:
            # The documents are out: the fee stays held and staff settle it with the journal.
            self.problem = self._checkout.problem
        if self.step is Step.RECEIPT:
            self._print_receipt()
        else:
            self._changed()

    def retry_print(self) -> None:
        """After a printer problem: print what is still missing (no second charge)."""
        if self.step is Step.PRINT_PROBLEM:
            self._print_missing()

    def give_up(self) -> None:
        """After a printer problem: stop, and give the money back."""
        if self.step is Step.PRINT_PROBLEM:
            self._refund(self.problem or "docprint.error")

    def _refund(self, reason: str) -> None:
        self._documents = []
        self._go(Step.REFUNDING, reason)
        if not self._checkout.give_back(reason, lambda error: self._refunded(reason, error)):
            self._go(Step.PROBLEM, reason)

    def _refunded(self, reason: str, error: BaseException | None) -> None:
        if error is not None:
            self._go(Step.PROBLEM, self._checkout.problem)
        else:
            self._go(Step.REFUNDED, reason)

    # -- the end ------------------------------------------------------------------------------

    def documents_taken(self) -> None:
        """The resident took the certificates: print the receipt (once the fee is taken)."""
        if self.step is not Step.TAKE_DOCUMENTS:
            return
        self._go(Step.RECEIPT, self.problem)
        if self._checkout.taken:
            self._print_receipt()

    def _print_receipt(self) -> None:
        issued = self._issued
        content = ReceiptContent(
            language=self.language,
            certificate_name=self.order.entitlement.name(self.language)
            if self.order.entitlement
            else "",
            copies=self.order.copies,
            fee_yen=self.order.fee_yen,
            method=self.method,
            change_yen=self.change_yen,
            paid_yen=self.paid_yen,
            reference=issued.issuance_id if issued else self.reference,
            terminal_id=self.ports.terminal_id,
            issued_at=self.clock().isoformat(timespec="minutes"),
        )
        self._changed()
        self._start(lambda _report: self.ports.receipt.print_receipt(content), self._receipt_done)

    def _receipt_done(self, _result: object, error: BaseException | None) -> None:
        self.receipt_printed = error is None
        if error is not None:
            log.warning("receipt not printed: %s", getattr(error, "key", type(error).__name__))
        self._go(Step.DONE, self.problem)

    def finish(self) -> None:
        """Leave from the last screen (done, refunded or a problem)."""
        if self.step in (Step.DONE, Step.REFUNDED, Step.PROBLEM):
            self.reset()
            self._leave()

    def start_over(self) -> None:
        """After a problem with the card or its check: read the card again."""
        if self.can_start_over:
            language, on_reader = self.language, self.card_on_reader
            self.reset()
            self.language, self._identity.card_on_reader = language, on_reader
            self.accept_terms()

    def tick(self, now: float) -> None:
        """Advance time (monotonic seconds): the reminder to take the certificates."""
        if self.step is not Step.TAKE_DOCUMENTS:
            return
        if self._take_started is None:
            self._take_started = now
        elif not self.reminder and now - self._take_started >= TAKE_REMINDER_S:
            self.reminder = True
            self._changed()

    # -- jobs -----------------------------------------------------------------------------------

    def _start(self, job: Job, done: Done, progress: Progress | None = None) -> None:
        generation = self._generation

        def finished(result: object, error: BaseException | None) -> None:
            if generation == self._generation:
                done(result, error)

        def reported(value: object) -> None:
            if generation == self._generation and progress is not None:
                progress(value)

        self.ports.runner.run(job, finished, reported)

    def _fail(self, error: BaseException) -> None:
        if isinstance(error, FlowError):
            key = error.key
        else:
            log.error("certificate flow error: %s", type(error).__name__)
            key = "software_error"
        self._go(Step.PROBLEM, key)
