"""The payment unit interface and its value types: hold, then capture or release."""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from devices.monitor import Health

COINS = (1, 5, 10, 50, 100, 500)
NOTES = (1000, 2000, 5000, 10000)
DENOMINATIONS = COINS + NOTES
MAX_AMOUNT_YEN = 100_000


class Method(enum.Enum):
    """How the resident pays."""

    CASH = "cash"
    IC = "ic"


class HoldState(enum.Enum):
    """Where a hold stands: money is only taken in CAPTURED."""

    HELD = "held"
    CAPTURED = "captured"
    RELEASED = "released"


@dataclass(frozen=True)
class Hold:
    """Money set aside for a fee but not yet taken.

    Cash sits in the unit's escrow (``tendered`` lists the coins and notes as inserted); an IC
    payment is a reservation of ``amount_yen`` on the card. ``reference`` is the caller's own
    non-personal reference (e.g. the issuance request id).
    """

    id: str
    method: Method
    amount_yen: int
    reference: str
    tendered: tuple[int, ...] = ()
    card_id: str = ""
    state: HoldState = HoldState.HELD

    @property
    def inserted_yen(self) -> int:
        """Cash inserted into escrow (0 for IC)."""
        return sum(self.tendered)


@dataclass(frozen=True)
class Settlement:
    """What a capture did: ``taken_yen`` kept, ``change`` paid out as coins and notes."""

    hold_id: str
    taken_yen: int
    change: tuple[int, ...] = ()
    balance_after_yen: int | None = None

    @property
    def change_yen(self) -> int:
        """The change paid out."""
        return sum(self.change)


@dataclass(frozen=True)
class Refund:
    """What a release gave back: the escrowed cash itself, or the IC reservation dropped."""

    hold_id: str
    returned: tuple[int, ...] = ()
    reservation_dropped_yen: int = 0

    @property
    def returned_yen(self) -> int:
        """The cash returned."""
        return sum(self.returned)


ProgressCallback = Callable[[int], None]


def check_amount(amount_yen: int) -> None:
    """Refuse an amount outside 1..100,000 yen (a kiosk fee is never more)."""
    if not isinstance(amount_yen, int) or not 0 < amount_yen <= MAX_AMOUNT_YEN:
        raise ValueError(f"amount must be 1..{MAX_AMOUNT_YEN} yen")


def make_change(owed: int, stock: dict[int, int]) -> tuple[int, ...] | None:
    """Coins and notes from ``stock`` adding up to ``owed``, largest first, or None.

    Greedy, as cash units pay out: yen denominations make it exact whenever stock allows.
    """
    paid: list[int] = []
    left = owed
    for value in sorted(stock, reverse=True):
        count = min(stock[value], left // value)
        paid.extend([value] * count)
        left -= value * count
    return tuple(paid) if left == 0 else None


class PaymentUnit(Protocol):
    """A kiosk's payment unit. Calls block; run them on a worker thread.

    The protocol keeps money from being taken for nothing: ``authorize`` only *holds* the money
    (cash in escrow, an IC reservation), ``capture`` takes it once the certificates are printed,
    and ``release`` gives everything back when printing failed or the resident cancelled. A hold
    never settles by itself; ``holds`` lists the ones left open (after a kiosk restart) so the
    caller can finish each one. Errors are ``PaymentError`` subclasses with message keys.
    """

    def methods(self) -> frozenset[Method]:
        """The methods the unit takes right now."""
        ...

    def health(self) -> Health:
        """Whether the unit can take payments now (for the device monitor); never raises."""
        ...

    def authorize(
        self,
        amount_yen: int,
        method: Method,
        reference: str,
        *,
        timeout: float = 120.0,
        on_progress: ProgressCallback | None = None,
    ) -> Hold:
        """Wait for ``amount_yen`` by ``method`` and hold it; ``on_progress`` gets yen so far."""
        ...

    def cancel(self) -> None:
        """Stop a waiting ``authorize`` (from another thread); it returns the cash inserted."""
        ...

    def capture(self, hold_id: str) -> Settlement:
        """Take the held fee (and pay change); only after the certificates are printed."""
        ...

    def release(self, hold_id: str) -> Refund:
        """Give the held money back in full: nothing is taken."""
        ...

    def holds(self) -> list[Hold]:
        """Holds neither captured nor released, oldest first."""
        ...

    def close(self) -> None:
        """Release the unit."""
        ...
