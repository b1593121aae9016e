"""A My Number card model answering APDUs the way the real card does (JPKI and support APs)."""

from __future__ import annotations

import hashlib
import hmac
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from cryptography.hazmat.primitives.asymmetric import rsa

from devices.smartcard import apdu
from devices.smartcard.mynumber import JPKI_AID, JUKI_AID, SUPPORT_AID
from devices.smartcard.tlv import encode_tlv

ATR_MY_NUMBER = bytes.fromhex("3BDA13FF8131FB468012392F31C173C601C03B")
ATR_JUKI = bytes.fromhex("3BE000FF8131FE4514")
ATR_OTHER = bytes.fromhex("3B8F8001804F0CA000000306030001000000006A")
MAX_SIGN_INPUT = 245


class CardPulled(Exception):  # noqa: N818 - an event, not an error
    """The script took the card out of the reader instead of answering this APDU."""


@dataclass
class PinRecord:
    """A PIN EF: the salted hash of the reference PIN and its persistent retry counter."""

    salt: bytes
    digest: bytes
    tries_left: int
    max_tries: int

    @classmethod
    def create(cls, pin: str, max_tries: int, salt: bytes) -> PinRecord:
        """A fresh PIN record for ``pin`` with a full counter."""
        return cls(salt, _pin_hash(salt, pin.encode("ascii")), max_tries, max_tries)

    def matches(self, candidate: bytes) -> bool:
        """Whether ``candidate`` is the reference PIN."""
        return hmac.compare_digest(_pin_hash(self.salt, candidate), self.digest)


def _pin_hash(salt: bytes, pin: bytes) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", pin, salt, 1000)


@dataclass
class CardFile:
    """A transparent EF: its bytes, and the PIN EF (if any) that must be verified to read it."""

    content: bytes
    pin: int | None = None


@dataclass
class CardKey:
    """A private-key EF: the RSA key and the PIN EF that must be verified to use it."""

    key: rsa.RSAPrivateKey
    pin: int


@dataclass
class Application:
    """A dedicated file (AP) with its EFs, keys and PINs by file identifier."""

    aid: bytes
    files: dict[int, CardFile] = field(default_factory=dict)
    keys: dict[int, CardKey] = field(default_factory=dict)
    pins: dict[int, PinRecord] = field(default_factory=dict)


@dataclass
class Script:
    """What a test or demo makes the card do: pull it at an APDU, answer slowly, and so on."""

    remove_at_apdu: int | None = None
    delay_s: float = 0.0
    blocked_query_sw: int = 0x63C0
    extended_apdus: bool = True


