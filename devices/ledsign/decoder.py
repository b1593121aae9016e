"""Pure Alpha protocol decoder: a byte stream in, packets and line problems out; file parsers.

The decoder is fed whatever arrives, in any pieces, and keeps going after noise: bytes outside
a packet are counted as garbage, a packet cut short (a new SOH, a gap of more than a second,
an oversized packet) is reported and dropped, and every block's checksum is checked.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from devices.ledsign.codec import (
    CALL_PICTURE,
    CALL_SMALL_DOTS,
    CALL_STRING,
    COLOUR_CODE,
    LARGE_NAME_SIZE,
    Colour,
    Mode,
    Picture,
    Position,
    Speed,
    checksum,
)

GAP_LIMIT = 1.0  # a board ends a packet after this long without a character
MAX_PACKET = 256 * 1024
_HEX = b"0123456789ABCDEFabcdef"


@dataclass(frozen=True)
class Block:
    """One command of a packet; ``checksum_ok`` is None when the block carried no checksum."""

    code: str
    data: bytes
    checksum_ok: bool | None = None


@dataclass(frozen=True)
class Packet:
    """A whole packet from SOH to EOT."""

    type_code: str
    address: str
    blocks: tuple[Block, ...]

    @property
    def checksums_ok(self) -> bool:
        """False when any block's checksum is wrong."""
        return all(block.checksum_ok is not False for block in self.blocks)


@dataclass(frozen=True)
class LineProblem:
    """Something wrong on the line: ``kind`` is garbage, truncated, gap, bad_header or overflow."""

    kind: str
    size: int = 0


@dataclass
class FrameDecoder:
    """Incremental decoder; ``feed`` returns the packets and problems completed by the bytes."""

    garbage: int = 0
    _state: str = "idle"
    _header: bytearray = field(default_factory=bytearray)
    _blocks: list[Block] = field(default_factory=list)
    _block: bytearray = field(default_factory=bytearray)
    _sum: bytearray = field(default_factory=bytearray)
    _size: int = 0
    _last: float | None = None

    def _reset(self) -> None:
        self._state, self._size = "idle", 0
        self._header.clear()
        self._blocks = []
        self._block.clear()
        self._sum.clear()

    def _drop(self, kind: str, out: list[Packet | LineProblem]) -> None:
        out.append(LineProblem(kind, self._size))
        self._reset()

    def _close_block(self, checked: bool | None) -> None:
        raw = bytes(self._block)
        self._blocks.append(Block(chr(raw[0]) if raw else "", raw[1:], checked))
        self._block.clear()
        self._sum.clear()

    def feed(self, data: bytes, now: float | None = None) -> list[Packet | LineProblem]:
        """Decode ``data``; ``now`` (monotonic seconds) lets a long gap end a packet."""
        out: list[Packet | LineProblem] = []
        if now is not None:
            if self._state != "idle" and self._last is not None and now - self._last > GAP_LIMIT:
                self._drop("gap", out)
            self._last = now
        for byte in data:
            self._step(byte, out)
        return out

    def _step(self, byte: int, out: list[Packet | LineProblem]) -> None:
        state = self._state
        if state == "idle":
            if byte == 0x01:
                self._state = "header"
            elif byte != 0x00:
                self.garbage += 1
            return
        self._size += 1
        if self._size > MAX_PACKET:
            self._drop("overflow", out)
            return
        if byte == 0x01:  # a new packet starts before this one ended
            self._drop("truncated", out)
            self._state = "header"
            return
        if state == "header":
            if byte == 0x02 and len(self._header) == 3:
                self._state = "block"
            elif byte < 0x20 or len(self._header) >= 3:
                self._drop("bad_header", out)
            else:
                self._header.append(byte)
        elif state == "block":
            if byte == 0x03:
                self._state = "after_etx"
            elif byte == 0x02:
                self._close_block(None)
            elif byte == 0x04:
                self._close_block(None)
                self._finish(out)
            else:
                self._block.append(byte)
        elif state == "after_etx":
            if byte in _HEX:
                self._sum.append(byte)
                if len(self._sum) == 4:
                    expected = checksum(b"\x02" + bytes(self._block) + b"\x03")
                    self._close_block(bytes(self._sum).upper() == expected)
                    self._state = "between"
            elif byte == 0x02 and not self._sum:
                self._close_block(None)
                self._state = "block"
            elif byte == 0x04 and not self._sum:
                self._close_block(None)
                self._finish(out)
            else:
                self._drop("truncated", out)
        elif state == "between":
            if byte == 0x02:
                self._state = "block"
            elif byte == 0x04:
                self._finish(out)
            else:
                self._drop("truncated", out)

    def _finish(self, out: list[Packet | LineProblem]) -> None:
        header = self._header.decode("latin-1")
        out.append(Packet(header[0], header[1:], tuple(self._blocks)))
        self._reset()


@dataclass(frozen=True)
class Run:
    """Text in one colour and speed inside a TEXT page."""

    text: str
    colour: Colour | None = None


