"""ISO 7816-4 command and response APDUs: building, parsing and status words (bytes only)."""

from __future__ import annotations

from dataclasses import dataclass

SW_OK = 0x9000
SW_WRONG_LENGTH = 0x6700
SW_SECURITY_NOT_SATISFIED = 0x6982
SW_AUTH_METHOD_BLOCKED = 0x6983
SW_REFERENCE_BLOCKED = 0x6984
SW_CONDITIONS_NOT_SATISFIED = 0x6985
SW_FILE_NOT_FOUND = 0x6A82
SW_INCORRECT_P1P2 = 0x6A86
SW_WRONG_P1P2 = 0x6B00
SW_INS_NOT_SUPPORTED = 0x6D00
SW_CLA_NOT_SUPPORTED = 0x6E00
SW_LOGICAL_CHANNEL_NOT_SUPPORTED = 0x6881

INS_SELECT = 0xA4
INS_READ_BINARY = 0xB0
INS_VERIFY = 0x20
INS_SIGN = 0x2A


class ApduFormatError(ValueError):
    """A command APDU whose bytes do not follow ISO 7816-4 cases 1-4."""


@dataclass(frozen=True)
class Command:
    """A parsed command APDU; ``le`` is None when no response length was given."""

    cla: int
    ins: int
    p1: int
    p2: int
    data: bytes = b""
    le: int | None = None


@dataclass(frozen=True)
class Response:
    """A response APDU split into its data and its status word."""

    data: bytes
    sw: int

    @property
    def ok(self) -> bool:
        """Whether the status word is 9000."""
        return self.sw == SW_OK


def split_response(raw: bytes) -> Response:
    """Split the card's raw answer into data and status word; fewer than 2 bytes is invalid."""
    if len(raw) < 2:
        raise ApduFormatError("a response APDU needs at least the two status bytes")
    return Response(bytes(raw[:-2]), (raw[-2] << 8) | raw[-1])


def encode_response(data: bytes, sw: int) -> bytes:
    """The raw bytes of a response APDU."""
    return bytes(data) + bytes(((sw >> 8) & 0xFF, sw & 0xFF))


def encode(command: Command, *, extended: bool = False) -> bytes:
    """The raw bytes of ``command``; short form unless ``extended`` or the sizes need it."""
    header = bytes((command.cla, command.ins, command.p1, command.p2))
    data, le = command.data, command.le
    if len(data) > 0xFFFF or (le is not None and not 0 <= le <= 0x10000):
        raise ApduFormatError("data or Le too long for an APDU")
    extended = extended or len(data) > 255 or (le is not None and le > 256)
    body = b""
    if extended:
        if data:
            body += b"\x00" + len(data).to_bytes(2, "big") + data
        if le is not None:
            body += (b"" if data else b"\x00") + (le & 0xFFFF).to_bytes(2, "big")
    else:
        if data:
            body += bytes((len(data),)) + data
        if le is not None:
            body += bytes((le & 0xFF,))
    return header + body


def parse(raw: bytes) -> Command:
    """Parse raw command bytes (ISO 7816-4 cases 1-4, short or extended)."""
    if len(raw) < 4:
        raise ApduFormatError("a command APDU needs at least four header bytes")
    cla, ins, p1, p2 = raw[:4]
    body = raw[4:]
    if not body:
        return Command(cla, ins, p1, p2)
    if len(body) == 1:
        return Command(cla, ins, p1, p2, le=body[0] or 256)
    if body[0] != 0:
        lc = body[0]
        if len(body) == 1 + lc:
            return Command(cla, ins, p1, p2, body[1:])
        if len(body) == 2 + lc:
            return Command(cla, ins, p1, p2, body[1 : 1 + lc], body[-1] or 256)
        raise ApduFormatError("Lc does not match the command's length")
    if len(body) == 3:
        return Command(cla, ins, p1, p2, le=int.from_bytes(body[1:3], "big") or 0x10000)
    lc = int.from_bytes(body[1:3], "big")
    if lc == 0 or len(body) < 3 + lc:
        raise ApduFormatError("extended Lc does not match the command's length")
    data = body[3 : 3 + lc]
    rest = body[3 + lc :]
    if not rest:
        return Command(cla, ins, p1, p2, data)
    if len(rest) == 2:
        return Command(cla, ins, p1, p2, data, int.from_bytes(rest, "big") or 0x10000)
    raise ApduFormatError("extended Le must be two bytes")


def select_aid(aid: bytes) -> bytes:
    """SELECT a dedicated file by application identifier, no FCI wanted (00 A4 04 0C)."""
    return encode(Command(0x00, INS_SELECT, 0x04, 0x0C, aid))


def select_ef(fid: int) -> bytes:
    """SELECT an elementary file by its two-byte identifier under the current DF (00 A4 02 0C)."""
    return encode(Command(0x00, INS_SELECT, 0x02, 0x0C, fid.to_bytes(2, "big")))


def read_binary(offset: int, length: int, *, extended: bool = False) -> bytes:
    """READ BINARY ``length`` bytes (1..65536) of the current EF from ``offset`` (≤ 0x7FFF)."""
    if not 0 <= offset <= 0x7FFF:
        raise ApduFormatError("READ BINARY offset must fit in 15 bits")
    if not 1 <= length <= 0x10000:
        raise ApduFormatError("READ BINARY length must be 1..65536")
    return encode(
        Command(0x00, INS_READ_BINARY, offset >> 8, offset & 0xFF, le=length), extended=extended
    )


def verify(pin: bytes | bytearray) -> bytearray:
    """VERIFY the current PIN EF with ``pin``; a bytearray so the caller can wipe it after use."""
    if not 1 <= len(pin) <= 255:
        raise ApduFormatError("PIN length out of range")
    out = bytearray((0x00, INS_VERIFY, 0x00, 0x80, len(pin)))
    out += pin
    return out


def verify_status() -> bytes:
    """VERIFY without data: asks how many tries the current PIN EF has left (answer 63Cx)."""
    return encode(Command(0x00, INS_VERIFY, 0x00, 0x80))


def compute_signature(digest_info: bytes) -> bytes:
    """The JPKI card's COMPUTE DIGITAL SIGNATURE on a DigestInfo with the selected key EF."""
    return encode(Command(0x80, INS_SIGN, 0x00, 0x80, digest_info, le=256))


def tries_left(sw: int) -> int | None:
    """The tries-left count a 63Cx status word carries, or None for any other status word."""
    if sw & 0xFFF0 == 0x63C0:
        return sw & 0x0F
    return None
