"""A live device: whichever the monitor has open now, or the device's own unavailable error."""

import pytest

from devices.live import LiveDevice, device_source
from devices.payment.emulator import EmulatedPaymentUnit
from devices.payment.errors import PaymentUnavailableError


def test_a_live_device_follows_its_lookup():
    opened: dict[str, EmulatedPaymentUnit] = {}
    live = LiveDevice(lambda: opened.get("payment"), lambda: PaymentUnavailableError("not open"))
    with pytest.raises(PaymentUnavailableError):
        live.get()
    unit = EmulatedPaymentUnit(ic=False)
    opened["payment"] = unit
    assert live.get() is unit
    assert device_source(live)() is unit


def test_a_fixed_device_is_its_own_source():
    unit = EmulatedPaymentUnit(ic=False)
    assert device_source(unit)() is unit
