"""PINs: format checked up front, wiped after use, never shown."""

from __future__ import annotations

import pickle

import pytest

from devices.smartcard.errors import PinFormatError
from devices.smartcard.pin import Pin


def test_a_pin_hides_its_digits_and_wipes_them():
    pin = Pin("4821")
    assert "4821" not in repr(pin) and "4821" not in str(pin) and "4821" not in f"{pin}"
    buffer = pin.take()
    assert bytes(buffer) == b"4821"
    pin.clear()
    assert pin.cleared and bytes(buffer) == b""
    with pytest.raises(PinFormatError):
        pin.take()


def test_context_manager_clears():
    with Pin("4821") as pin:
        pass
    assert pin.cleared


@pytest.mark.parametrize("typed", ["482", "48211", "48a1", "４８２１", "", " 4821"])
def test_format_errors_never_echo_the_input(typed):
    with pytest.raises(PinFormatError) as info:
        Pin(typed)
    assert typed.strip() == "" or typed not in str(info.value)
    assert info.value.key == "card.pin_format"


def test_a_pin_cannot_be_pickled():
    with pytest.raises(TypeError):
        pickle.dumps(Pin("4821"))
