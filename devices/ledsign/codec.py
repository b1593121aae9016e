"""Pure Alpha protocol encoder: packets, nested commands, checksums, TEXT, STRING, DOTS, specials.

A packet is ``NUL×5 SOH <type> <address>`` followed by one or more ``STX <command> <data> ETX
<checksum>`` blocks and one ``EOT``. The checksum is the 16-bit sum of every byte from STX
through ETX, written as four uppercase hex digits. A board needs about 100 ms after each STX of
a nested packet and after the size of a DOTS picture; ``Frame.parts`` are the pieces to send
with such a pause between each two.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import Enum

from devices.ledsign.errors import LedSignContentError

NUL, SOH, STX, ETX, EOT = b"\x00", b"\x01", b"\x02", b"\x03", b"\x04"
ESC, CR, NEW_PAGE = b"\x1b", b"\x0d", b"\x0c"
ACK, NAK = 0x06, 0x15
PREAMBLE = 5
PAUSE = 0.1  # seconds after a nested STX and after a DOTS picture's size
CALL_SMALL_DOTS = b"\x14"
CALL_STRING = b"\x10"
CALL_PICTURE = b"\x1f"
COLOUR_CODE = b"\x1c"
SMALL_DOTS_MAX = (31, 255)  # rows, columns
LARGE_NAME_SIZE = 9
STRING_MAX = 125


class Position(Enum):
    """Where a TEXT page sits on the board."""

    MIDDLE = " "
    TOP = '"'
    BOTTOM = "&"
    FILL = "0"
    LEFT = "1"
    RIGHT = "2"


class Mode(Enum):
    """How a TEXT page enters and stays on the board (``n…`` are the special modes)."""

    ROTATE = "a"
    HOLD = "b"
    FLASH = "c"
    ROLL_UP = "e"
    ROLL_DOWN = "f"
    ROLL_LEFT = "g"
    ROLL_RIGHT = "h"
    WIPE_UP = "i"
    WIPE_DOWN = "j"
    WIPE_LEFT = "k"
    WIPE_RIGHT = "l"
    SCROLL = "m"
    AUTOMODE = "o"
    ROLL_IN = "p"
    ROLL_OUT = "q"
    WIPE_IN = "r"
    WIPE_OUT = "s"
    COMPRESSED_ROTATE = "t"
    EXPLODE = "u"
    CLOCK = "v"
    TWINKLE = "n0"
    SPARKLE = "n1"
    SNOW = "n2"
    INTERLOCK = "n3"
    SWITCH = "n4"
    SLIDE = "n5"
    SPRAY = "n6"
    STARBURST = "n7"
    WELCOME = "n8"
    SLOT_MACHINE = "n9"
    NEWS_FLASH = "nA"
    TRUMPET = "nB"
    CYCLE_COLOURS = "nC"
    THANK_YOU = "nS"
    NO_SMOKING = "nU"
    DONT_DRINK_AND_DRIVE = "nV"
    RUNNING_ANIMAL = "nW"
    FIREWORKS = "nX"
    TURBO_CAR = "nY"
    CHERRY_BOMB = "nZ"

    @property
    def scrolls(self) -> bool:
        """True for the modes that move a long line across the board."""
        return self in (Mode.ROTATE, Mode.COMPRESSED_ROTATE)


class Colour(Enum):
    """Text colours (``1C`` + code)."""

    RED = "1"
    GREEN = "2"
    AMBER = "3"
    DIM_RED = "4"
    DIM_GREEN = "5"
    BROWN = "6"
    ORANGE = "7"
    YELLOW = "8"
    RAINBOW_1 = "9"
    RAINBOW_2 = "A"
    COLOUR_MIX = "B"
    AUTO = "C"


# DOTS pixel characters: "0" is off, "1".."8" the solid colours in Colour order.
PIXEL_COLOURS = {c.value: c for c in list(Colour)[:8]}
RAINBOW = (Colour.RED, Colour.ORANGE, Colour.YELLOW, Colour.GREEN, Colour.AMBER)


class Speed(Enum):
    """Speed of a mode, 1 slowest to 5 fastest (one control byte)."""

    S1 = b"\x15"
    S2 = b"\x16"
    S3 = b"\x17"
    S4 = b"\x18"
    S5 = b"\x19"


@dataclass(frozen=True)
class Command:
    """One block of a packet; the board needs a PAUSE after ``data[:offset]`` for each offset."""

    code: bytes
    data: bytes
    pauses: tuple[int, ...] = ()


@dataclass(frozen=True)
class Frame:
    """An encoded packet: send ``parts`` in order with a PAUSE between each two."""

    parts: tuple[bytes, ...]

    @property
    def data(self) -> bytes:
        """The packet's bytes as they go on the wire."""
        return b"".join(self.parts)

    @property
    def pauses(self) -> int:
        """How many PAUSEs the packet needs."""
        return len(self.parts) - 1

    def wire_time(self, baud: int, bits_per_char: int = 10) -> float:
        """Seconds the packet takes at ``baud``: its characters plus its pauses."""
        return len(self.data) * bits_per_char / baud + self.pauses * PAUSE


