"""QtCertificate: the certificate flow as properties, a list model and slots for QML.

The PIN's digits never reach QML: the screens see only how many were typed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Property, QObject, Signal, Slot

from content.config.hardware import HardwareLayout, PaymentUnitConfig
from content.languages import group_digits
from content.phrasing import typeset
from kiosk.blocks.identity.check import PIN_TRIES
from kiosk.services.certificates import messages
from kiosk.services.certificates.core.flow import MAX_COPIES, PIN_LENGTH, CertificateFlow, Step
from kiosk.services.certificates.core.ports import Entitlement
from kiosk.services.certificates.core.terms import OpeningHours, fee_range, month_day
from kiosk.shell.core.session import Change
from kiosk.shell.ui.pin_keys import press_pin_key
from kiosk.shell.ui.qt_session import QtSession
from kiosk.shell.ui.row_model import RowListModel
from kiosk.shell.ui.wording import tr

# Steps that come after the PIN was checked: a card still on the reader there was forgotten.
_AFTER_PIN = frozenset(Step) - {
    Step.TERMS,
    Step.INSERT_CARD,
    Step.READING_CARD,
    Step.PIN,
    Step.CHECKING_PIN,
    Step.REMOVE_CARD,
}


class EntitlementListModel(RowListModel):
    """The certificates this resident may get here, named in the session's language."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            {
                "certificateId": lambda e: e.certificate,
                "name": lambda e: typeset(e.name(self._language), self._language),
                "fee": lambda e: e.fee_yen,
                "feeText": lambda e: group_digits(e.fee_yen, self._language),
                "available": lambda e: e.available,
                "reason": lambda e: e.reason,
                "reasonText": lambda e: tr(messages.unavailable(e.reason)),
            },
            parent,
        )
        self._language = "ja"

    def show(self, entitlements: list[Entitlement], language: str) -> None:
        """Show ``entitlements`` in ``language`` (rebuilds only when something changed)."""
        if entitlements != self.rows or language != self._language:
            self._language = language
            self.set_rows(entitlements)


