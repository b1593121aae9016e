"""One contract for both card readers: pyscard via pcscd+vpcd, and the in-process emulator."""

from __future__ import annotations

import hashlib
import time

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding

from devices.smartcard import apdu
from devices.smartcard.errors import (
    CardError,
    CardRemovedError,
    CardStatusError,
    MalformedCardDataError,
    NoCardError,
    NotMyNumberCardError,
    OldJukiCardError,
    PinBlockedError,
    PinFormatError,
    PinNotVerifiedError,
    ReaderBusyError,
    ReaderGoneError,
    WrongPinError,
)
from devices.smartcard.interface import CardEventKind
from devices.smartcard.mynumber import JPKI_AID, SUPPORT_AID, CardKind, JpkiFile, Sex, SupportFile
from devices.smartcard.pin import Pin
from devices.smartcard.session import MyNumberCard

from .conftest import PIN, RESIDENT, wait_for

# spec §1.6: select AP, token (select, read), cert (select, header, rest), PIN (select, tries,
# verify), key (select, sign)
MINIMAL_APDUS = 11
CHALLENGE = hashlib.sha256(b"machikado challenge").digest()


def run_sequence(card: MyNumberCard, pin: Pin) -> tuple[bytes, bytes]:
    """identify → read certificate → tries left → verify → sign, as the certificate flow does."""
    with pin:
        card.identify()
        certificate = card.read_auth_certificate()
        assert card.auth_pin_tries_left() > 0
        card.verify_auth_pin(pin)
        return certificate, card.sign_sha256(CHALLENGE)


def verify_attempts(card) -> list[bytes]:
    """The VERIFY commands that carried a PIN."""
    return [c for c in card.commands if c[1] == apdu.INS_VERIFY and len(c) > 4]


def test_full_sequence_signs_verifiably_with_the_minimal_apdu_count(harness, records, demo_ca):
    card = records["my_number"].build()
    harness.insert(card)
    with harness.reader.transaction() as channel:
        session = MyNumberCard(channel)
        certificate, signature = run_sequence(session, Pin(PIN))
        assert session.apdu_count == MINIMAL_APDUS
    assert certificate == records["my_number"].auth_cert
    cert = x509.load_der_x509_certificate(certificate)
    cert.verify_directly_issued_by(demo_ca.certificate)
    cert.public_key().verify(signature, b"machikado challenge", padding.PKCS1v15(), hashes.SHA256())


def test_basic_four_is_read_and_parsed(harness, records):
    harness.insert(records["my_number"].build())
    with harness.reader.transaction() as channel:
        four = MyNumberCard(channel).read_basic_four(Pin(PIN))
    assert (four.name, four.address, four.birth_date, four.sex) == (
        RESIDENT.name,
        RESIDENT.address,
        "1985-04-12",
        Sex.FEMALE,
    )


def test_no_apdu_ever_touches_the_my_number_ef(harness, records):
    card = records["my_number"].build()
    harness.insert(card)
    with harness.reader.transaction() as channel:
        session = MyNumberCard(channel)
        run_sequence(session, Pin(PIN))
        session.read_basic_four(Pin(PIN))
        session.identify()
    assert not any(c.startswith(bytes.fromhex("00A4020C020001")) for c in card.commands)
    assert not any(c[1] == apdu.INS_READ_BINARY and c[2] & 0x80 for c in card.commands)
    assert (SUPPORT_AID, 0x0001) not in card.reads
    with harness.reader.transaction() as channel:
        session = MyNumberCard(channel)
        session.read_basic_four(Pin(PIN))
        before = len(card.commands)
        with pytest.raises(CardError) as info:
            session._send(apdu.select_ef(0x0001))
        assert info.value.key == "card.forbidden"
        assert len(card.commands) == before
    assert (SUPPORT_AID, SupportFile.BASIC_FOUR) in card.reads
    assert 0x0001 not in {f.value for f in SupportFile}


