"""The card port over both readers: pyscard → pcscd → vpcd → emulator, and in-process."""

import hashlib
import logging

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding
from cryptography.hazmat.primitives.asymmetric.utils import Prehashed

from devices.smartcard.emulator.inprocess import EmulatedCardReader
from kiosk.blocks.identity.card_adapter import CardAdapter
from kiosk.blocks.identity.ports import CardError, CardRemovedError, PinBlockedError, WrongPinError
from tests.devices.smartcard import conftest as cards
from tests.devices.smartcard.conftest import PIN, Harness, wait_for

# The card fixtures of the device tests (pcscd + vpcd, both readers, demo cards), reused.
harness = cards.harness
records = cards.records
demo_ca = cards.demo_ca
_record_templates = cards._record_templates

CHALLENGE = hashlib.sha256(b"machikado|kiosk|nonce").digest()


def adapter_for(harness):
    return CardAdapter(harness.reader, harness.names[0])


def assert_signed(proof, challenge=CHALLENGE):
    key = x509.load_der_x509_certificate(proof.certificate).public_key()
    key.verify(proof.signature, challenge, padding.PKCS1v15(), Prehashed(hashes.SHA256()))


def test_check_and_prove_sign_the_challenge_and_wipe_the_pin(harness, records, caplog):
    caplog.set_level(logging.DEBUG)
    card = records["my_number"].build()
    harness.insert(card)
    port = adapter_for(harness)
    assert port.present()
    assert port.check() == 3
    pin = bytearray(PIN.encode())
    proof = port.prove(pin, CHALLENGE)
    assert pin == bytearray()
    assert_signed(proof)
    assert proof.certificate == records["my_number"].auth_cert
    assert PIN not in caplog.text
    harness.remove()
    assert not port.present()


def test_wrong_pins_count_down_then_block(harness, records, caplog):
    caplog.set_level(logging.DEBUG)
    harness.insert(records["my_number"].build())
    port = adapter_for(harness)
    for left in (2, 1):
        pin = bytearray(b"0000")
        with pytest.raises(WrongPinError) as err:
            port.prove(pin, CHALLENGE)
        assert (err.value.key, err.value.tries_left) == ("card.wrong_pin", left)
        assert pin == bytearray()
        assert port.check() == left
    pin = bytearray(b"0000")
    with pytest.raises(PinBlockedError) as blocked:
        port.prove(pin, CHALLENGE)
    assert blocked.value.key == "card.pin_blocked" and pin == bytearray()
    assert port.check() == 0
    with pytest.raises(PinBlockedError):  # even the right PIN is refused now
        port.prove(bytearray(PIN.encode()), CHALLENGE)
    assert PIN not in caplog.text


def test_a_card_pulled_during_prove_is_removed_and_the_pin_is_wiped(harness, records):
    card = records["my_number"].build()
    harness.insert(card)
    port = adapter_for(harness)
    card.script.remove_at_apdu = card.apdu_count + 6  # during the certificate read or the PIN
    pin = bytearray(PIN.encode())
    with pytest.raises(CardRemovedError) as err:
        port.prove(pin, CHALLENGE)
    assert err.value.key == "card.removed" and pin == bytearray()
    harness.reinsert_after_pull(card)
    assert port.check() == 3  # no try was used


@pytest.mark.parametrize(
    ("kind", "key"), [("other", "card.not_my_number_card"), ("juki", "card.old_juki_card")]
)
def test_cards_that_are_not_my_number_cards(harness, records, kind, key):
    harness.insert(records[kind].build())
    port = adapter_for(harness)
    with pytest.raises(CardError) as err:
        port.check()
    assert err.value.key == key
    pin = bytearray(PIN.encode())
    with pytest.raises(CardError) as err:
        port.prove(pin, CHALLENGE)
    assert err.value.key == key and pin == bytearray()


def test_malformed_pin_costs_no_try_and_is_wiped(records):
    reader = EmulatedCardReader()
    reader.insert(records["my_number"].build())
    port = CardAdapter(reader)
    pin = bytearray(b"12a4")
    with pytest.raises(CardError) as err:
        port.prove(pin, CHALLENGE)
    assert err.value.key == "card.pin_format" and pin == bytearray()
    assert port.check() == 3


def test_no_reader_and_no_card(records):
    opened = []
    port = CardAdapter(lambda: opened[0] if opened else None)
    assert not port.present()
    with pytest.raises(CardError) as err:
        port.check()
    assert err.value.key == "card.no_reader"
    pin = bytearray(PIN.encode())
    with pytest.raises(CardError):
        port.prove(pin, CHALLENGE)
    assert pin == bytearray()
    opened.append(EmulatedCardReader())
    with pytest.raises(CardError) as err:
        port.check()
    assert err.value.key == "card.no_card"


def test_card_events_reach_subscribers_once_the_reader_opens(records):
    opened = []
    port = CardAdapter(lambda: opened[0] if opened else None)
    seen = []
    unsubscribe = port.subscribe(seen.append)
    reader = EmulatedCardReader()
    reader.insert(records["my_number"].build())
    opened.append(reader)
    port.refresh()
    assert seen == [True]  # the card already on the reader
    reader.remove()
    reader.insert(records["juki"].build())
    assert seen == [True, False, True]
    late = []
    port.subscribe(late.append)
    assert late == [True]
    unsubscribe()
    reader.remove()
    assert seen == [True, False, True] and late == [True, False]
    port.close()
    reader.insert(records["my_number"].build())
    assert late == [True, False]


def test_card_events_through_pcscd(pcscd, records):
    harness = Harness("pcsc")
    try:
        port = CardAdapter(harness.reader, harness.names[0])
        seen = []
        port.subscribe(seen.append)
        harness.insert(records["my_number"].build())
        wait_for(lambda: True in seen, "the insertion event")
        harness.remove()
        wait_for(lambda: seen and seen[-1] is False, "the removal event")
        port.close()
    finally:
        harness.close()