def checksum(block: bytes) -> bytes:
    """Four uppercase hex digits of the 16-bit sum of ``block`` (STX through ETX)."""
    return b"%04X" % (sum(block) & 0xFFFF)


def _label(label: str) -> bytes:
    if len(label) != 1 or not 0x20 <= ord(label) <= 0x7E:
        raise LedSignContentError(f"a file label is one printable ASCII character, not {label!r}")
    return label.encode("ascii")


def encode_packet(
    commands: Sequence[Command],
    *,
    type_code: str = "Z",
    address: str = "00",
    with_checksum: bool = True,
    preamble: int = PREAMBLE,
) -> Frame:
    """One packet carrying ``commands`` (nested when more than one)."""
    if not commands:
        raise LedSignContentError("a packet needs at least one command")
    if len(type_code) != 1 or len(address) != 2:
        raise LedSignContentError("type code is one character and address two hex digits")
    nested = len(commands) > 1
    parts: list[bytes] = []
    current = NUL * preamble + SOH + type_code.encode("ascii") + address.encode("ascii")
    for command in commands:
        block = STX + command.code + command.data
        if with_checksum or nested:
            block += ETX
        tail = checksum(block) if with_checksum else b""
        cuts = ([1] if nested else []) + [2 + offset for offset in command.pauses]
        last = 0
        for cut in cuts:
            parts.append(current + block[last:cut])
            current, last = b"", cut
        current += block[last:] + tail
    parts.append(current + EOT)
    return Frame(tuple(parts))


def text_page(
    body: bytes | str,
    *,
    mode: Mode = Mode.HOLD,
    position: Position = Position.FILL,
    colour: Colour | None = None,
    speed: Speed | None = None,
) -> bytes:
    """One page of a TEXT file: ``ESC position mode``, colour and speed, then ``body``.

    A ``str`` body must be printable ASCII (the boards' fonts have nothing else); bytes are
    taken as already holding control codes such as picture calls.
    """
    if isinstance(body, str):
        if any(not 0x20 <= ord(ch) <= 0x7E for ch in body):
            raise LedSignContentError(
                "only printable ASCII goes into a TEXT file; render other text as a picture",
                key="led_sign.bad_content.characters",
            )
        body = body.encode("ascii")
    page = ESC + position.value.encode("ascii") + mode.value.encode("ascii")
    if colour is not None:
        page += COLOUR_CODE + colour.value.encode("ascii")
    if speed is not None:
        page += speed.value
    return page + body


def write_text(label: str, pages: Iterable[bytes] = ()) -> Command:
    """Write a TEXT file; with no pages the file is cleared."""
    return Command(b"A", _label(label) + b"".join(pages))


def read_text(label: str) -> Command:
    """Ask the board for a TEXT file's contents."""
    return Command(b"B", _label(label))


def write_string(label: str, data: str) -> Command:
    """Write a STRING file (at most 125 printable ASCII bytes)."""
    if label in ("0", "?"):
        raise LedSignContentError("STRING files cannot use the labels 0 or ?")
    raw = data.encode("ascii", errors="strict") if data.isascii() else None
    if raw is None or len(raw) > STRING_MAX:
        raise LedSignContentError("a STRING file holds at most 125 ASCII bytes")
    return Command(b"G", _label(label) + raw)


def write_special(label: str, data: bytes = b"") -> Command:
    """Write a SPECIAL FUNCTION (set time, memory configuration, run sequence, …)."""
    return Command(b"E", _label(label) + data)