def test_wrong_pin_once_leaves_two_tries(harness, records):
    card = records["my_number"].build()
    harness.insert(card)
    with harness.reader.transaction() as channel:
        session = MyNumberCard(channel)
        session.identify()
        with pytest.raises(WrongPinError) as info:
            session.verify_auth_pin(Pin("0000"))
        assert info.value.tries_left == 2
        assert info.value.key == "card.wrong_pin"
        assert session.auth_pin_tries_left() == 2
    with harness.reader.transaction() as channel:
        assert MyNumberCard(channel).auth_pin_tries_left() == 2


def test_three_wrong_pins_block_and_the_fourth_is_never_sent(harness, records):
    card = records["my_number"].build()
    harness.insert(card)
    for expected_left in (2, 1):
        with harness.reader.transaction() as channel:
            with pytest.raises(WrongPinError) as info:
                MyNumberCard(channel).verify_auth_pin(Pin("0000"))
            assert info.value.tries_left == expected_left
    with harness.reader.transaction() as channel:
        with pytest.raises(PinBlockedError) as info:
            MyNumberCard(channel).verify_auth_pin(Pin("0000"))
        assert info.value.key == "card.pin_blocked"
    sent = len(verify_attempts(card))
    assert sent == 3
    with harness.reader.transaction() as channel:
        session = MyNumberCard(channel)
        assert session.auth_pin_tries_left() == 0
        with pytest.raises(PinBlockedError):
            session.verify_auth_pin(Pin(PIN))
    assert len(verify_attempts(card)) == sent


@pytest.mark.parametrize("blocked_sw", [0x63C0, 0x6984])
def test_an_already_blocked_card_is_reported_without_a_guess(harness, records, blocked_sw):
    records["my_number"].pins["auth"].tries_left = 0
    card = records["my_number"].build()
    card.script.blocked_query_sw = blocked_sw
    harness.insert(card)
    with harness.reader.transaction() as channel:
        session = MyNumberCard(channel)
        session.identify()
        assert session.auth_pin_tries_left() == 0
        pin = Pin(PIN)
        with pytest.raises(PinBlockedError):
            session.verify_auth_pin(pin)
        assert pin.cleared
    assert verify_attempts(card) == []


@pytest.mark.parametrize("typed", ["123", "12345", "12a4", "１２３４", "", "12 4"])
def test_pin_format_errors_are_caught_before_anything_is_sent(harness, records, typed):
    card = records["my_number"].build()
    harness.insert(card)
    with pytest.raises(PinFormatError) as info:
        Pin(typed)
    assert info.value.key == "card.pin_format"
    assert card.commands == []


def test_signing_needs_the_pin_in_the_same_transaction(harness, records):
    card = records["my_number"].build()
    harness.insert(card)
    with harness.reader.transaction() as channel:
        MyNumberCard(channel).verify_auth_pin(Pin(PIN))
    with harness.reader.transaction() as channel:
        session = MyNumberCard(channel)
        with pytest.raises(PinNotVerifiedError):
            session.sign_sha256(CHALLENGE)
        assert session.apdu_count == 0
        # The card itself forgot the PIN too: ask it directly.
        for command in (apdu.select_aid(JPKI_AID), apdu.select_ef(JpkiFile.AUTH_KEY)):
            assert apdu.split_response(channel.transmit(command)).ok
        raw = channel.transmit(apdu.compute_signature(b"\x30" * 51))
        assert apdu.split_response(raw).sw == apdu.SW_SECURITY_NOT_SATISFIED


def test_a_non_jpki_card_is_not_a_my_number_card(harness, records):
    harness.insert(records["other"].build())
    with harness.reader.transaction() as channel, pytest.raises(NotMyNumberCardError) as info:
        MyNumberCard(channel).identify()
    assert info.value.key == "card.not_my_number_card"
    assert not isinstance(info.value, OldJukiCardError)


