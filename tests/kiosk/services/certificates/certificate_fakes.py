"""Fake ports for the certificate flow: scripted card, gateway, payment and printers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from kiosk.blocks.checkout.ports import Held, Taken
from kiosk.blocks.identity.ports import CardError, CardProof, Nonce, PinBlockedError, WrongPinError
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
from kiosk.shell.core.jobs import Done, Job, Progress

PIN = "4711"
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


class SyncRunner:
    """Runs jobs at once, or holds them until :meth:`release` when ``hold`` is set."""

    def __init__(self) -> None:
        self.hold = False
        self.pending: list[Callable[[], None]] = []

    def run(self, job: Job, done: Done, progress: Progress | None = None) -> None:
        """Run ``job`` now (or later, when holding)."""

        def go() -> None:
            try:
                result = job(progress or (lambda _v: None))
            except BaseException as error:
                done(None, error)
            else:
                done(result, None)

        if self.hold:
            self.pending.append(go)
        else:
            go()

    def release(self) -> None:
        """Run every held job."""
        pending, self.pending = self.pending, []
        for go in pending:
            go()


@dataclass
class FakeCard:
    """A card on a reader: its PIN, tries and presence."""

    on_reader: bool = False
    pin: str = PIN
    tries: int = 3
    problem: str = ""
    pins_seen: list[bytearray] = field(default_factory=list)

    def present(self) -> bool:
        """The card is on the reader."""
        return self.on_reader

    def check(self) -> int:
        """Its PIN tries, or the scripted problem."""
        if self.problem:
            raise CardError(self.problem)
        return self.tries

    def prove(self, pin: bytearray, challenge: bytes) -> CardProof:
        """Check ``pin`` and sign."""
        self.pins_seen.append(pin)
        if self.tries == 0:
            raise PinBlockedError()
        if pin.decode() != self.pin:
            self.tries -= 1
            if self.tries == 0:
                raise PinBlockedError()
            raise WrongPinError(self.tries)
        self.tries = 3
        return CardProof(b"cert", "nonce", b"sig:" + challenge)


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
class FakeJournal:
    """Records every journal entry."""

    entries: list[tuple[str, ...]] = field(default_factory=list)

    def held(self, reference: str, held: Held) -> None:
        """Money held."""
        self.entries.append(("held", held.hold_id))

    def issued(self, reference: str, issuance_id: str) -> None:
        """Issued."""
        self.entries.append(("issued", issuance_id))

    def printed(self, reference: str) -> None:
        """Printed."""
        self.entries.append(("printed",))

    def failed(self, reference: str, detail: str) -> None:
        """Failed."""
        self.entries.append(("failed", detail))

    def settled(self, reference: str, result: str, amount_yen: int) -> None:
        """Settled."""
        self.entries.append(("settled", result, str(amount_yen)))


@dataclass
class FakePayment:
    """A payment unit that holds at once (or fails as scripted) and records takes."""

    available: list[str] = field(default_factory=lambda: ["cash", "ic"])
    error: FlowError | None = None
    inserted_yen: int = 1000
    taken: list[str] = field(default_factory=list)
    given_back: list[str] = field(default_factory=list)
    cancelled: int = 0

    def methods(self) -> list[str]:
        """Methods."""
        return self.available

    def hold(self, amount_yen: int, method: str, reference: str, progress: Progress) -> Held:
        """Hold the money."""
        if self.error is not None:
            raise self.error
        inserted = self.inserted_yen if method == "cash" else 0
        progress(inserted or amount_yen)
        return Held("hold-1", amount_yen, method, inserted)

    def cancel(self) -> None:
        """Cancel."""
        self.cancelled += 1

    def take(self, hold_id: str) -> Taken:
        """Take."""
        self.taken.append(hold_id)
        return Taken(200, 800)

    def give_back(self, hold_id: str) -> int:
        """Give back."""
        self.given_back.append(hold_id)
        return 1000


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


def make_rig() -> Rig:
    """A flow wired to fresh fakes."""
    card, gateway, journal = FakeCard(), FakeGateway(), FakeJournal()
    payment, printer, receipt, runner = FakePayment(), FakePrinter(), FakeReceipt(), SyncRunner()
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
