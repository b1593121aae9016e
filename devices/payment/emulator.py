"""An emulated payment unit: cash with escrow and change, IC e-money with reservations.

Tests and the demo script it: ``queue_cash``/``insert`` put coins and notes in, ``present_card``
holds an IC card with a balance to the reader, ``jam_at`` makes the next insertion, change payout
or refund jam, ``out_of_service`` switches it off. With ``state_file`` its holds, change stock,
cash box and card balances survive a restart, as a real unit's escrow does.
"""

from __future__ import annotations

import json
import os
import secrets
import threading
import time
from dataclasses import dataclass, field, replace
from pathlib import Path
from urllib.parse import SplitResult, parse_qs

from devices.errors import DeviceConfigError
from devices.monitor import Health
from devices.payment.errors import (
    CardReadError,
    ChangeShortError,
    DeviceJamError,
    HoldStateError,
    InsufficientFundsError,
    MethodUnavailableError,
    PaymentCancelledError,
    PaymentTimeoutError,
    PaymentUnavailableError,
)
from devices.payment.model import (
    DENOMINATIONS,
    Hold,
    HoldState,
    Method,
    ProgressCallback,
    Refund,
    Settlement,
    check_amount,
    make_change,
)

JAM_POINTS = ("insert", "payout", "refund")
DEFAULT_STOCK = {10: 50, 50: 20, 100: 50, 500: 20, 1000: 20}


@dataclass
class _Waiting:
    """An ``authorize`` in progress."""

    amount: int
    method: Method
    tendered: list[int] = field(default_factory=list)
    cancelled: bool = False


