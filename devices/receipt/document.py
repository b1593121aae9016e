"""The Receipt document that flows fill in, and layout by display columns on 58/80 mm paper."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

from devices.receipt.errors import ReceiptContentError


class Align(Enum):
    """Horizontal alignment of a line or block."""

    LEFT = "left"
    CENTER = "center"
    RIGHT = "right"


class Paper(Enum):
    """Roll width; ``columns`` counts half-width characters of font A at normal size."""

    MM58 = 58
    MM80 = 80

    @property
    def columns(self) -> int:
        """Half-width columns per line (12-dot font A on a 384 or 576 dot head)."""
        return 32 if self is Paper.MM58 else 48

    @property
    def dots(self) -> int:
        """Printable width in dots at 203 dpi."""
        return 384 if self is Paper.MM58 else 576


class BarcodeKind(Enum):
    """Barcode symbologies printed with the printer's own GS k command."""

    EAN13 = "EAN13"
    CODE128 = "CODE128"


class QrErrorLevel(Enum):
    """QR error correction level (share of the symbol that may be damaged)."""

    L = "L"
    M = "M"
    Q = "Q"
    H = "H"


@dataclass(frozen=True)
class Text:
    """One line of text; ``width``/``height`` are character magnifications 1..8."""

    text: str
    align: Align = Align.LEFT
    bold: bool = False
    underline: bool = False
    width: int = 1
    height: int = 1

    def __post_init__(self) -> None:
        if "\n" in self.text or "\r" in self.text:
            raise ReceiptContentError("a Text line may not contain line breaks; add one per line")
        for name, value in (("width", self.width), ("height", self.height)):
            if not 1 <= value <= 8:
                raise ReceiptContentError(f"character {name} must be 1..8, got {value}")


@dataclass(frozen=True)
class Qr:
    """A QR code printed natively; ``module`` is the dot size of one module (1..16)."""

    data: str
    module: int = 6
    error_level: QrErrorLevel = QrErrorLevel.M
    align: Align = Align.CENTER

    def __post_init__(self) -> None:
        if not self.data:
            raise ReceiptContentError("a QR code needs data")
        if not 1 <= self.module <= 16:
            raise ReceiptContentError(f"QR module size must be 1..16 dots, got {self.module}")
        if len(self.data.encode("utf-8")) > 7089:
            raise ReceiptContentError("QR data is longer than a printer can store (7089 bytes)")


@dataclass(frozen=True)
class Barcode:
    """A one-dimensional barcode with its human-readable digits below."""

    data: str
    kind: BarcodeKind = BarcodeKind.CODE128
    height: int = 80
    align: Align = Align.CENTER

    def __post_init__(self) -> None:
        if self.kind is BarcodeKind.EAN13:
            if not (self.data.isascii() and self.data.isdigit() and len(self.data) in (12, 13)):
                raise ReceiptContentError("an EAN-13 barcode needs 12 or 13 digits")
        elif not (self.data and self.data.isascii() and self.data.isprintable()):
            raise ReceiptContentError("a CODE128 barcode needs printable ASCII")
        if len(self.data) > 255:
            raise ReceiptContentError("barcode data is longer than 255 characters")
        if not 1 <= self.height <= 255:
            raise ReceiptContentError(f"barcode height must be 1..255 dots, got {self.height}")


@dataclass(frozen=True)
class Logo:
    """A monochrome image (for example the city's emblem), printed as a raster."""

    path: Path
    align: Align = Align.CENTER


@dataclass(frozen=True)
class Feed:
    """Blank lines."""

    lines: int = 1

    def __post_init__(self) -> None:
        if not 1 <= self.lines <= 255:
            raise ReceiptContentError(f"feed must be 1..255 lines, got {self.lines}")


@dataclass(frozen=True)
class Cut:
    """Feed past the cutter and cut (partial keeps a hinge so the slip does not fall)."""

    partial: bool = False


Block = Text | Qr | Barcode | Logo | Feed | Cut


# Invisible characters a text may carry for line breaking: they take no column and print nothing.
WORD_JOINER = "\u2060"  # no line break on either side
INVISIBLE = frozenset({WORD_JOINER, "\u200b", "\ufeff"})  # and ZERO WIDTH SPACE, ZWNBSP


def char_columns(char: str) -> int:
    """Columns one character takes: 2 for full-width (East Asian wide), 0 if invisible, else 1."""
    if char in INVISIBLE:
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def display_columns(text: str) -> int:
    """Columns a string takes when printed."""
    return sum(char_columns(c) for c in text)


def wrap(text: str, columns: int) -> list[str]:
    """Split ``text`` into lines of at most ``columns`` columns, never splitting a character.

    A line never breaks next to a WORD JOINER when an earlier break in the line can be had;
    the invisible characters are left out of the lines.
    """
    if columns < 2:
        raise ReceiptContentError(f"cannot wrap text into {columns} columns")
    lines: list[str] = []
    current, used = "", 0
    for char in text:
        if char in INVISIBLE and char != WORD_JOINER:
            continue
        width = char_columns(char)
        if width and used + width > columns:
            cut = _last_break(current)
            lines.append(current[:cut])
            current = current[cut:]
            used = display_columns(current)
            if used + width > columns:  # what was carried over and this one do not fit together
                lines.append(current)
                current, used = "", 0
        current += char
        used += width
    lines = [line.replace(WORD_JOINER, "") for line in lines]
    current = current.replace(WORD_JOINER, "")
    if current or not lines:
        lines.append(current)
    return lines


def _last_break(line: str) -> int:
    """Where to cut ``line`` before the next character: its end, or its last unjoined gap."""
    if not line.endswith(WORD_JOINER):
        return len(line)
    for cut in range(len(line) - 1, 0, -1):
        if WORD_JOINER not in (line[cut - 1], line[cut]):
            return cut
    return len(line)  # one phrase wider than the line: cut it here


@dataclass
class Receipt:
    """A receipt built block by block; layout helpers know the paper width."""

    paper: Paper = Paper.MM80
    blocks: list[Block] = field(default_factory=list)

    def columns(self, width: int = 1) -> int:
        """Half-width columns per line at character magnification ``width``."""
        return self.paper.columns // width

    def text(self, text: str, **style: object) -> Receipt:
        """Add ``text``, wrapped to the paper width, one ``Text`` block per printed line."""
        width = style.get("width", 1)
        columns = self.columns(width if isinstance(width, int) and width > 0 else 1)
        for paragraph in text.splitlines() or [""]:
            for line in wrap(paragraph, columns):
                self.blocks.append(Text(line, **style))  # type: ignore[arg-type]
        return self

    def pair(self, left: str, right: str, *, bold: bool = False) -> Receipt:
        """Add a line with ``left`` flush left and ``right`` flush right (item … price)."""
        columns = self.columns()
        gap = columns - display_columns(left) - display_columns(right)
        if gap < 1:
            room = columns - display_columns(right) - 1
            if room < 2:
                raise ReceiptContentError("the right-hand text is wider than the paper")
            self.text(left, bold=bold)
            left, gap = "", columns - display_columns(right)
        self.blocks.append(Text(left + " " * gap + right, bold=bold))
        return self

    def rule(self, char: str = "-") -> Receipt:
        """Add a horizontal rule across the paper."""
        self.blocks.append(Text(char * (self.columns() // char_columns(char))))
        return self

    def add(self, block: Block) -> Receipt:
        """Add any block (QR code, barcode, logo, feed, cut)."""
        self.blocks.append(block)
        return self
