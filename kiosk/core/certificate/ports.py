"""What the certificate flow needs from the outside world, as protocols and plain values.

The kiosk's composition root adapts the card reader, the gateway, the payment unit and the
printers to these; tests use fakes. Every call blocks and runs on a worker, never on the UI thread.
Failures are :class:`FlowError` subclasses carrying a message key the UI words.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Protocol


class FlowError(Exception):
    """A failure the flow knows how to explain; ``key`` is the message key ('card.removed')."""

    def __init__(self, key: str, message: str = "") -> None:
        super().__init__(message or key)
        self.key = key


class CardError(FlowError):
    """The card cannot be used: wrong card, old 住基 card, unreadable, pulled out, reader gone."""


class CardRemovedError(CardError):
    """The card left the reader during an operation."""

    def __init__(self) -> None:
        super().__init__("card.removed")


class WrongPinError(CardError):
    """The PIN was wrong; ``tries_left`` before the card blocks it."""

    def __init__(self, tries_left: int) -> None:
        super().__init__("card.wrong_pin")
        self.tries_left = tries_left


class PinBlockedError(CardError):
    """The PIN is blocked: the resident must go to the city office to reset it."""

    def __init__(self) -> None:
        super().__init__("card.pin_blocked")


class GatewayError(FlowError):
    """The city's system refused or could not be reached ('gateway.unreachable', …)."""


class ProofExpiredError(GatewayError):
    """The card's check is too old or already used: the card must be read again."""

    def __init__(self) -> None:
        super().__init__("issuance.proof_expired")


class PaymentError(FlowError):
    """The payment unit refused, timed out, jammed or was cancelled ('payment.timeout', …)."""


class PrintError(FlowError):
    """The document printer failed ('docprint.media_empty', 'docprint.service_down', …)."""


@dataclass
class CardProof:
    """The card's answer to the gateway's nonce: its authentication certificate and signature."""

    certificate: bytes
    nonce: str
    signature: bytes


@dataclass(frozen=True)
class Nonce:
    """A single-use nonce from the gateway and the SHA-256 digest the card must sign."""

    value: str
    challenge: bytes


@dataclass(frozen=True)
class Entitlement:
    """One certificate as it applies to this resident: its names, fee, and whether it is given."""

    certificate: str
    names: Mapping[str, str]
    fee_yen: int
    available: bool
    reason: str = ""

    def name(self, language: str) -> str:
        """The certificate's name in ``language`` (Japanese when that is missing)."""
        return self.names.get(language) or self.names.get("ja") or self.certificate


@dataclass(frozen=True)
class Options:
    """Choices of 住民票の写し: the whole household or only the resident, 続柄, 本籍・筆頭者."""

    household: str = "self"
    head_relationship: bool = False
    honseki: bool = False


@dataclass(frozen=True)
class Order:
    """What the resident asks for: one certificate type, its options and copies, and the fee."""

    certificate: str
    copies: int
    options: Options
    fee_yen: int


@dataclass(frozen=True)
class Issued:
    """The gateway's answer to an order: the journal id and how many documents to print."""

    issuance_id: str
    documents: int
    fee_yen: int


@dataclass(frozen=True)
class Held:
    """Money held by the payment unit (not taken yet)."""

    hold_id: str
    amount_yen: int
    method: str
    inserted_yen: int = 0


@dataclass(frozen=True)
class Taken:
    """Money taken: the fee kept and the change paid out."""

    amount_yen: int
    change_yen: int = 0


@dataclass(frozen=True)
class ReceiptContent:
    """What the receipt shows: no name, no address, only the transaction."""

    language: str
    certificate_name: str
    copies: int
    fee_yen: int
    method: str
    change_yen: int
    reference: str
    terminal_id: str
    issued_at: str


Progress = Callable[[object], None]


class CardPort(Protocol):
    """The card reader with a My Number card on it."""

    def present(self) -> bool:
        """True while a card sits on the reader."""
        ...

    def check(self) -> int:
        """Check it is a My Number card with its JPKI application; its PIN tries left."""
        ...

    def prove(self, pin: bytearray, challenge: bytes) -> CardProof:
        """Verify ``pin`` (wiped afterwards, whatever happens) and sign ``challenge``."""
        ...


class IssuancePort(Protocol):
    """The gateway's issuance service."""

    def nonce(self) -> Nonce:
        """A fresh single-use nonce."""
        ...

    def eligibility(self, proof: CardProof) -> list[Entitlement]:
        """What this card's resident may get here."""
        ...

    def issue(self, proof: CardProof, order: Order, key: str) -> Issued:
        """Verify the card and render the documents; the same ``key`` never issues twice."""
        ...

    def document(self, issuance_id: str, position: int) -> bytes:
        """One rendered document as PDF bytes."""
        ...


class JournalPort(Protocol):
    """The terminal's durable record of one order and its money, reported to the gateway.

    ``reference`` is the order's idempotency key; it names the order before the gateway has
    given it an issuance id, so a terminal that restarts can finish whatever was left open.
    """

    def held(self, reference: str, held: Held) -> None:
        """Money is held for the order."""
        ...

    def issued(self, reference: str, issuance_id: str) -> None:
        """The gateway journaled the order as ``issuance_id``."""
        ...

    def printed(self, reference: str) -> None:
        """Every document came out of the printer."""
        ...

    def failed(self, reference: str, detail: str) -> None:
        """The order ended without documents (``detail`` is a message key)."""
        ...

    def settled(self, reference: str, result: str, amount_yen: int) -> None:
        """The fee was 'collected' or 'refunded'."""
        ...


class PaymentPort(Protocol):
    """The payment unit: hold, then take or give back."""

    def methods(self) -> list[str]:
        """Methods available now ('cash', 'ic')."""
        ...

    def hold(self, amount_yen: int, method: str, reference: str, progress: Progress) -> Held:
        """Wait for the resident to pay ``amount_yen``; ``progress`` gets the yen so far."""
        ...

    def cancel(self) -> None:
        """Stop a waiting :meth:`hold` (from another thread); inserted cash comes back."""
        ...

    def take(self, hold_id: str) -> Taken:
        """Take the held fee, paying change; only after printing."""
        ...

    def give_back(self, hold_id: str) -> int:
        """Return the held money in full; the yen returned."""
        ...


class DocumentPrinterPort(Protocol):
    """The A4 document printer."""

    def check(self, pages: int) -> None:
        """Raise :class:`PrintError` unless the printer can print ``pages`` pages now."""
        ...

    def print_pdf(self, pdf: bytes, title: str) -> None:
        """Print one document and wait until it is out; the spool file is removed after."""
        ...


class ReceiptPrinterPort(Protocol):
    """The receipt printer."""

    def print_receipt(self, content: ReceiptContent) -> None:
        """Print the receipt in ``content.language``."""
        ...


Job = Callable[[Progress], object]
Done = Callable[[object, BaseException | None], None]


class Runner(Protocol):
    """Runs a blocking job off the UI thread and reports back on it."""

    def run(self, job: Job, done: Done, progress: Progress | None = None) -> None:
        """Run ``job``; call ``done(result, error)`` and ``progress`` on the caller's thread."""
        ...


@dataclass
class Ports:
    """Everything the flow talks to."""

    card: CardPort
    issuance: IssuancePort
    journal: JournalPort
    payment: PaymentPort
    printer: DocumentPrinterPort
    receipt: ReceiptPrinterPort
    runner: Runner
    terminal_id: str = "kiosk"
    new_key: Callable[[], str] = field(default=lambda: uuid.uuid4().hex)
