"""An ESC/POS receipt printer in software: parses the stream, answers status, prints to paper.

It understands every command the codec emits (and python-escpos' style commands), decodes text
as a Japanese printer does (Shift_JIS after ``FS C 1``, katakana table, ¥ at 0x5C), records
bytes it does not understand instead of skipping them silently, and can run out of paper, open
its cover or go offline. ``render()`` in ``devices.receipt.render`` draws a receipt as a PNG.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field

from devices.receipt.document import Paper

log = logging.getLogger(__name__)

ESC, GS, FS, DLE, LF, CR = 0x1B, 0x1D, 0x1C, 0x10, 0x0A, 0x0D
LINE_DOTS = 30  # default line spacing at 203 dpi
DOTS_PER_MM = 8


@dataclass(frozen=True)
class Style:
    """Character style in effect when text was printed."""

    bold: bool = False
    underline: bool = False
    width: int = 1
    height: int = 1


@dataclass
class TextLine:
    """A printed line: runs of (text, style), its alignment, and unknown-byte markers."""

    runs: list[tuple[str, Style]]
    align: int

    @property
    def text(self) -> str:
        """The line's characters."""
        return "".join(text for text, _ in self.runs)

    @property
    def height(self) -> int:
        """Height in dots."""
        tallest = max((style.height for _, style in self.runs), default=1)
        return LINE_DOTS + 24 * (tallest - 1)


@dataclass
class QrSymbol:
    """A printed QR code."""

    data: bytes
    module: int
    error_level: str
    align: int

    @property
    def height(self) -> int:
        """Approximate height in dots (version unknown until drawn)."""
        return self.module * 33


@dataclass
class BarcodeSymbol:
    """A printed barcode (GS k)."""

    kind: str
    data: str
    bar_height: int
    module: int
    align: int

    @property
    def height(self) -> int:
        """Bars plus the human-readable line."""
        return self.bar_height + 30


@dataclass
class Raster:
    """A printed raster image: rows of packed bits, MSB leftmost, 1 = black."""

    width_bytes: int
    rows: int
    data: bytes
    align: int

    @property
    def height(self) -> int:
        """Rows in dots."""
        return self.rows


@dataclass
class FeedMark:
    """Blank paper fed by ESC d."""

    dots: int

    @property
    def height(self) -> int:
        """Dots fed."""
        return self.dots


@dataclass
class CutMark:
    """Where the cutter cut."""

    partial: bool
    height: int = 0


@dataclass(frozen=True)
class UnknownBytes:
    """Bytes the emulator could not parse, with their offset in the stream."""

    offset: int
    data: bytes


Printed = TextLine | QrSymbol | BarcodeSymbol | Raster | FeedMark | CutMark


@dataclass
class Conditions:
    """What the operator (or a test) has done to the printer."""

    paper_left_mm: float | None = None  # None = an endless roll
    near_end: bool = False
    cover_open: bool = False
    offline: bool = False
    error: bool = False


@dataclass
class _Modes:
    align: int = 0
    bold: bool = False
    underline: bool = False
    width: int = 1
    height: int = 1
    katakana: bool = False
    japan: bool = False
    shift_jis: bool = False
    hri: int = 0
    bar_height: int = 162
    bar_module: int = 3
    qr_module: int = 3
    qr_level: str = "L"
    qr_data: bytes = b""


