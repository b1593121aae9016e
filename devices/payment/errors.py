"""Errors of payment units, each with the message key the kiosk words for residents."""

from __future__ import annotations

from devices.errors import DeviceError, DeviceUnavailableError


class PaymentError(DeviceError):
    """The payment unit failed or refused."""

    key = "payment.error"


class PaymentUnavailableError(PaymentError, DeviceUnavailableError):
    """The payment unit is out of service (switched off, door open, not answering)."""

    key = "payment.unavailable"


class MethodUnavailableError(PaymentError):
    """This unit cannot take that method (no IC reader, cash side closed)."""

    key = "payment.method_unavailable"


class InsufficientFundsError(PaymentError):
    """The IC card's balance is below the amount; nothing was reserved or taken."""

    key = "payment.insufficient_funds"

    def __init__(self, message: str = "", *, balance_yen: int = 0) -> None:
        super().__init__(message or "the card's balance is too low")
        self.balance_yen = balance_yen


class CardReadError(PaymentError):
    """The IC card could not be read (moved away too early, unknown card)."""

    key = "payment.card_read"


class PaymentCancelledError(PaymentError):
    """The payment was cancelled before it was complete; any cash inserted was returned."""

    key = "payment.cancelled"

    def __init__(self, message: str = "", *, returned_yen: int = 0) -> None:
        super().__init__(message or "the payment was cancelled")
        self.returned_yen = returned_yen


class PaymentTimeoutError(PaymentCancelledError):
    """The money did not come in time; any cash inserted was returned."""

    key = "payment.timeout"


class DeviceJamError(PaymentError):
    """Coins or notes are stuck; ``stuck_yen`` is money inside the unit that staff must return."""

    key = "payment.jam"

    def __init__(self, message: str = "", *, stuck_yen: int = 0) -> None:
        super().__init__(message or "the cash unit is jammed")
        self.stuck_yen = stuck_yen


class ChangeShortError(PaymentError):
    """The fee was taken but not all change came out; ``owed_yen`` is what staff must pay."""

    key = "payment.change_short"

    def __init__(self, message: str = "", *, owed_yen: int = 0) -> None:
        super().__init__(message or "not all change could be paid out")
        self.owed_yen = owed_yen


class HoldStateError(PaymentError):
    """The hold is unknown or already settled (captured or released)."""

    key = "payment.hold_state"