class QtCertificate(QObject):
    """Wraps one :class:`CertificateFlow` for the certificate screens."""

    stepChanged = Signal()
    changed = Signal()

    def __init__(
        self,
        session: QtSession,
        flow: CertificateFlow,
        parent: QObject | None = None,
        *,
        hardware: HardwareLayout | None = None,
        payment: PaymentUnitConfig | None = None,
        hours: OpeningHours | None = None,
        fees: Callable[[], list[int]] = list,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._flow = flow
        self._hardware = hardware or HardwareLayout()
        self._payment = payment or PaymentUnitConfig()
        self._hours = hours or OpeningHours("", "", ())
        self._fees = fees
        self._list = EntitlementListModel(self)
        self._shown = (flow.step, flow.problem)
        flow.subscribe(self._on_flow)
        session.core.subscribe(self._on_session)
        self._list.show(flow.entitlements, session.language)

    @property
    def flow(self) -> CertificateFlow:
        """The wrapped flow."""
        return self._flow

    def _on_flow(self) -> None:
        self._list.show(self._flow.entitlements, self._session.language)
        shown = (self._flow.step, self._flow.problem)
        if shown != self._shown:
            self._shown = shown
            self.stepChanged.emit()
        self.changed.emit()

    def _on_session(self, change: Change) -> None:
        if change is Change.LANGUAGE:
            self._list.show(self._flow.entitlements, self._session.language)
            self.changed.emit()

    # -- where the flow is ------------------------------------------------------------------

    @Property(str, notify=stepChanged)
    def step(self) -> str:
        """The current step's page name ('Terms', 'Pin', …)."""
        return self._flow.step.value

    @Property(str, notify=stepChanged)
    def problem(self) -> str:
        """Message key of what went wrong at this step ('' when nothing did)."""
        return self._flow.problem

    @Property(str, notify=changed)
    def problemText(self) -> str:
        """What went wrong at this step, in the session's language ('' when nothing did)."""
        problem = self._flow.problem
        return tr(messages.problem(problem)) if problem else ""

    @Property(str, notify=changed)
    def adviceText(self) -> str:
        """What to do next after the problem, in the session's language."""
        problem = self._flow.problem
        return tr(messages.advice(problem)) if problem else ""

    @Property(bool, notify=changed)
    def busy(self) -> bool:
        """True while the resident waits for the kiosk."""
        return self._flow.busy

    @Property(bool, notify=changed)
    def canLeave(self) -> bool:
        """True when Back, Home and Finish may leave the flow."""
        return self._flow.can_leave

    @Property(bool, notify=changed)
    def canGoBack(self) -> bool:
        """True when Back moves to an earlier step of the flow."""
        return self._flow.can_go_back

    @Property(bool, notify=changed)
    def canStartOver(self) -> bool:
        """True when the last screen may offer to read the card again."""
        return self._flow.can_start_over

    # -- the terminal's hardware and terms ---------------------------------------------------

    @Property("QVariantMap", constant=True)
    def parts(self) -> dict[str, dict[str, str]]:
        """Where each part sits on the front panel: part → {row, column} ('middle', 'right')."""
        return self._hardware.panel_map()

    @Property(str, constant=True)
    def cardReaderKind(self) -> str:
        """'slot' (the card goes in chip first) or 'pad' (the card is laid on the reader)."""
        return self._hardware.card_reader_kind.value

    @Property(str, constant=True)
    def cardFace(self) -> str:
        """'up' or 'down': the card's photo side as it goes into the reader."""
        return self._hardware.card_face.value

    @Property(list, notify=changed)
    def notes(self) -> list[str]:
        """The notes the payment unit takes, digits grouped."""
        return [self._yen(v) for v in self._payment.notes]

    @Property(list, notify=changed)
    def coins(self) -> list[str]:
        """The coins the payment unit takes, digits grouped."""
        return [self._yen(v) for v in self._payment.coins]

    @Property(list, constant=True)
    def icBrands(self) -> list[str]:
        """The IC e-money brands the payment unit takes (their own names)."""
        return list(self._payment.ic_brands)

    @Property(int, constant=True)
    def pinTries(self) -> int:
        """Wrong PINs in a row after which the card locks its PIN."""
        return PIN_TRIES

    @Property(list, notify=changed)
    def feeRange(self) -> list[str]:
        """The lowest and highest fee per copy, digits grouped ([] before the city's list)."""
        found = fee_range(self._fees())
        return [self._yen(found[0]), self._yen(found[1])] if found else []

    @Property(list, constant=True)
    def openingHours(self) -> list[str]:
        """The daily window ['6:30', '23:00'], or [] when the service is open round the clock."""
        hours = self._hours
        return [hours.opens, hours.closes] if hours.opens else []

    @Property(list, notify=changed)
    def closedRuns(self) -> list[list[str]]:
        """Runs of days closed every year, [first, last], in the session's language."""
        language = self._session.language
        return [[month_day(a, language), month_day(b, language)] for a, b in self._hours.closed]

    # -- the card and the PIN ---------------------------------------------------------------

    @Property(bool, notify=changed)
    def cardOnReader(self) -> bool:
        """True while a card sits on the reader."""
        return self._flow.card_on_reader

    @Property(bool, notify=changed)
    def cardForgotten(self) -> bool:
        """True when the card is still on the reader after its PIN was checked."""
        return self._flow.card_on_reader and self._flow.step in _AFTER_PIN

    @Property(int, notify=changed)
    def triesLeft(self) -> int:
        """PIN tries left before the card blocks it; -1 when unknown."""
        tries = self._flow.tries_left
        return -1 if tries is None else tries

    @Property(int, notify=changed)
    def pinLength(self) -> int:
        """How many digits were typed (never the digits)."""
        return self._flow.pin_length

    @Property(int, constant=True)
    def pinDigits(self) -> int:
        """How many digits a PIN has."""
        return PIN_LENGTH

    # -- the choice -------------------------------------------------------------------------

    @Property(QObject, constant=True)
    def entitlements(self) -> EntitlementListModel:
        """The certificates on offer for this resident."""
        return self._list

    @Property(str, notify=changed)
    def chosenId(self) -> str:
        """The chosen certificate's id ('' before a choice)."""
        chosen = self._flow.chosen
        return chosen.certificate if chosen else ""

    @Property(str, notify=changed)
    def chosenName(self) -> str:
        """The chosen certificate's name in the session's language."""
        chosen = self._flow.chosen
        language = self._session.language
        return typeset(chosen.name(language), language) if chosen else ""

    @Property(str, notify=changed)
    def unitFee(self) -> str:
        """The chosen certificate's fee for one copy, digits grouped."""
        chosen = self._flow.chosen
        return self._yen(chosen.fee_yen if chosen else 0)

    @Property(bool, notify=changed)
    def hasOptions(self) -> bool:
        """True when the chosen certificate has options."""
        return self._flow.has_options

    @Property(bool, notify=changed)
    def wholeHousehold(self) -> bool:
        """True when the whole household is asked for (else the resident alone)."""
        return self._flow.order.options.household == "all"

    @Property(bool, notify=changed)
    def headRelationship(self) -> bool:
        """世帯主・続柄 shown."""
        return self._flow.order.options.head_relationship

    @Property(bool, notify=changed)
    def honseki(self) -> bool:
        """本籍・筆頭者 shown."""
        return self._flow.order.options.honseki

    @Property(int, notify=changed)
    def copies(self) -> int:
        """Copies asked for."""
        return self._flow.order.copies

    @Property(int, constant=True)
    def maxCopies(self) -> int:
        """Most copies one order may have."""
        return MAX_COPIES

    @Property(str, notify=changed)
    def fee(self) -> str:
        """The fee for the whole order, digits grouped."""
        return self._yen(self._flow.fee_yen)

    # -- money and printing -------------------------------------------------------------------

    @Property(list, notify=changed)
    def methods(self) -> list[str]:
        """Payment methods on offer ('cash', 'ic')."""
        return list(self._flow.methods)

    @Property(list, notify=changed)
    def methodNames(self) -> list[str]:
        """The payment methods' names, in the order of :attr:`methods`."""
        return [tr(messages.method(m)) or m for m in self._flow.methods]

    @Property(str, notify=changed)
    def method(self) -> str:
        """The method being used ('' before one is chosen)."""
        return self._flow.method

    @Property(bool, notify=changed)
    def paying(self) -> bool:
        """True while the payment unit waits for the money."""
        return self._flow.paying

    @Property(str, notify=changed)
    def paid(self) -> str:
        """Yen inserted or held so far, digits grouped."""
        return self._yen(self._flow.paid_yen)

    @Property(str, notify=changed)
    def owed(self) -> str:
        """Yen still to put in, digits grouped."""
        return self._yen(self._flow.owed_yen)

    @Property(int, notify=changed)
    def owedYen(self) -> int:
        """Yen still to put in."""
        return self._flow.owed_yen

    @Property(int, notify=changed)
    def printedCount(self) -> int:
        """Documents out of the printer so far."""
        return self._flow.printed_count

    @Property(int, notify=changed)
    def documentsTotal(self) -> int:
        """Documents to print."""
        return self._flow.documents_total

    @Property(bool, notify=changed)
    def reminder(self) -> bool:
        """True once the certificates have stayed in the tray too long."""
        return self._flow.reminder

    @Property(bool, notify=changed)
    def receiptPrinted(self) -> bool:
        """True when the receipt came out."""
        return self._flow.receipt_printed

    @Property(int, notify=changed)
    def refundYen(self) -> int:
        """Yen given back."""
        return self._flow.refund_yen

    @Property(str, notify=changed)
    def refund(self) -> str:
        """Yen given back, digits grouped."""
        return self._yen(self._flow.refund_yen)

    @Property(int, notify=changed)
    def changeYen(self) -> int:
        """Change paid out."""
        return self._flow.change_yen

    @Property(str, notify=changed)
    def change(self) -> str:
        """Change paid out, digits grouped."""
        return self._yen(self._flow.change_yen)

    def _yen(self, amount: int) -> str:
        return group_digits(amount, self._session.language)

    # -- intents ----------------------------------------------------------------------------

    @Slot()
    def acceptTerms(self) -> None:
        """The resident agreed to the terms."""
        self._flow.accept_terms()

    @Slot()
    def declineTerms(self) -> None:
        """The resident did not agree: leave the service."""
        self._flow.decline_terms()

    @Slot(str)
    def pressDigit(self, digit: str) -> None:
        """One PIN digit."""
        self._flow.press_digit(digit)

    @Slot()
    def deleteDigit(self) -> None:
        """Remove the last PIN digit."""
        self._flow.delete_digit()

    @Slot()
    def clearPin(self) -> None:
        """Remove every PIN digit."""
        self._flow.clear_pin()

    @Slot()
    def submitPin(self) -> None:
        """Check the PIN."""
        self._flow.submit_pin()

    @Slot(int, str, result=bool)
    def pinKey(self, key: int, text: str) -> bool:
        """A key of a physical keyboard on the PIN page; True when it was used."""
        return self._flow.step is Step.PIN and press_pin_key(self._flow, key, text)

    @Slot(str)
    def choose(self, certificate: str) -> None:
        """Pick a certificate."""
        self._flow.choose(certificate)

    @Slot(str)
    def setHousehold(self, household: str) -> None:
        """'self' or 'all'."""
        self._flow.set_household(household)

    @Slot(str, bool)
    def setOption(self, name: str, on: bool) -> None:
        """Switch 'head_relationship' or 'honseki'."""
        self._flow.set_option(name, on)

    @Slot(int)
    def setCopies(self, copies: int) -> None:
        """How many copies (1 to the maximum)."""
        self._flow.set_copies(copies)

    @Slot()
    def next(self) -> None:
        """On from options or copies."""
        self._flow.next()

    @Slot()
    def confirm(self) -> None:
        """Agree to the fee."""
        self._flow.confirm()

    @Slot(str)
    def pay(self, method: str) -> None:
        """Pay by ``method``."""
        self._flow.pay(method)

    @Slot()
    def cancel(self) -> None:
        """Stop paying, or leave the flow when no money is at stake."""
        self._flow.cancel()

    @Slot()
    def retryPrint(self) -> None:
        """Print what is missing again."""
        self._flow.retry_print()

    @Slot()
    def giveUp(self) -> None:
        """Stop after a printer problem and get the money back."""
        self._flow.give_up()

    @Slot()
    def documentsTaken(self) -> None:
        """The certificates were taken from the tray."""
        self._flow.documents_taken()

    @Slot()
    def finish(self) -> None:
        """Leave from the last screen."""
        self._flow.finish()

    @Slot()
    def startOver(self) -> None:
        """Read the card again."""
        self._flow.start_over()