@dataclass
class EscposEmulator:
    """The printer: feed it bytes, get its replies; ``paper`` holds what was printed."""

    paper_width: Paper = Paper.MM80
    conditions: Conditions = field(default_factory=Conditions)
    paper: list[Printed] = field(default_factory=list)
    unknown: list[UnknownBytes] = field(default_factory=list)
    lost: int = 0  # items that could not print (paper out, cover open)

    def __post_init__(self) -> None:
        self._buffer = bytearray()
        self._offset = 0
        self._modes = _Modes()
        self._line: list[tuple[str, Style]] = []
        self._lock = threading.RLock()

    # -- operator actions ------------------------------------------------------------------

    def run_out_of_paper(self, after_mm: float = 0.0) -> None:
        """Let the roll end now (or after ``after_mm`` more millimetres)."""
        with self._lock:
            self.conditions.paper_left_mm = after_mm

    def load_paper(self) -> None:
        """Put in a new roll."""
        with self._lock:
            self.conditions.paper_left_mm = None
            self.conditions.near_end = False

    def set_cover_open(self, is_open: bool) -> None:
        """Open or close the cover."""
        with self._lock:
            self.conditions.cover_open = is_open

    def set_offline(self, offline: bool) -> None:
        """Take the printer offline or back online."""
        with self._lock:
            self.conditions.offline = offline

    # -- state -----------------------------------------------------------------------------

    @property
    def paper_end(self) -> bool:
        """Whether the roll has run out."""
        left = self.conditions.paper_left_mm
        return left is not None and left <= 0

    @property
    def can_print(self) -> bool:
        """Whether printing happens now."""
        c = self.conditions
        return not (self.paper_end or c.cover_open or c.offline or c.error)

    def status_byte(self, n: int) -> int:
        """The reply to DLE EOT ``n``."""
        c = self.conditions
        if n == 1:
            return 0x12 | (0x08 if not self.can_print else 0)
        if n == 2:
            return (
                0x12
                | (0x04 if c.cover_open else 0)
                | (0x20 if self.paper_end else 0)
                | (0x40 if c.error else 0)
            )
        if n == 3:
            return 0x12 | (0x20 if c.error else 0)
        near = c.near_end or (c.paper_left_mm is not None and c.paper_left_mm < 50)
        return 0x12 | (0x0C if near else 0) | (0x60 if self.paper_end else 0)

    def printed(self) -> list[Printed]:
        """A copy of everything printed so far."""
        with self._lock:
            return list(self.paper)

    def text_lines(self) -> list[str]:
        """The text of every printed line, in order."""
        with self._lock:
            return [item.text for item in self.paper if isinstance(item, TextLine)]

    def qr_codes(self) -> list[bytes]:
        """The data of every printed QR code."""
        with self._lock:
            return [item.data for item in self.paper if isinstance(item, QrSymbol)]

    # -- printing --------------------------------------------------------------------------

    def _print(self, item: Printed) -> None:
        if not self.can_print:
            self.lost += 1
            return
        self.paper.append(item)
        left = self.conditions.paper_left_mm
        if left is not None:
            self.conditions.paper_left_mm = left - item.height / DOTS_PER_MM

    def _style(self) -> Style:
        m = self._modes
        return Style(m.bold, m.underline, m.width, m.height)

    def _add_text(self, text: str) -> None:
        style = self._style()
        if self._line and self._line[-1][1] == style:
            self._line[-1] = (self._line[-1][0] + text, style)
        else:
            self._line.append((text, style))

    def _line_feed(self) -> None:
        self._print(TextLine(self._line, self._modes.align))
        self._line = []

    def _flush_line(self) -> None:
        if self._line:
            self._line_feed()

    def _unknown(self, offset: int, data: bytes) -> None:
        self.unknown.append(UnknownBytes(offset, data))
        log.warning("unknown ESC/POS bytes at offset %d: %s", offset, data.hex(" "))
        self._add_text("[?" + data.hex(" ") + "]")

    def feed(self, data: bytes) -> bytes:
        """Take bytes from the host; returns the printer's replies."""
        with self._lock:
            self._buffer += data
            replies = bytearray()
            while self._buffer:
                used = self._step(replies)
                if used == 0:
                    break  # a command is incomplete: wait for more bytes
                del self._buffer[:used]
                self._offset += used
            return bytes(replies)

    def _step(self, replies: bytearray) -> int:
        buf, m = self._buffer, self._modes
        b = buf[0]
        if b == LF:
            self._line_feed()
            return 1
        if b == CR:
            return 1
        if b in (ESC, GS, FS, DLE):
            return self._command(replies)
        if b < 0x20 or b == 0x7F:
            self._unknown(self._offset, bytes(buf[:1]))
            return 1
        if m.shift_jis and (0x81 <= b <= 0x9F or 0xE0 <= b <= 0xFC):
            if len(buf) < 2:
                return 0
            pair = bytes(buf[:2])
            try:
                self._add_text(pair.decode("cp932"))
            except UnicodeDecodeError:
                self._unknown(self._offset, pair)
            return 2
        if b < 0x80:
            char = chr(b)
            if m.japan and b == 0x5C:
                char = "¥"
            elif m.japan and b == 0x7E:
                char = "‾"
            self._add_text(char)
            return 1
        if m.katakana and 0xA1 <= b <= 0xDF:
            self._add_text(bytes((b,)).decode("cp932"))
        else:
            self._add_text(bytes((b,)).decode("cp437"))
        return 1

    def _need(self, n: int) -> bool:
        return len(self._buffer) >= n

    def _command(self, replies: bytearray) -> int:
        buf, m = self._buffer, self._modes
        if not self._need(2):
            return 0
        prefix, code = buf[0], buf[1]
        arg = buf[2] if len(buf) > 2 else None
        if prefix == DLE and code == 0x04:
            if arg is None:
                return 0
            if 1 <= arg <= 4:
                replies.append(self.status_byte(arg))
                return 3
        elif prefix == ESC:
            if code == ord("@"):
                self._flush_line()
                self._modes = _Modes()
                return 2
            simple = {ord("t"), ord("R"), ord("E"), ord("-"), ord("a"), ord("!"), ord("d")}
            simple |= {ord("M")}
            if code in simple:
                if arg is None:
                    return 0
                if code == ord("t"):
                    m.katakana = arg == 1
                elif code == ord("R"):
                    m.japan = arg == 8
                elif code == ord("E"):
                    m.bold = bool(arg & 1)
                elif code == ord("-"):
                    m.underline = arg in (1, 2, 0x31, 0x32)
                elif code == ord("a"):
                    m.align = arg - 0x30 if arg >= 0x30 else arg
                elif code == ord("!"):
                    m.bold = bool(arg & 0x08)
                    m.height = 2 if arg & 0x10 else 1
                    m.width = 2 if arg & 0x20 else 1
                    m.underline = bool(arg & 0x80)
                elif code == ord("d"):
                    self._flush_line()
                    self._print(FeedMark(arg * LINE_DOTS))
                return 3
        elif prefix == FS:
            if code in (ord("&"), ord(".")):
                return 2
            if code == ord("C"):
                if arg is None:
                    return 0
                m.shift_jis = arg in (1, 0x31)
                return 3
        elif prefix == GS:
            if code in (ord("!"), ord("H"), ord("h"), ord("w"), ord("r")):
                if arg is None:
                    return 0
                if code == ord("!"):
                    m.width, m.height = (arg >> 4) + 1, (arg & 0x0F) + 1
                elif code == ord("H"):
                    m.hri = arg
                elif code == ord("h"):
                    m.bar_height = arg
                elif code == ord("w"):
                    m.bar_module = arg
                elif code == ord("r") and self.can_print:
                    c = self.conditions
                    near = c.near_end or (c.paper_left_mm is not None and c.paper_left_mm < 50)
                    replies.append(0x03 if near else 0x00)
                return 3
            if code == ord("V"):
                if arg is None:
                    return 0
                if arg in (0, 1, 0x30, 0x31):
                    self._flush_line()
                    self._print(CutMark(partial=arg in (1, 0x31)))
                    return 3
                if arg in (65, 66):
                    if not self._need(4):
                        return 0
                    self._flush_line()
                    self._print(FeedMark(buf[3]))
                    self._print(CutMark(partial=arg == 66))
                    return 4
            if code == ord("("):
                return self._extended(replies)
            if code == ord("k"):
                return self._barcode()
            if code == ord("v"):
                return self._raster()
        self._unknown(self._offset, bytes(buf[:2]))
        return 2

    def _extended(self, replies: bytearray) -> int:
        buf, m = self._buffer, self._modes
        if not self._need(5):
            return 0
        size = buf[3] | buf[4] << 8
        total = 5 + size
        if not self._need(total):
            return 0
        body = bytes(buf[5:total])
        if buf[2] != ord("k") or len(body) < 2 or body[0] != 0x31:
            self._unknown(self._offset, bytes(buf[:total]))
            return total
        fn = body[1]
        if fn == ord("A"):
            pass  # model: only model 2 is drawn
        elif fn == ord("C") and len(body) == 3:
            m.qr_module = body[2]
        elif fn == ord("E") and len(body) == 3:
            m.qr_level = {0x30: "L", 0x31: "M", 0x32: "Q", 0x33: "H"}.get(body[2], "L")
        elif fn == ord("P") and len(body) >= 3:
            m.qr_data = body[3:]
        elif fn == ord("Q"):
            self._flush_line()
            self._print(QrSymbol(m.qr_data, m.qr_module, m.qr_level, m.align))
        else:
            self._unknown(self._offset, bytes(buf[:total]))
        return total

    def _barcode(self) -> int:
        buf, m = self._buffer, self._modes
        if not self._need(4):
            return 0
        kind = buf[2]
        if kind < 65:  # NUL-terminated forms are not emitted by the codec
            self._unknown(self._offset, bytes(buf[:3]))
            return 3
        total = 4 + buf[3]
        if not self._need(total):
            return 0
        data = bytes(buf[4:total]).decode("ascii", "replace")
        names = {67: "EAN13", 73: "CODE128"}
        if kind not in names:
            self._unknown(self._offset, bytes(buf[:total]))
            return total
        if kind == 73:
            data = data[2:].replace("{{", "{") if data.startswith("{B") else data
        self._flush_line()
        self._print(BarcodeSymbol(names[kind], data, m.bar_height, m.bar_module, m.align))
        return total

    def _raster(self) -> int:
        buf, m = self._buffer, self._modes
        if not self._need(8):
            return 0
        width_bytes, rows = buf[4] | buf[5] << 8, buf[6] | buf[7] << 8
        total = 8 + width_bytes * rows
        if buf[2] not in (0, 0x30):
            self._unknown(self._offset, bytes(buf[:3]))
            return 3
        if not self._need(total):
            return 0
        self._flush_line()
        self._print(Raster(width_bytes, rows, bytes(buf[8:total]), m.align))
        return total
