"""Fake ports for the certificate flow: a scripted gateway and printers, and the blocks' fakes."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from kiosk.blocks.identity.ports import CardProof, Nonce
from kiosk.services.certificates.core.flow import CertificateFlow
from kiosk.services.certificates.core.ports import (
    Entitlement,
    Issued,
    Order,
    Ports,
    PrintError,
    ReceiptContent,
)
from kiosk.shell.core.errors import FlowError
from tests.kiosk.blocks.fakes import PIN, FakeCard, FakeJournal, FakePayment, SyncRunner

NAMES = {"ja": "住民票の写し", "en": "Certificate of Residence"}
ENTITLEMENTS = [
    Entitlement("juminhyo", NAMES, 200, True),
    Entitlement("inkan", {"ja": "印鑑登録証明書", "en": "Seal Registration"}, 200, True),
    Entitlement(
        "koseki-tohon",
        {"ja": "戸籍全部事項証明書", "en": "Family Register (all)"},
        450,
        False,
        "honseki_elsewhere",
    ),
]


@dataclass
class FakeGateway:
    """The gateway's issuance service."""

    entitlements: list[Entitlement] = field(default_factory=lambda: list(ENTITLEMENTS))
    issue_error: FlowError | None = None
    orders: list[tuple[Order, str]] = field(default_factory=list)

    def nonce(self) -> Nonce:
        """A nonce."""
        return Nonce("nonce", b"\x01" * 32)

    def eligibility(self, proof: CardProof) -> list[Entitlement]:
        """The catalogue."""
        return self.entitlements

    def issue(self, proof: CardProof, order: Order, key: str) -> Issued:
        """An issuance with one document per copy."""
        if self.issue_error is not None:
            raise self.issue_error
        self.orders.append((order, key))
        return Issued("20261122-0000ABCD", order.copies, order.fee_yen)

    def document(self, issuance_id: str, position: int) -> bytes:
        """A document."""
        return b"%PDF-" + str(position).encode()


@dataclass
class FakePrinter:
    """A document printer failing as scripted."""

    check_error: FlowError | None = None
    fail_at: int | None = None
    printed: list[str] = field(default_factory=list)

    def check(self, pages: int) -> None:
        """Check."""
        if self.check_error is not None:
            raise self.check_error

    def print_pdf(self, pdf: bytes, title: str) -> None:
        """Print, or fail at the scripted document."""
        if self.fail_at is not None and len(self.printed) + 1 == self.fail_at:
            self.fail_at = None
            raise PrintError("docprint.media_empty")
        self.printed.append(title)


@dataclass
class FakeReceipt:
    """A receipt printer."""

    error: FlowError | None = None
    printed: list[ReceiptContent] = field(default_factory=list)

    def print_receipt(self, content: ReceiptContent) -> None:
        """Print."""
        if self.error is not None:
            raise self.error
        self.printed.append(content)


@dataclass
class Rig:
    """A flow and its fakes."""

    flow: CertificateFlow
    card: FakeCard
    gateway: FakeGateway
    journal: FakeJournal
    payment: FakePayment
    printer: FakePrinter
    receipt: FakeReceipt
    runner: SyncRunner
    left: list[bool]


def make_rig(runner: SyncRunner | None = None) -> Rig:
    """A flow wired to fresh fakes (its jobs on ``runner``, by default a :class:`SyncRunner`)."""
    card, gateway, journal = FakeCard(), FakeGateway(), FakeJournal()
    payment, printer, receipt = FakePayment(), FakePrinter(), FakeReceipt()
    runner = runner or SyncRunner()
    ports = Ports(
        card=card,
        issuance=gateway,
        journal=journal,
        payment=payment,
        printer=printer,
        receipt=receipt,
        runner=runner,
        terminal_id="kiosk-test-01",
        new_key=lambda: "order-key-1",
    )
    flow = CertificateFlow(ports, clock=lambda: dt.datetime(2026, 11, 22, 10, 0))
    left: list[bool] = []
    flow.on_leave(lambda: left.append(True))
    return Rig(flow, card, gateway, journal, payment, printer, receipt, runner, left)


def enter_pin(flow: CertificateFlow, pin: str = PIN) -> None:
    """Type ``pin`` and submit it."""
    for digit in pin:
        flow.press_digit(digit)
    flow.submit_pin()


def to_choose(rig: Rig) -> None:
    """Terms, card, PIN, card taken back: at the choice."""
    rig.flow.begin("ja")
    rig.flow.accept_terms()
    rig.card.on_reader = True
    rig.flow.card_inserted()
    enter_pin(rig.flow)
    rig.card.on_reader = False
    rig.flow.card_removed()