class EmulatedPaymentUnit:
    """A cash unit with escrow and an IC e-money reader in one; same contract as a real unit."""

    def __init__(
        self,
        *,
        cash: bool = True,
        ic: bool = True,
        stock: dict[int, int] | None = None,
        state_file: Path | None = None,
    ) -> None:
        self.cash_enabled = cash
        self.ic_enabled = ic
        self.state_file = state_file
        self.stock: dict[int, int] = dict(DEFAULT_STOCK if stock is None else stock)
        self.cashbox_yen = 0
        self.cards: dict[str, int] = {}
        self.reserved: dict[str, int] = {}
        self.tray: list[int] = []
        self.rejected: list[int] = []
        self.out_of_service = False
        self.jammed = False
        self.closed = False
        self._holds: dict[str, Hold] = {}
        self._queued_cash: list[int] = []
        self._card_present: str | None = None
        self._jam_at: set[str] = set()
        self._waiting: _Waiting | None = None
        self._cond = threading.Condition()
        if state_file is not None and state_file.exists():
            self._load(state_file)

    # --- scripting -----------------------------------------------------------------------

    def queue_cash(self, *pieces: int) -> None:
        """Coins and notes the resident will insert as soon as the next payment asks for cash."""
        self._check_pieces(pieces)
        with self._cond:
            self._queued_cash.extend(pieces)
            self._cond.notify_all()

    def insert(self, *pieces: int) -> None:
        """Insert coins and notes now; outside a cash payment they drop into the return tray."""
        self._check_pieces(pieces)
        with self._cond:
            waiting = self._waiting
            for piece in pieces:
                if waiting is None or waiting.method is not Method.CASH or self.jammed:
                    self.tray.append(piece)
                else:
                    self._take_piece(waiting, piece)
            self._cond.notify_all()

    def add_card(self, card_id: str, balance_yen: int) -> None:
        """Make an IC card with ``balance_yen`` known to the emulated e-money service."""
        with self._cond:
            self.cards[card_id] = balance_yen
            self._save()

    def present_card(self, card_id: str, balance_yen: int | None = None) -> None:
        """Hold an IC card to the reader (and set its balance when given); it stays there."""
        with self._cond:
            if balance_yen is not None:
                self.cards[card_id] = balance_yen
                self._save()
            self._card_present = card_id
            self._cond.notify_all()

    def remove_card(self) -> None:
        """Take the IC card away from the reader."""
        with self._cond:
            self._card_present = None

    def jam_at(self, point: str) -> None:
        """Jam at the next ``insert``, change ``payout`` or ``refund``."""
        if point not in JAM_POINTS:
            raise ValueError(f"jam point must be one of {', '.join(JAM_POINTS)}")
        with self._cond:
            self._jam_at.add(point)
            self._cond.notify_all()

    def clear_jam(self) -> None:
        """Staff opened the unit and cleared the jam."""
        with self._cond:
            self.jammed = False
            self._jam_at.clear()

    def take_tray(self) -> list[int]:
        """The resident takes everything from the return tray."""
        with self._cond:
            taken, self.tray = self.tray, []
            return taken

    # --- the PaymentUnit contract --------------------------------------------------------

    def methods(self) -> frozenset[Method]:
        """Cash and/or IC, unless out of service or jammed (IC still works when cash jams)."""
        if self.closed or self.out_of_service:
            return frozenset()
        found = set()
        if self.cash_enabled and not self.jammed:
            found.add(Method.CASH)
        if self.ic_enabled:
            found.add(Method.IC)
        return frozenset(found)

    def health(self) -> Health:
        """Unavailable when off or closed; a jam makes it unavailable for cash only (warning)."""
        if self.closed or self.out_of_service:
            return Health(False, PaymentUnavailableError.key)
        if self.jammed:
            if self.ic_enabled:
                return Health(True, warning=DeviceJamError.key)
            return Health(False, DeviceJamError.key)
        return Health(True)

    def authorize(
        self,
        amount_yen: int,
        method: Method,
        reference: str,
        *,
        timeout: float = 120.0,
        on_progress: ProgressCallback | None = None,
    ) -> Hold:
        """Wait for the money and hold it (escrow or reservation); nothing is taken yet."""
        check_amount(amount_yen)
        with self._cond:
            self._ready(method)
            if self._waiting is not None:
                raise PaymentUnavailableError("another payment is in progress")
            waiting = _Waiting(amount_yen, method)
            self._waiting = waiting
        try:
            if method is Method.CASH:
                return self._authorize_cash(waiting, reference, timeout, on_progress)
            return self._authorize_ic(waiting, reference, timeout)
        finally:
            with self._cond:
                self._waiting = None

    def cancel(self) -> None:
        """Stop the ``authorize`` in progress; its cash goes back to the tray."""
        with self._cond:
            if self._waiting is not None:
                self._waiting.cancelled = True
                self._cond.notify_all()

    def capture(self, hold_id: str) -> Settlement:
        """Take the fee: escrow into the cash box and change out, or debit the IC card."""
        with self._cond:
            hold = self._open_hold(hold_id)
            if hold.method is Method.IC:
                balance = self.cards[hold.card_id] - hold.amount_yen
                self.cards[hold.card_id] = balance
                self._unreserve(hold)
                self._settle(hold, HoldState.CAPTURED)
                return Settlement(hold.id, hold.amount_yen, balance_after_yen=balance)
            for piece in hold.tendered:
                self.stock[piece] = self.stock.get(piece, 0) + 1
            owed = hold.inserted_yen - hold.amount_yen
            self.cashbox_yen += hold.amount_yen
            self._settle(hold, HoldState.CAPTURED)
            change = make_change(owed, self.stock) if owed else ()
            if "payout" in self._jam_at or change is None:
                self._jam_at.discard("payout")
                self.jammed = change is not None
                self.cashbox_yen += owed
                self._save()
                raise ChangeShortError("the change could not be paid out", owed_yen=owed)
            for piece in change:
                self.stock[piece] -= 1
            self.tray.extend(change)
            self._save()
            return Settlement(hold.id, hold.amount_yen, change=change)

    def release(self, hold_id: str) -> Refund:
        """Give the held money back: the same coins and notes, or drop the IC reservation."""
        with self._cond:
            hold = self._open_hold(hold_id)
            if hold.method is Method.IC:
                self._unreserve(hold)
                self._settle(hold, HoldState.RELEASED)
                return Refund(hold.id, reservation_dropped_yen=hold.amount_yen)
            if "refund" in self._jam_at:
                self._jam_at.discard("refund")
                self.jammed = True
                raise DeviceJamError(
                    "the escrow jammed while returning the cash", stuck_yen=hold.inserted_yen
                )
            self.tray.extend(hold.tendered)
            self._settle(hold, HoldState.RELEASED)
            return Refund(hold.id, returned=hold.tendered)

    def holds(self) -> list[Hold]:
        """Holds neither captured nor released, oldest first."""
        with self._cond:
            return [h for h in self._holds.values() if h.state is HoldState.HELD]

    def close(self) -> None:
        """Cancel a waiting payment and stop taking new ones."""
        self.cancel()
        with self._cond:
            self.closed = True

    # --- internals -----------------------------------------------------------------------

    @staticmethod
    def _check_pieces(pieces: tuple[int, ...]) -> None:
        unknown = [p for p in pieces if p not in DENOMINATIONS]
        if unknown:
            raise ValueError(f"not a yen coin or note: {unknown}")

    def _ready(self, method: Method) -> None:
        if self.closed or self.out_of_service:
            raise PaymentUnavailableError("the payment unit is out of service")
        if method is Method.CASH and self.jammed and self.cash_enabled:
            raise DeviceJamError("the cash unit is jammed")
        if method not in self.methods():
            raise MethodUnavailableError(f"this unit does not take {method.value} payments")

    def _take_piece(self, waiting: _Waiting, piece: int) -> None:
        if "insert" in self._jam_at:
            self._jam_at.discard("insert")
            self.jammed = True
            waiting.tendered.append(piece)
            return
        inserted = sum(waiting.tendered)
        if inserted >= waiting.amount:
            self.tray.append(piece)  # already enough: the unit hands it straight back
            return
        over = inserted + piece - waiting.amount
        pool = dict(self.stock)
        for held in waiting.tendered:
            pool[held] = pool.get(held, 0) + 1
        if over > 0 and make_change(over, pool) is None:
            self.rejected.append(piece)
            self.tray.append(piece)  # the unit cannot give change for it
            return
        waiting.tendered.append(piece)

    def _authorize_cash(
        self,
        waiting: _Waiting,
        reference: str,
        timeout: float,
        on_progress: ProgressCallback | None,
    ) -> Hold:
        deadline = time.monotonic() + timeout
        reported = 0
        while True:
            with self._cond:
                if self._queued_cash:
                    queued, self._queued_cash = self._queued_cash, []
                    for piece in queued:
                        self._take_piece(waiting, piece)
                inserted = sum(waiting.tendered)
                if self.jammed:
                    raise DeviceJamError("a coin or note is stuck", stuck_yen=inserted)
                if waiting.cancelled or self.closed:
                    self.tray.extend(waiting.tendered)
                    raise PaymentCancelledError(returned_yen=inserted)
                if inserted >= waiting.amount:
                    return self._new_hold(
                        Method.CASH, waiting.amount, reference, tendered=tuple(waiting.tendered)
                    )
                left = deadline - time.monotonic()
                if left <= 0:
                    self.tray.extend(waiting.tendered)
                    raise PaymentTimeoutError("no money came in time", returned_yen=inserted)
                if inserted == reported:
                    self._cond.wait(min(left, 0.5))
                    continue
            reported = inserted
            if on_progress is not None:
                on_progress(inserted)

    def _authorize_ic(self, waiting: _Waiting, reference: str, timeout: float) -> Hold:
        deadline = time.monotonic() + timeout
        with self._cond:
            while self._card_present is None:
                if waiting.cancelled or self.closed:
                    raise PaymentCancelledError()
                left = deadline - time.monotonic()
                if left <= 0:
                    raise PaymentTimeoutError("no IC card was held to the reader")
                self._cond.wait(min(left, 0.5))
            card = self._card_present
            if card not in self.cards:
                raise CardReadError("the IC card is not an e-money card this unit knows")
            available = self.cards[card] - self.reserved.get(card, 0)
            if available < waiting.amount:
                raise InsufficientFundsError(balance_yen=available)
            self.reserved[card] = self.reserved.get(card, 0) + waiting.amount
            return self._new_hold(Method.IC, waiting.amount, reference, card_id=card)

    def _new_hold(
        self,
        method: Method,
        amount: int,
        reference: str,
        *,
        tendered: tuple[int, ...] = (),
        card_id: str = "",
    ) -> Hold:
        hold = Hold(
            "H" + secrets.token_hex(8), method, amount, reference, tendered, card_id=card_id
        )
        self._holds[hold.id] = hold
        self._save()
        return hold

    def _open_hold(self, hold_id: str) -> Hold:
        if self.closed or self.out_of_service:
            raise PaymentUnavailableError("the payment unit is out of service")
        hold = self._holds.get(hold_id)
        if hold is None:
            raise HoldStateError("no such hold")
        if hold.state is not HoldState.HELD:
            raise HoldStateError(f"the hold is already {hold.state.value}")
        return hold

    def _unreserve(self, hold: Hold) -> None:
        self.reserved[hold.card_id] = self.reserved.get(hold.card_id, 0) - hold.amount_yen
        if self.reserved[hold.card_id] <= 0:
            del self.reserved[hold.card_id]

    def _settle(self, hold: Hold, state: HoldState) -> None:
        self._holds[hold.id] = replace(hold, state=state)
        self._save()

    def _save(self) -> None:
        if self.state_file is None:
            return
        data = {
            "stock": {str(k): v for k, v in self.stock.items()},
            "cashbox_yen": self.cashbox_yen,
            "cards": self.cards,
            "reserved": self.reserved,
            "holds": [
                {
                    "id": h.id,
                    "method": h.method.value,
                    "amount_yen": h.amount_yen,
                    "reference": h.reference,
                    "tendered": list(h.tendered),
                    "card_id": h.card_id,
                    "state": h.state.value,
                }
                for h in self._holds.values()
            ],
        }
        tmp = self.state_file.with_name(self.state_file.name + ".tmp")
        with open(tmp, "w", encoding="utf-8") as out:
            json.dump(data, out)
            out.flush()
            os.fsync(out.fileno())
        tmp.replace(self.state_file)

    def _load(self, path: Path) -> None:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            self.stock = {int(k): int(v) for k, v in data["stock"].items()}
            self.cashbox_yen = int(data["cashbox_yen"])
            self.cards = {str(k): int(v) for k, v in data["cards"].items()}
            self.reserved = {str(k): int(v) for k, v in data["reserved"].items()}
            for raw in data["holds"]:
                hold = Hold(
                    raw["id"],
                    Method(raw["method"]),
                    int(raw["amount_yen"]),
                    raw["reference"],
                    tuple(int(p) for p in raw["tendered"]),
                    card_id=raw["card_id"],
                    state=HoldState(raw["state"]),
                )
                self._holds[hold.id] = hold
        except (OSError, ValueError, KeyError, TypeError) as err:
            raise DeviceConfigError(f"unreadable payment emulator state: {err}") from err


def open_url(url: SplitResult) -> EmulatedPaymentUnit:
    """``emulated://payment?cash=1&ic=1&state=/var/lib/machikado/payment.json``."""
    query = parse_qs(url.query)
    unknown = set(query) - {"cash", "ic", "state"}
    if unknown:
        raise DeviceConfigError(
            f"emulated payment does not know the option(s) {', '.join(sorted(unknown))}"
        )

    def flag(name: str) -> bool:
        value = query.get(name, ["1"])[0]
        if value not in ("0", "1"):
            raise DeviceConfigError(f"emulated payment: {name}= must be 0 or 1")
        return value == "1"

    state = query.get("state", [None])[0]
    return EmulatedPaymentUnit(
        cash=flag("cash"), ic=flag("ic"), state_file=Path(state) if state else None
    )
