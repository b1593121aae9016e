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

from kiosk.blocks.checkout.ports import JournalPort, PaymentPort
from kiosk.blocks.identity.ports import (
    CardPort,
    CardProof,
    Nonce,
)
from kiosk.shell.core.errors import FlowError
from kiosk.shell.core.jobs import Runner


class GatewayError(FlowError):
    """The city's system refused or could not be reached ('gateway.unreachable', …)."""


class ProofExpiredError(GatewayError):
    """The card's check is too old or already used: the card must be read again."""

    def __init__(self) -> None:
        super().__init__("issuance.proof_expired")


class PrintError(FlowError):
    """The document printer failed ('docprint.media_empty', 'docprint.service_down', …)."""


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
    paid_yen: int = 0  # what was put in (cash); the change is what came back


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
