"""A planted PIN and name never reach logs or exception text, on either transport."""

from __future__ import annotations

import logging
import re
import traceback

import pytest

from devices.smartcard.errors import CardError, WrongPinError
from devices.smartcard.pin import Pin
from devices.smartcard.session import MyNumberCard

from .conftest import PIN, RESIDENT

WRONG = "7390"


def _texts(err: BaseException) -> str:
    return "".join(traceback.format_exception(err)) + repr(err.args) + repr(vars(err))


def test_planted_pin_and_name_never_leak(harness, records, caplog):
    caplog.set_level(logging.DEBUG)
    card = records["my_number"].build()
    harness.insert(card)
    errors: list[BaseException] = []
    with harness.reader.transaction() as channel:
        session = MyNumberCard(channel)
        with pytest.raises(WrongPinError) as info:
            session.verify_auth_pin(Pin(WRONG))
        errors.append(info.value)
        four = session.read_basic_four(Pin(PIN))
        assert four.name == RESIDENT.name
        errors.append(ValueError(repr(four)))
        session.verify_auth_pin(Pin(PIN))
    card.script.remove_at_apdu = card.apdu_count + 2
    with pytest.raises(CardError) as info, harness.reader.transaction() as channel:
        MyNumberCard(channel).read_basic_four(Pin(PIN))
    errors.append(info.value)
    logged = caplog.text + "".join(repr(r.args) for r in caplog.records)
    secrets = [RESIDENT.name, RESIDENT.address, *pin_forms(PIN), *pin_forms(WRONG)]
    texts = [logged, *(_texts(err) for err in errors)]
    for text in texts:
        for secret in secrets:
            assert secret.lower() not in text.lower(), secret
        # APDU dumps come with any separator: the PIN's hex must not show under any of them.
        bare = re.sub(r"[\s:,-]|0x", "", text.lower())
        for pin in (PIN, WRONG):
            assert pin.encode().hex() not in bare, pin


def pin_forms(pin: str) -> list[str]:
    """The PIN as typed and as the bytes a VERIFY APDU carries, in the usual ways of writing hex."""
    data = pin.encode("ascii")
    return [
        pin,
        data.hex(),  # 34383231
        data.hex(" "),  # 34 38 32 31
        data.hex(":"),
        " ".join(f"0x{b:02x}" for b in data),
        repr(data),  # b'4821'
        repr(list(data)),  # [52, 56, 50, 49]
    ]


def test_the_pin_forms_are_those_of_the_planted_pin():
    assert PIN == "4821"
    assert pin_forms(PIN)[1:3] == ["34383231", "34 38 32 31"]
