"""What checkout needs from outside: the payment unit and the journal of money held."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from kiosk.shell.core.errors import FlowError
from kiosk.shell.core.jobs import Progress


class PaymentError(FlowError):
    """The payment unit refused, timed out, jammed or was cancelled ('payment.timeout', …)."""


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