def test_an_old_juki_card_has_its_own_error(harness, records):
    harness.insert(records["juki"].build())
    with harness.reader.transaction() as channel, pytest.raises(OldJukiCardError) as info:
        MyNumberCard(channel).identify()
    assert info.value.key == "card.old_juki_card"


def test_a_der_length_that_overruns_the_file_is_malformed_data(harness, records):
    card = records["my_number"].build()
    cert_file = card.applications[JPKI_AID].files[JpkiFile.AUTH_CERT]
    cert_file.content = cert_file.content[:-300]
    harness.insert(card)
    with harness.reader.transaction() as channel, pytest.raises(MalformedCardDataError) as info:
        MyNumberCard(channel).read_auth_certificate()
    assert info.value.key == "card.malformed_data"


@pytest.mark.parametrize(
    "content", [b"\x30\x84\x00\x00\x00\x10" + bytes(16), b"\x04\x03abc", b"\x30\x03\x02\x01\x00"]
)
def test_a_broken_certificate_header_or_body_is_malformed_data(harness, records, content):
    card = records["my_number"].build()
    card.applications[JPKI_AID].files[JpkiFile.AUTH_CERT].content = content
    harness.insert(card)
    with harness.reader.transaction() as channel, pytest.raises(MalformedCardDataError):
        MyNumberCard(channel).read_auth_certificate()


def test_a_broken_basic_four_tlv_is_malformed_data(harness, records):
    card = records["my_number"].build()
    four = card.applications[SUPPORT_AID].files[SupportFile.BASIC_FOUR]
    four.content = four.content[:5] + b"\xdf\x22\x7f" + four.content[8:]
    harness.insert(card)
    with harness.reader.transaction() as channel, pytest.raises(MalformedCardDataError):
        MyNumberCard(channel).read_basic_four(Pin(PIN))


def test_an_unexpected_status_word_carries_its_value(harness, records):
    card = records["my_number"].build()
    del card.applications[JPKI_AID].files[JpkiFile.AUTH_CERT]
    harness.insert(card)
    with harness.reader.transaction() as channel, pytest.raises(CardStatusError) as info:
        MyNumberCard(channel).read_auth_certificate()
    assert info.value.sw == 0x6A82
    assert info.value.key == "card.unexpected_status"
    assert "6A82" in str(info.value)


def test_no_card_in_the_reader(harness):
    with pytest.raises(NoCardError) as info, harness.reader.transaction():
        pass
    assert info.value.key == "card.no_card"
    with pytest.raises(NoCardError), harness.reader.transaction(harness.names[0]):
        pass


def test_one_transaction_at_a_time(harness, records):
    harness.insert(records["my_number"].build())
    first = harness.reader.transaction(harness.names[0])
    second = harness.reader.transaction(harness.names[0])
    with first, pytest.raises(ReaderBusyError) as info, second:
        pass
    assert info.value.key == "card.reader_busy"
    with harness.reader.transaction(harness.names[0]) as channel:
        assert MyNumberCard(channel).auth_pin_tries_left() == 3


def test_several_residents_cards_in_two_readers(harness, records, demo_ca):
    from devices.smartcard.emulator.factory import Resident, issue_card

    other = issue_card(demo_ca, Resident("別人 次郎", "まちかど市港町1", "19700101", "1"))
    harness.insert(records["my_number"].build(), 0)
    harness.insert(other.build(), 1)
    seen = []
    for name in harness.names[:2]:
        with harness.reader.transaction(name) as channel:
            seen.append(MyNumberCard(channel).read_auth_certificate())
    assert seen == [records["my_number"].auth_cert, other.auth_cert]


