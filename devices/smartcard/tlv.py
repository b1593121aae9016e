"""BER-TLV parsing and encoding, and DER header lengths, for data read from a card."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass


class TlvError(ValueError):
    """Bytes that are not a well-formed BER-TLV (or DER header)."""


@dataclass(frozen=True)
class Tlv:
    """One tag-length-value element; ``tag`` is the tag bytes read as one big-endian integer."""

    tag: int
    value: bytes

    @property
    def constructed(self) -> bool:
        """Whether the tag's constructed bit (b6 of its first byte) is set."""
        first = self.tag.to_bytes((self.tag.bit_length() + 7) // 8 or 1, "big")[0]
        return bool(first & 0x20)


def read_tag(data: bytes | bytearray, pos: int) -> tuple[int, int]:
    """Read a BER tag at ``pos``; returns (tag as integer, position after it)."""
    if pos >= len(data):
        raise TlvError("tag runs past the end of the data")
    first = data[pos]
    tag = first
    pos += 1
    if first & 0x1F == 0x1F:
        while True:
            if pos >= len(data):
                raise TlvError("multi-byte tag runs past the end of the data")
            byte = data[pos]
            tag = (tag << 8) | byte
            pos += 1
            if not byte & 0x80:
                break
            if tag > 0xFFFFFFFF:
                raise TlvError("tag longer than four bytes")
    return tag, pos


def read_length(data: bytes | bytearray, pos: int) -> tuple[int, int]:
    """Read a BER definite length at ``pos`` (short, 81, 82, 83); returns (length, next pos)."""
    if pos >= len(data):
        raise TlvError("length runs past the end of the data")
    first = data[pos]
    pos += 1
    if first < 0x80:
        return first, pos
    count = first & 0x7F
    if count == 0:
        raise TlvError("indefinite lengths are not allowed here")
    if count > 3:
        raise TlvError("length field longer than three bytes")
    if pos + count > len(data):
        raise TlvError("length field runs past the end of the data")
    return int.from_bytes(data[pos : pos + count], "big"), pos + count


def iter_tlv(data: bytes) -> Iterator[Tlv]:
    """Yield the TLVs that fill ``data`` exactly; padding bytes 00/FF between them are skipped."""
    pos = 0
    while pos < len(data):
        if data[pos] in (0x00, 0xFF) and _only_padding(data, pos):
            return
        tag, pos = read_tag(data, pos)
        length, pos = read_length(data, pos)
        if pos + length > len(data):
            raise TlvError(f"value of tag {tag:X} overruns the data by {pos + length - len(data)}")
        yield Tlv(tag, bytes(data[pos : pos + length]))
        pos += length


def _only_padding(data: bytes, pos: int) -> bool:
    """Whether everything from ``pos`` on is filler (all 00 or all FF)."""
    rest = data[pos:]
    return rest == bytes(len(rest)) or rest == b"\xff" * len(rest)


def parse_one(data: bytes) -> tuple[Tlv, int]:
    """Parse the first TLV of ``data``; returns it and the number of bytes it took."""
    tag, pos = read_tag(data, 0)
    length, pos = read_length(data, pos)
    if pos + length > len(data):
        raise TlvError(f"value of tag {tag:X} overruns the data by {pos + length - len(data)}")
    return Tlv(tag, bytes(data[pos : pos + length])), pos + length


def encode_length(length: int) -> bytes:
    """The BER definite-length encoding of ``length``."""
    if length < 0x80:
        return bytes((length,))
    size = (length.bit_length() + 7) // 8
    if size > 3:
        raise TlvError("value too long to encode")
    return bytes((0x80 | size,)) + length.to_bytes(size, "big")


def encode_tlv(tag: int, value: bytes) -> bytes:
    """Encode one TLV; ``tag`` is the full tag bytes as an integer (e.g. 0xDF22)."""
    tag_bytes = tag.to_bytes((tag.bit_length() + 7) // 8 or 1, "big")
    return tag_bytes + encode_length(len(value)) + value


def der_total_length(header: bytes | bytearray) -> int:
    """The total size (header + content) of the DER element whose first bytes are ``header``."""
    _, pos = read_tag(header, 0)
    length, pos = read_length(header, pos)
    return pos + length
