"""My Number card facts (AIDs, EFs, PIN rules) and pure parsers for what its files hold."""

from __future__ import annotations

import enum
import hashlib
from dataclasses import dataclass

from devices.smartcard.errors import MalformedCardDataError
from devices.smartcard.tlv import TlvError, iter_tlv, parse_one

JPKI_AID = bytes.fromhex("D392F000260100000001")
SUPPORT_AID = bytes.fromhex("D3921000310001010408")
JUKI_AID = bytes.fromhex("D3921000310001010100")


class JpkiFile(enum.IntEnum):
    """Elementary files of the JPKI AP that this terminal uses."""

    TOKEN = 0x0006
    AUTH_CERT = 0x000A
    AUTH_CA_CERT = 0x000B
    AUTH_KEY = 0x0017
    AUTH_PIN = 0x0018


class SupportFile(enum.IntEnum):
    """Elementary files of the card-input-support AP this terminal may touch.

    EF 0001 (the 個人番号) is deliberately absent: nothing in this package can name it.
    """

    BASIC_FOUR = 0x0002
    PIN = 0x0011


AUTH_PIN_MAX_TRIES = 3
SUPPORT_PIN_MAX_TRIES = 3
TOKEN_LENGTH = 0x20

TOKEN_MY_NUMBER = "JPKIAPICCTOKEN2"
TOKEN_JUKI = "JPKIAPICCTOKEN"

SHA256_DIGEST_INFO_PREFIX = bytes.fromhex("3031300D060960864801650304020105000420")


class CardKind(enum.Enum):
    """What a card turned out to be after selecting the JPKI AP and reading its token."""

    MY_NUMBER = "my_number"
    JUKI = "juki"
    OTHER = "other"


def card_kind_from_token(token: bytes) -> CardKind:
    """Classify the JPKI token EF's content (ASCII, padded with spaces or NULs)."""
    text = bytes(token).rstrip(b" \x00").decode("ascii", errors="replace").strip()
    if text == TOKEN_MY_NUMBER:
        return CardKind.MY_NUMBER
    if text == TOKEN_JUKI:
        return CardKind.JUKI
    return CardKind.OTHER


def sha256_digest_info(digest: bytes) -> bytes:
    """The DER DigestInfo for a SHA-256 digest, as the card signs it."""
    if len(digest) != hashlib.sha256().digest_size:
        raise ValueError("a SHA-256 digest is 32 bytes")
    return SHA256_DIGEST_INFO_PREFIX + digest


class Sex(enum.Enum):
    """The card's sex code (ISO 5218 style)."""

    MALE = "1"
    FEMALE = "2"
    NOT_APPLICABLE = "9"
    UNKNOWN = "0"


@dataclass(frozen=True)
class BasicFour:
    """The four items printed on the card face: name, address, date of birth, sex."""

    name: str
    address: str
    birth_date: str
    sex: Sex

    def __repr__(self) -> str:
        return "BasicFour(<personal data withheld>)"


TAG_BASIC_FOUR = 0xFF20
TAG_HEADER = 0xDF21
TAG_NAME = 0xDF22
TAG_ADDRESS = 0xDF23
TAG_BIRTH = 0xDF24
TAG_SEX = 0xDF25


def parse_basic_four(data: bytes) -> BasicFour:
    """Parse EF 0002 of the card-input-support AP (an FF 20 TLV holding DF 21..DF 25)."""
    try:
        outer, _ = parse_one(data)
        if outer.tag != TAG_BASIC_FOUR:
            raise MalformedCardDataError(f"basic-four EF starts with tag {outer.tag:X}, not FF20")
        items = {tlv.tag: tlv.value for tlv in iter_tlv(outer.value)}
    except TlvError as err:
        raise MalformedCardDataError(f"basic-four EF: {err}") from err
    missing = [f"{t:X}" for t in (TAG_NAME, TAG_ADDRESS, TAG_BIRTH, TAG_SEX) if t not in items]
    if missing:
        raise MalformedCardDataError(f"basic-four EF lacks tags {', '.join(missing)}")
    try:
        name = items[TAG_NAME].decode("utf-8")
        address = items[TAG_ADDRESS].decode("utf-8")
        birth = items[TAG_BIRTH].decode("ascii")
        sex_code = items[TAG_SEX].decode("ascii")
    except UnicodeDecodeError as err:
        raise MalformedCardDataError("basic-four EF holds text that does not decode") from err
    if len(birth) != 8 or not birth.isdigit():
        raise MalformedCardDataError("basic-four birth date is not 8 digits")
    try:
        sex = Sex(sex_code)
    except ValueError as err:
        raise MalformedCardDataError("basic-four sex code is not 0, 1, 2 or 9") from err
    return BasicFour(name, address, f"{birth[:4]}-{birth[4:6]}-{birth[6:]}", sex)