@dataclass(frozen=True)
class PictureCall:
    """A stored picture shown inside a TEXT page (by label)."""

    label: str
    large: bool = False


@dataclass(frozen=True)
class StringCall:
    """A STRING file shown inside a TEXT page (by label), in the colour then in effect."""

    label: str
    colour: Colour | None = None


@dataclass(frozen=True)
class Page:
    """One page of a TEXT file: position, mode and what it shows."""

    position: Position
    mode: Mode
    items: tuple[Run | PictureCall | StringCall, ...]
    speed: Speed | None = None


@dataclass(frozen=True)
class TextFile:
    """A decoded TEXT file write; ``unknown`` counts control codes this decoder skipped."""

    label: str
    pages: tuple[Page, ...]
    unknown: int = 0


_MODES = {mode.value: mode for mode in Mode}
_POSITIONS = {position.value: position for position in Position}
_COLOURS = {colour.value: colour for colour in Colour}
_SPEEDS = {speed.value[0]: speed for speed in Speed}
# control codes with the number of argument bytes that follow them
_SKIPPED = {0x07: 1, 0x05: 1, 0x06: 1, 0x1A: 1, 0x1E: 1, 0x0B: 1, 0x08: 1, 0x1D: 2}


def parse_text(data: bytes) -> TextFile:
    """Decode the data of a Write TEXT (``A``) block."""
    if not data:
        raise ValueError("a TEXT write needs a label")
    label, body = chr(data[0]), data[1:]
    pages: list[Page] = []
    items: list[Run | PictureCall | StringCall] = []
    head: tuple[Position, Mode, Speed | None] | None = None
    colour: Colour | None = None
    text = bytearray()
    unknown = 0
    i = 0

    def flush_text() -> None:
        if text:
            items.append(Run(text.decode("latin-1"), colour))
            text.clear()

    def flush_page() -> None:
        flush_text()
        if head is not None or items:
            position, mode, speed = head or (Position.FILL, Mode.AUTOMODE, None)
            pages.append(Page(position, mode, tuple(items), speed))
        items.clear()

    while i < len(body):
        byte = body[i]
        if byte == 0x1B:
            flush_page()
            position = _POSITIONS.get(chr(body[i + 1])) if i + 1 < len(body) else None
            code = chr(body[i + 2]) if i + 2 < len(body) else ""
            if code == "n":
                code += chr(body[i + 3]) if i + 3 < len(body) else ""
            mode = _MODES.get(code)
            if position is None or mode is None:
                raise ValueError("a TEXT page starts with ESC, a position and a mode")
            head = (position, mode, None)
            i += 1 + 1 + len(code)
            continue
        if byte == COLOUR_CODE[0] and i + 1 < len(body):
            flush_text()
            if chr(body[i + 1]) in ("Z", "Y"):
                i += 8
                unknown += 1
            else:
                colour = _COLOURS.get(chr(body[i + 1]))
                unknown += colour is None
                i += 2
            continue
        if byte in _SPEEDS:
            if head is not None:
                head = (head[0], head[1], _SPEEDS[byte])
            i += 1
            continue
        if byte == CALL_STRING[0] and i + 1 < len(body):
            flush_text()
            items.append(StringCall(chr(body[i + 1]), colour))
            i += 2
            continue
        if byte == CALL_SMALL_DOTS[0] and i + 1 < len(body):
            flush_text()
            items.append(PictureCall(chr(body[i + 1])))
            i += 2
            continue
        if byte == CALL_PICTURE[0] and i + 2 + LARGE_NAME_SIZE + 4 <= len(body):
            flush_text()
            name = body[i + 2 : i + 2 + LARGE_NAME_SIZE].decode("latin-1")
            items.append(PictureCall(name[0], large=True))
            i += 2 + LARGE_NAME_SIZE + 4
            continue
        if byte in (0x0C, 0x0D):
            flush_text()
            text.append(0x20)
            i += 1
            continue
        if byte < 0x20:
            unknown += 1
            i += 1 + _SKIPPED.get(byte, 0)
            continue
        text.append(byte)
        i += 1
    flush_page()
    return TextFile(label, tuple(pages), unknown)


def parse_picture(code: str, data: bytes) -> Picture:
    """Decode the data of a Write SMALL DOTS (``I``) or LARGE DOTS (``M``) block."""
    if code == "I":
        label, size, digits, rest = chr(data[0]), data[1:5], 2, data[5:]
    elif code == "M":
        label = chr(data[0])
        size, digits, rest = data[LARGE_NAME_SIZE : LARGE_NAME_SIZE + 8], 4, data[9 + 8 :]
    else:
        raise ValueError(f"{code!r} is not a DOTS write")
    height, width = int(size[:digits], 16), int(size[digits:], 16)
    lines = rest.split(b"\r")
    if lines and lines[-1] == b"":
        lines.pop()
    rows = [line.decode("ascii") for line in lines]
    if len(rows) != height or any(len(row) != width for row in rows):
        raise ValueError(f"picture {label!r} does not match its size {height}×{width}")
    return Picture(tuple(rows), label)