class EmulatedCard:
    """The card: applications, selection state, PIN counters; ``process`` answers one APDU.

    PIN counters live in the applications and survive power cycles; the selection and the
    verified PINs are volatile and are wiped by power off, reset and every SELECT of an AP.
    """

    def __init__(
        self,
        atr: bytes,
        applications: list[Application],
        *,
        label: str = "",
        on_counter_change: Callable[[], None] | None = None,
    ) -> None:
        self.atr = atr
        self.label = label
        self.applications = {ap.aid: ap for ap in applications}
        self.script = Script()
        self.on_counter_change = on_counter_change
        self.commands: list[bytes] = []
        self.apdu_count = 0
        self.reads: list[tuple[bytes, int]] = []
        self._lock = threading.Lock()
        self._ap: Application | None = None
        self._ef: int | None = None
        self._verified: set[tuple[bytes, int]] = set()

    def power_off(self) -> None:
        """Power lost: forget the selection and every verified PIN."""
        with self._lock:
            self._wipe()

    def reset(self) -> None:
        """Warm reset: same effect on the volatile state as a power cycle."""
        self.power_off()

    def _wipe(self) -> None:
        self._ap = None
        self._ef = None
        self._verified.clear()

    def process(self, raw: bytes) -> bytes:
        """Answer one command APDU with data + SW; raises ``CardPulled`` if scripted to."""
        with self._lock:
            self.apdu_count += 1
            self.commands.append(bytes(raw))
            pull_at = self.script.remove_at_apdu
            if pull_at is not None and self.apdu_count >= pull_at:
                self._wipe()
                raise CardPulled
            if self.script.delay_s:
                time.sleep(self.script.delay_s)
            try:
                command = apdu.parse(bytes(raw))
            except apdu.ApduFormatError:
                return apdu.encode_response(b"", apdu.SW_WRONG_LENGTH)
            if not self.script.extended_apdus and len(raw) > 5 and raw[4] == 0 and len(raw) < 263:
                return apdu.encode_response(b"", apdu.SW_WRONG_LENGTH)
            data, sw = self._dispatch(command)
            return apdu.encode_response(data, sw)

    def _dispatch(self, c: apdu.Command) -> tuple[bytes, int]:
        if c.cla & 0x03:
            return b"", apdu.SW_LOGICAL_CHANNEL_NOT_SUPPORTED
        if c.cla == 0x00:
            handler = {
                apdu.INS_SELECT: self._select,
                apdu.INS_READ_BINARY: self._read_binary,
                apdu.INS_VERIFY: self._verify,
            }.get(c.ins)
        elif c.cla == 0x80:
            handler = {apdu.INS_SIGN: self._sign}.get(c.ins)
        else:
            return b"", apdu.SW_CLA_NOT_SUPPORTED
        if handler is None:
            return b"", apdu.SW_INS_NOT_SUPPORTED
        return handler(c)

    def _select(self, c: apdu.Command) -> tuple[bytes, int]:
        if c.p2 not in (0x0C, 0x00) or c.p1 not in (0x02, 0x04) or not c.data:
            return b"", apdu.SW_INCORRECT_P1P2
        if c.p1 == 0x04:
            ap = self.applications.get(c.data)
            if ap is None:
                return b"", apdu.SW_FILE_NOT_FOUND
            self._wipe()
            self._ap = ap
            return b"", apdu.SW_OK
        if self._ap is None or len(c.data) != 2:
            return b"", apdu.SW_FILE_NOT_FOUND
        fid = int.from_bytes(c.data, "big")
        if fid not in self._ap.files and fid not in self._ap.keys and fid not in self._ap.pins:
            return b"", apdu.SW_FILE_NOT_FOUND
        self._ef = fid
        return b"", apdu.SW_OK

    def _read_binary(self, c: apdu.Command) -> tuple[bytes, int]:
        if c.le is None:
            return b"", apdu.SW_WRONG_LENGTH
        if self._ap is None:
            return b"", 0x6986
        fid: int | None  # the short EF id in P1, else the current EF (if one is selected)
        if c.p1 & 0x80:
            fid, offset = c.p1 & 0x1F, c.p2
            if fid not in self._ap.files:
                return b"", apdu.SW_FILE_NOT_FOUND
            self._ef = fid
        else:
            fid, offset = self._ef, (c.p1 << 8) | c.p2
        if fid is None:
            return b"", 0x6986
        file = self._ap.files.get(fid)
        if file is None:
            return b"", 0x6981
        if file.pin is not None and (self._ap.aid, file.pin) not in self._verified:
            return b"", apdu.SW_SECURITY_NOT_SATISFIED
        if offset >= len(file.content):
            return b"", apdu.SW_WRONG_P1P2
        self.reads.append((self._ap.aid, fid))
        return file.content[offset : offset + c.le], apdu.SW_OK

    def _pin_for(self, c: apdu.Command) -> int | None:
        if self._ap is None:
            return None
        if c.p2 == 0x80:
            return self._ef if self._ef in self._ap.pins else None
        if c.p2 & 0x80 and (c.p2 & 0x1F) in self._ap.pins:
            return c.p2 & 0x1F
        return None

    def _verify(self, c: apdu.Command) -> tuple[bytes, int]:
        if c.p1 != 0x00:
            return b"", apdu.SW_INCORRECT_P1P2
        fid = self._pin_for(c)
        if fid is None or self._ap is None:
            return b"", 0x6A88
        record = self._ap.pins[fid]
        if not c.data:
            if record.tries_left == 0:
                return b"", self.script.blocked_query_sw
            return b"", 0x63C0 | record.tries_left
        if record.tries_left == 0:
            return b"", apdu.SW_REFERENCE_BLOCKED
        self._verified.discard((self._ap.aid, fid))
        if record.matches(c.data):
            changed = record.tries_left != record.max_tries
            record.tries_left = record.max_tries
            self._verified.add((self._ap.aid, fid))
            if changed:
                self._counter_changed()
            return b"", apdu.SW_OK
        record.tries_left -= 1
        self._counter_changed()
        return b"", 0x63C0 | record.tries_left

    def _counter_changed(self) -> None:
        if self.on_counter_change is not None:
            self.on_counter_change()

    def _sign(self, c: apdu.Command) -> tuple[bytes, int]:
        if c.p1 != 0x00 or c.p2 != 0x80:
            return b"", apdu.SW_INCORRECT_P1P2
        if self._ap is None or self._ef not in self._ap.keys:
            return b"", 0x6986
        key = self._ap.keys[self._ef]
        if (self._ap.aid, key.pin) not in self._verified:
            return b"", apdu.SW_SECURITY_NOT_SATISFIED
        if not c.data or len(c.data) > MAX_SIGN_INPUT:
            return b"", apdu.SW_WRONG_LENGTH
        return _rsa_pkcs1_type1(key.key, c.data), apdu.SW_OK


