"""The certificate flow's payment port over the payment unit: hold, then take or give back."""

from __future__ import annotations

import logging

from devices.live import LiveDevice, device_source
from devices.payment.errors import PaymentError as DevicePaymentError
from devices.payment.model import Method, PaymentUnit
from kiosk.blocks.checkout.ports import Held, PaymentError, Taken
from kiosk.shell.core.jobs import Progress

log = logging.getLogger(__name__)

# The order methods are offered in on the screen.
_ORDER = (Method.CASH, Method.IC)


def _method(name: str) -> Method:
    try:
        return Method(name)
    except ValueError as err:
        raise PaymentError("payment.method_unavailable", f"unknown method {name!r}") from err


def _translate(err: DevicePaymentError) -> PaymentError:
    log.warning("payment unit: %s", err.key)
    return PaymentError(err.key, str(err))


class PaymentAdapter:
    """The checkout's ``PaymentPort`` over a PaymentUnit (or whichever the monitor has open).

    Errors keep the unit's own message keys ('payment.timeout', 'payment.cancelled',
    'payment.jam', 'payment.insufficient_funds', 'payment.change_short', …).
    """

    def __init__(
        self, unit: PaymentUnit | LiveDevice[PaymentUnit], *, timeout_s: float = 120.0
    ) -> None:
        self._unit = device_source(unit)
        self.timeout_s = timeout_s

    def methods(self) -> list[str]:
        """Methods the unit takes right now, cash first."""
        available = self._unit().methods()
        return [method.value for method in _ORDER if method in available]

    def hold(self, amount_yen: int, method: str, reference: str, progress: Progress) -> Held:
        """Wait for the money and hold it; ``progress`` gets the cash inserted so far (yen)."""
        try:
            hold = self._unit().authorize(
                amount_yen,
                _method(method),
                reference,
                timeout=self.timeout_s,
                on_progress=progress,
            )
        except DevicePaymentError as err:
            raise _translate(err) from err
        return Held(hold.id, hold.amount_yen, hold.method.value, hold.inserted_yen)

    def cancel(self) -> None:
        """Stop a waiting hold; inserted cash comes back to the tray."""
        self._unit().cancel()

    def take(self, hold_id: str) -> Taken:
        """Take the held fee and pay the change."""
        try:
            settlement = self._unit().capture(hold_id)
        except DevicePaymentError as err:
            raise _translate(err) from err
        return Taken(settlement.taken_yen, settlement.change_yen)

    def give_back(self, hold_id: str) -> int:
        """Give the hold back in full: the cash returned, or the IC reservation dropped (yen)."""
        try:
            refund = self._unit().release(hold_id)
        except DevicePaymentError as err:
            raise _translate(err) from err
        return refund.returned_yen or refund.reservation_dropped_yen