@dataclass(frozen=True)
class MemoryEntry:
    """One file in the board's memory map: TEXT (``A``), STRING (``B``) or DOTS (``D``)."""

    label: str
    kind: str
    size: int = 0  # bytes for TEXT and STRING
    dots: tuple[int, int] = (0, 0)  # rows, columns for DOTS
    locked: bool = False
    times: str = "FF00"  # TEXT start/stop; "FF" start = always
    colours: str = "2000"  # DOTS colour status: tri-colour

    def encode(self) -> bytes:
        """``<label><type><lock><size 4 hex><QQQQ>``."""
        if self.kind == "A":
            size, tail = b"%04X" % self.size, self.times
        elif self.kind == "B":
            size, tail = b"%04X" % self.size, "0000"
        elif self.kind == "D":
            size, tail = b"%02X%02X" % self.dots, self.colours
        else:
            raise LedSignContentError(f"memory entries are TEXT, STRING or DOTS, not {self.kind!r}")
        lock = b"L" if self.locked or self.kind == "B" else b"U"
        return _label(self.label) + self.kind.encode() + lock + size + tail.encode("ascii")


def configure_memory(entries: Sequence[MemoryEntry]) -> Command:
    """Replace the board's whole memory map with ``entries`` (no entries clears every file)."""
    return write_special("$", b"".join(entry.encode() for entry in entries))


def run_sequence(labels: str, *, obey_times: bool = False, locked: bool = False) -> Command:
    """Show the TEXT files ``labels`` in this order."""
    head = (b"T" if obey_times else b"S") + (b"L" if locked else b"U")
    return write_special(".", head + b"".join(_label(label) for label in labels))


def set_time(hour: int, minute: int) -> Command:
    """Set the board's time of day (24 h)."""
    return write_special(" ", b"%02d%02d" % (hour, minute))


def enable_acks() -> Command:
    """Ask the board to answer each packet with ACK or NAK and a status byte."""
    return write_special("s", b"1")


def clear_error_register() -> Command:
    """Clear the board's serial error register (a harmless command to probe an answer)."""
    return write_special("4")


@dataclass(frozen=True)
class Picture:
    """A DOTS picture: one string of pixel characters per row (``0`` off, ``1``–``8`` colours)."""

    rows: tuple[str, ...]
    label: str = "P"

    @property
    def height(self) -> int:
        """Rows of dots."""
        return len(self.rows)

    @property
    def width(self) -> int:
        """Columns of dots."""
        return len(self.rows[0]) if self.rows else 0

    def __post_init__(self) -> None:
        if not self.rows or not self.rows[0]:
            raise LedSignContentError("a picture needs at least one dot")
        width = len(self.rows[0])
        for row in self.rows:
            if len(row) != width or any(ch not in "012345678" for ch in row):
                raise LedSignContentError("picture rows must be equal and hold pixel digits 0-8")

    @property
    def small(self) -> bool:
        """True when the picture fits a SMALL DOTS file (at most 31 × 255)."""
        return self.height <= SMALL_DOTS_MAX[0] and self.width <= SMALL_DOTS_MAX[1]


def large_name(label: str) -> bytes:
    """The nine-character file name of a LARGE DOTS picture stored under ``label``."""
    return (_label(label) * LARGE_NAME_SIZE)[:LARGE_NAME_SIZE]


def write_picture(picture: Picture) -> Command:
    """Write ``picture`` as SMALL DOTS (``I``) or, when taller or wider, LARGE DOTS (``M``)."""
    if picture.small:
        head = _label(picture.label) + b"%02X%02X" % (picture.height, picture.width)
        code = b"I"
    else:
        if picture.height > 0xFFFF or picture.width > 0xFFFF:
            raise LedSignContentError("a picture is at most 65535 dots either way")
        head = large_name(picture.label) + b"%04X%04X" % (picture.height, picture.width)
        code = b"M"
    rows = b"".join(row.encode("ascii") + CR for row in picture.rows)
    return Command(code, head + rows, pauses=(len(head),))


def call_picture(picture: Picture) -> bytes:
    """The control codes inside a TEXT page that show a stored picture."""
    if picture.small:
        return CALL_SMALL_DOTS + _label(picture.label)
    return CALL_PICTURE + b"L" + large_name(picture.label) + b"0000"
