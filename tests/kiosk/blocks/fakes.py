"""Fakes the building blocks and the services on them share: a runner, a card, payment, journal."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from kiosk.blocks.checkout.ports import Held, Taken
from kiosk.blocks.identity.ports import CardError, CardProof, PinBlockedError, WrongPinError
from kiosk.shell.core.errors import FlowError
from kiosk.shell.core.jobs import Done, Job, Progress

PIN = "4711"


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
    """A card on a reader: its PIN, tries and presence; ``prove_error`` fails the next proof."""

    on_reader: bool = False
    pin: str = PIN
    tries: int = 3
    problem: str = ""
    prove_error: FlowError | None = None
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
        if self.prove_error is not None:
            error, self.prove_error = self.prove_error, None
            raise error
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
class FakeJournal:
    """Records every journal entry, and the reference each was made under."""

    entries: list[tuple[str, ...]] = field(default_factory=list)
    references: list[str] = field(default_factory=list)

    def held(self, reference: str, held: Held) -> None:
        """Money held."""
        self._add(reference, "held", held.hold_id)

    def issued(self, reference: str, issuance_id: str) -> None:
        """Issued."""
        self._add(reference, "issued", issuance_id)

    def printed(self, reference: str) -> None:
        """Printed."""
        self._add(reference, "printed")

    def failed(self, reference: str, detail: str) -> None:
        """Failed."""
        self._add(reference, "failed", detail)

    def settled(self, reference: str, result: str, amount_yen: int) -> None:
        """Settled."""
        self._add(reference, "settled", result, str(amount_yen))

    def _add(self, reference: str, *entry: str) -> None:
        self.entries.append(entry)
        self.references.append(reference)


@dataclass
class FakePayment:
    """A payment unit that holds at once (or fails as scripted) and records takes."""

    available: list[str] = field(default_factory=lambda: ["cash", "ic"])
    error: FlowError | None = None
    take_error: FlowError | None = None
    give_back_error: FlowError | None = None
    inserted_yen: int = 1000
    references: list[str] = field(default_factory=list)
    taken: list[str] = field(default_factory=list)
    given_back: list[str] = field(default_factory=list)
    cancelled: int = 0

    def methods(self) -> list[str]:
        """Methods."""
        return self.available

    def hold(self, amount_yen: int, method: str, reference: str, progress: Progress) -> Held:
        """Hold the money."""
        self.references.append(reference)
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
        if self.take_error is not None:
            raise self.take_error
        self.taken.append(hold_id)
        return Taken(200, 800)

    def give_back(self, hold_id: str) -> int:
        """Give back."""
        if self.give_back_error is not None:
            raise self.give_back_error
        self.given_back.append(hold_id)
        return 1000
