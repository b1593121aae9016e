"""The pure codec: APDU encoding/parsing, BER-TLV, DER lengths, the card's data formats."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from devices.smartcard import apdu
from devices.smartcard.emulator.card import basic_four_tlv, my_number_ef, token
from devices.smartcard.errors import MalformedCardDataError
from devices.smartcard.mynumber import (
    CardKind,
    Sex,
    card_kind_from_token,
    parse_basic_four,
    sha256_digest_info,
)
from devices.smartcard.tlv import (
    TlvError,
    der_total_length,
    encode_tlv,
    iter_tlv,
    parse_one,
)


def test_spec_apdus_byte_for_byte():
    assert apdu.select_aid(bytes.fromhex("D392F000260100000001")) == bytes.fromhex(
        "00A4040C0AD392F000260100000001"
    )
    assert apdu.select_ef(0x000A) == bytes.fromhex("00A4020C02000A")
    assert apdu.read_binary(0, 4) == bytes.fromhex("00B0000004")
    assert apdu.read_binary(0x100, 256) == bytes.fromhex("00B0010000")
    assert apdu.read_binary(4, 0x61F, extended=True) == bytes.fromhex("00B00004" + "00061F")
    assert apdu.verify_status() == bytes.fromhex("00200080")
    assert bytes(apdu.verify(b"1234")) == bytes.fromhex("002000800431323334")
    signed = apdu.compute_signature(sha256_digest_info(bytes(32)))
    assert signed[:5] == bytes.fromhex("802A008033") and signed[-1] == 0 and len(signed) == 57


@given(
    st.integers(0, 255),
    st.integers(0, 255),
    st.binary(max_size=300),
    st.one_of(st.none(), st.integers(1, 0x10000)),
)
def test_encode_then_parse_round_trips(ins, p1, data, le):
    command = apdu.Command(0x00, ins, p1, 0x00, data, le)
    assert apdu.parse(apdu.encode(command)) == command


@pytest.mark.parametrize("raw", ["00", "00A404", "00A4040C05D392", "00A4040C0000"])
def test_malformed_command_apdus_are_refused(raw):
    with pytest.raises(apdu.ApduFormatError):
        apdu.parse(bytes.fromhex(raw))


def test_responses_split_and_tries_left():
    assert apdu.split_response(b"\x01\x02\x90\x00") == apdu.Response(b"\x01\x02", 0x9000)
    with pytest.raises(apdu.ApduFormatError):
        apdu.split_response(b"\x90")
    assert apdu.tries_left(0x63C2) == 2
    assert apdu.tries_left(0x63C0) == 0
    assert apdu.tries_left(0x6984) is None


def test_read_binary_limits():
    with pytest.raises(apdu.ApduFormatError):
        apdu.read_binary(0x8000, 1)
    with pytest.raises(apdu.ApduFormatError):
        apdu.read_binary(0, 0)


@pytest.mark.parametrize(
    ("header", "total"),
    [("308206 1F", 0x623), ("3081C8", 0xCB), ("3005", 7), ("30830100 00", 0x10005)],
)
def test_der_total_length_in_every_length_form(header, total):
    assert der_total_length(bytes.fromhex(header.replace(" ", ""))) == total


@pytest.mark.parametrize("header", ["30", "3082", "3080", "3085 0000000001", ""])
def test_broken_der_headers(header):
    with pytest.raises(TlvError):
        der_total_length(bytes.fromhex(header.replace(" ", "")))


TAGS = st.sampled_from([0x04, 0xDF22, 0x5F37, 0xFF20])


@given(st.lists(st.tuples(TAGS, st.binary(max_size=400))))
def test_tlv_round_trip(items):
    data = b"".join(encode_tlv(tag, value) for tag, value in items)
    assert [(t.tag, t.value) for t in iter_tlv(data)] == items


def test_tlv_overrun_and_padding():
    with pytest.raises(TlvError):
        list(iter_tlv(bytes.fromhex("DF2205414243")))
    assert [t.value for t in iter_tlv(bytes.fromhex("0401AAFFFFFF"))] == [b"\xaa"]
    tlv, used = parse_one(bytes.fromhex("FF2003DF2100FFFF"))
    assert (tlv.tag, used, tlv.constructed) == (0xFF20, 6, True)


def test_tokens_classify_cards():
    assert card_kind_from_token(token("JPKIAPICCTOKEN2")) is CardKind.MY_NUMBER
    assert card_kind_from_token(token("JPKIAPICCTOKEN")) is CardKind.JUKI
    assert card_kind_from_token(b"JPKIAPICCTOKEN2\x00\x00") is CardKind.MY_NUMBER
    assert card_kind_from_token(token("JPKIAPGPSETOKEN")) is CardKind.OTHER
    assert card_kind_from_token(b"\xff" * 32) is CardKind.OTHER


def test_basic_four_parses_long_form_lengths():
    address = "まちかど市" + "中央一丁目" * 20
    four = parse_basic_four(basic_four_tlv("山田 太郎", address, "19800101", "1"))
    assert (four.name, four.address, four.birth_date, four.sex) == (
        "山田 太郎",
        address,
        "1980-01-01",
        Sex.MALE,
    )
    assert "山田" not in repr(four)


@pytest.mark.parametrize(
    "data",
    [
        bytes.fromhex("FF2003DF2100"),
        bytes.fromhex("FE2000"),
        basic_four_tlv("a", "b", "1980010X", "1"),
        basic_four_tlv("a", "b", "19800101", "7"),
        basic_four_tlv("a", "b", "19800101", "1")[:-3],
        encode_tlv(
            0xFF20,
            encode_tlv(0xDF22, b"\xff\xfe")
            + encode_tlv(0xDF23, b"x")
            + encode_tlv(0xDF24, b"19800101")
            + encode_tlv(0xDF25, b"1"),
        ),
    ],
)
def test_broken_basic_four_is_malformed(data):
    with pytest.raises(MalformedCardDataError):
        parse_basic_four(data)


def test_my_number_ef_layout_matches_the_real_card():
    assert my_number_ef("012345678901") == bytes.fromhex("FF100C") + b"012345678901" + b"\xff\xff"


def test_digest_info_needs_a_sha256_digest():
    with pytest.raises(ValueError):
        sha256_digest_info(b"short")