def _rsa_pkcs1_type1(key: rsa.RSAPrivateKey, data: bytes) -> bytes:
    """PKCS#1 v1.5 type-1 padding of ``data`` and a raw RSA private-key operation."""
    numbers = key.private_numbers()
    size = (numbers.public_numbers.n.bit_length() + 7) // 8
    block = b"\x00\x01" + b"\xff" * (size - len(data) - 3) + b"\x00" + data
    message = int.from_bytes(block, "big")
    m1 = pow(message, numbers.dmp1, numbers.p)
    m2 = pow(message, numbers.dmq1, numbers.q)
    signature = m2 + (numbers.iqmp * (m1 - m2) % numbers.p) * numbers.q
    return signature.to_bytes(size, "big")


def token(text: str) -> bytes:
    """A JPKI token EF: ASCII text padded with spaces to 32 bytes."""
    return text.encode("ascii").ljust(32, b" ")


def basic_four_tlv(name: str, address: str, birth_date: str, sex: str) -> bytes:
    """EF 0002 of the support AP: FF 20 { DF 21 offsets, DF 22..DF 25 }."""
    items = [
        encode_tlv(0xDF22, name.encode("utf-8")),
        encode_tlv(0xDF23, address.encode("utf-8")),
        encode_tlv(0xDF24, birth_date.encode("ascii")),
        encode_tlv(0xDF25, sex.encode("ascii")),
    ]
    offsets, pos = b"", 11
    for item in items:
        offsets += pos.to_bytes(2, "big")
        pos += len(item)
    return encode_tlv(0xFF20, encode_tlv(0xDF21, offsets) + b"".join(items))


def my_number_ef(number: str) -> bytes:
    """EF 0001 of the support AP: FF 10 0C + 12 digits + FF FF."""
    return b"\xff\x10\x0c" + number.encode("ascii") + b"\xff\xff"


__all__ = [
    "ATR_JUKI",
    "ATR_MY_NUMBER",
    "ATR_OTHER",
    "JPKI_AID",
    "JUKI_AID",
    "SUPPORT_AID",
    "Application",
    "CardFile",
    "CardKey",
    "CardPulled",
    "EmulatedCard",
    "PinRecord",
    "Script",
]