def test_card_events_arrive_for_insertion_and_removal(harness, records):
    events = []
    unsubscribe = harness.reader.subscribe(events.append)
    card = records["my_number"].build()
    harness.insert(card)
    wait_for(lambda: any(e.kind is CardEventKind.CARD_INSERTED for e in events), "insertion")
    inserted = next(e for e in events if e.kind is CardEventKind.CARD_INSERTED)
    assert inserted.reader == harness.names[0]
    assert inserted.atr == card.atr
    with harness.reader.transaction() as channel:
        MyNumberCard(channel).identify()
    time.sleep(1.5)
    card_events = [e.kind for e in events if e.reader == harness.names[0]]
    assert card_events.count(CardEventKind.CARD_INSERTED) == 1
    assert CardEventKind.CARD_REMOVED not in card_events
    harness.remove()
    wait_for(lambda: any(e.kind is CardEventKind.CARD_REMOVED for e in events), "removal")
    unsubscribe()


@pytest.mark.parametrize("pull_at", range(1, MINIMAL_APDUS + 1))
def test_card_pulled_at_every_apdu_ends_in_card_removed(harness, records, pull_at):
    card = records["my_number"].build()
    harness.insert(card)
    card.script.remove_at_apdu = pull_at
    pin = Pin(PIN)
    with pytest.raises(CardRemovedError) as info, harness.reader.transaction() as channel:
        session = MyNumberCard(channel)
        try:
            run_sequence(session, pin)
        finally:
            sent = session.apdu_count
        with pytest.raises(CardRemovedError):
            session.identify()
    assert info.value.key == "card.removed"
    assert sent == pull_at
    assert pin.cleared
    harness.reinsert_after_pull(card)
    with harness.reader.transaction() as channel:
        session = MyNumberCard(channel)
        assert session.auth_pin_tries_left() == 3
        with pytest.raises(PinNotVerifiedError):
            session.sign_sha256(CHALLENGE)


def test_subscribers_hear_of_the_readers_and_can_leave(harness):
    events = []
    unsubscribe = harness.reader.subscribe(events.append)
    wait_for(lambda: len(events) >= 2, "the readers to be announced")
    assert {e.reader for e in events if e.kind is CardEventKind.READER_ADDED} >= set(
        harness.names[:2]
    )
    unsubscribe()


def test_a_card_without_extended_apdus_is_read_in_short_chunks(harness, records):
    card = records["my_number"].build()
    card.script.extended_apdus = False
    harness.insert(card)
    with harness.reader.transaction() as channel:
        session = MyNumberCard(channel)
        assert session.read_auth_certificate() == records["my_number"].auth_cert
        first = session.apdu_count
        assert session.read_auth_ca_certificate() == records["my_number"].ca_cert
        assert session.apdu_count - first == 1 + -(-len(records["my_number"].ca_cert) // 256)
    refused = [c for c in card.commands if len(c) == 7 and c[1] == apdu.INS_READ_BINARY]
    assert len(refused) == 1


def test_health_and_unknown_readers(harness):
    assert harness.reader.health().available
    with pytest.raises(ReaderGoneError) as info, harness.reader.transaction("No Such Reader 00 00"):
        pass
    assert info.value.key == "card.reader_gone"


def test_identify_names_a_my_number_card(harness, records):
    harness.insert(records["my_number"].build())
    with harness.reader.transaction() as channel:
        assert MyNumberCard(channel).identify() is CardKind.MY_NUMBER


def test_a_late_subscriber_hears_of_the_card_already_there(harness, records):
    card = records["my_number"].build()
    harness.insert(card)
    first = []
    harness.reader.subscribe(first.append)
    wait_for(lambda: any(e.kind is CardEventKind.CARD_INSERTED for e in first), "first")
    late = []
    unsubscribe = harness.reader.subscribe(late.append)
    inserted = [e for e in late if e.kind is CardEventKind.CARD_INSERTED]
    assert [(e.reader, e.atr) for e in inserted] == [(harness.names[0], card.atr)]
    unsubscribe()
    harness.remove()
    wait_for(lambda: any(e.kind is CardEventKind.CARD_REMOVED for e in first), "removal")
    assert not any(e.kind is CardEventKind.CARD_REMOVED for e in late)
