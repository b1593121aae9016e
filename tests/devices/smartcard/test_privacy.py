"""A planted PIN and name never reach logs or exception text, on either transport."""

from __future__ import annotations

import logging
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
    for secret in (PIN, WRONG, PIN.encode().hex(), "31 32", RESIDENT.name, RESIDENT.address):
        assert secret not in logged
        for err in errors:
            assert secret not in _texts(err)
