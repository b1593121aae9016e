"""Slips over an ESC/POS receipt printer, in the resident's language.

The printer's own font is Japanese (Shift_JIS): Japanese and English lines go out as text. Other
languages, and any line with a character Shift_JIS lacks (``ū`` in an English name), are drawn
in the language's Noto face and sent as raster images of the paper's width: Hangul, Vietnamese
and Portuguese accents have no Shift_JIS code, and simplified Chinese drawn by a Japanese font
takes the Japanese glyph forms. So every language comes out legibly on any ESC/POS printer.
"""

from __future__ import annotations

import logging
import subprocess
import tempfile
from functools import lru_cache
from itertools import count
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from content.languages import language
from content.phrasing import plain, show_readings, wrap
from devices.errors import DeviceError
from devices.live import LiveDevice, device_source
from devices.receipt import document
from devices.receipt.codec import encode_text
from devices.receipt.document import Align, Cut, Logo, Paper, Receipt, display_columns
from devices.receipt.errors import PrinterNotReadyError, ReceiptContentError, ReceiptError
from devices.receipt.printer import ReceiptPrinter
from kiosk.blocks.slips.slip import Feed, Pair, Rule, Slip, Text
from kiosk.shell.core.errors import FlowError

log = logging.getLogger(__name__)

NATIVE = frozenset({"ja", "ja-easy", "en"})  # languages the printer's own font serves
FONT_PX = 24  # the printer's font A is 24 dots high
LINE_PX = 30


def printable(text: str) -> bool:
    """True when the printer's Shift_JIS font has every character of ``text``."""
    try:
        encode_text(text)
    except ReceiptContentError:
        return False
    return True


@lru_cache(maxsize=16)
def face(family: str, bold: bool, size: int) -> ImageFont.FreeTypeFont:
    """The installed font file of ``family`` (found by fontconfig) at ``size`` pixels."""
    style = "Bold" if bold else "Regular"
    try:
        found = subprocess.run(
            ["fc-match", "-f", "%{file}|%{index}", f"{family}:style={style}"],
            capture_output=True,
            text=True,
            check=True,
            timeout=30,
        ).stdout
    except (OSError, subprocess.SubprocessError) as err:
        raise FlowError("receipt.font_missing", "fontconfig cannot find fonts") from err
    path, _, index = found.partition("|")
    try:
        return ImageFont.truetype(path, size, index=int(index or 0))
    except (OSError, ValueError) as err:
        raise FlowError("receipt.font_missing", f"the font {family} is not installed") from err


def error_key(err: ReceiptError) -> str:
    """The flow's key for a receipt printer error ('receipt.paper_out', 'receipt.timeout', …)."""
    if isinstance(err, PrinterNotReadyError):
        return f"receipt.{err.reason}"
    return err.key


class _Layout:
    """Lines of one receipt: printer text where the font allows, raster images elsewhere.

    Paragraphs break between phrases with kinsoku (:func:`content.phrasing.wrap`), as on screen.
    """

    def __init__(
        self, paper: Paper, family: str, folder: Path, *, native: bool, language: str
    ) -> None:
        self.receipt = Receipt(paper=paper)
        self.family = family
        self.language = language
        self.native = native
        self.folder = folder
        self._names = count(1)

    def text(
        self, text: str, *, align: Align = Align.LEFT, bold: bool = False, big: bool = False
    ) -> None:
        """A paragraph, wrapped to the paper."""
        text = plain(text)
        if self.native and printable(text):
            size = 2 if big else 1
            columns = self.receipt.columns(size)
            for line in wrap(text, lambda s: display_columns(s) <= columns, self.language):
                self.receipt.text(line, align=align, bold=bold, width=size, height=size)
            return
        font = face(self.family, bold, FONT_PX * (2 if big else 1))
        for line in self._wrap(text, font):
            self._image(line, "", font, align)

    def pair(self, left: str, right: str) -> None:
        """A label flush left and its value flush right."""
        left, right = show_readings(plain(left)), show_readings(plain(right))
        if self.native and printable(left + right):
            columns = self.receipt.columns()
            if display_columns(left) + display_columns(right) + 1 > columns:
                self.text(left)
                left = ""
            self.receipt.pair(left, right)
            return
        font = face(self.family, False, FONT_PX)
        dots = self.receipt.paper.dots
        if font.getlength(left) + font.getlength(right) + FONT_PX > dots:
            for line in self._wrap(left, font):
                self._image(line, "", font, Align.LEFT)
            left = ""
        self._image(left, right, font, Align.LEFT)

    def rule(self) -> None:
        """A dashed rule across the paper."""
        self.receipt.rule()

    def _wrap(self, text: str, font: ImageFont.FreeTypeFont) -> list[str]:
        dots = self.receipt.paper.dots
        return wrap(text, lambda s: font.getlength(s) <= dots, self.language)

    def _image(self, left: str, right: str, font: ImageFont.FreeTypeFont, align: Align) -> None:
        dots = self.receipt.paper.dots
        height = int(LINE_PX * font.size / FONT_PX)
        strip = Image.new("1", (dots, height), 1)
        draw = ImageDraw.Draw(strip)
        width = font.getlength(left)
        x = {Align.LEFT: 0, Align.CENTER: (dots - width) / 2, Align.RIGHT: dots - width}[align]
        baseline = height - height // 5
        draw.text((x, baseline), left, font=font, fill=0, anchor="ls")
        if right:
            draw.text((dots, baseline), right, font=font, fill=0, anchor="rs")
        path = self.folder / f"line-{next(self._names)}.png"
        strip.save(path)
        self.receipt.add(Logo(path, align=Align.LEFT))


class SlipPrinter:
    """Lays out and prints :class:`Slip` s on a receipt printer."""

    def __init__(
        self, printer: ReceiptPrinter | LiveDevice[ReceiptPrinter], *, paper: Paper | None = None
    ) -> None:
        self._printer = device_source(printer)
        self._paper = paper

    @property
    def paper(self) -> Paper:
        """The paper to lay out for: as given, else the printer's own, else 80 mm."""
        if self._paper is not None:
            return self._paper
        try:
            paper = getattr(self._printer(), "paper", None)  # not every printer knows its paper
        except DeviceError:  # the printer is not open right now
            paper = None
        return paper if isinstance(paper, Paper) else Paper.MM80

    def layout(self, slip: Slip, folder: Path) -> Receipt:
        """The printer's document for ``slip``; raster lines are written into ``folder``."""
        try:
            family = language(slip.language).font_family
        except KeyError:
            family = language("ja").font_family
        lines = _Layout(
            self.paper, family, folder, native=slip.language in NATIVE, language=slip.language
        )
        for line in slip.lines:
            if isinstance(line, Text):
                lines.text(line.text, align=line.align, bold=line.bold, big=line.big)
            elif isinstance(line, Pair):
                lines.pair(line.label, line.value)
            elif isinstance(line, Rule):
                lines.rule()
            elif isinstance(line, Feed):
                lines.receipt.add(document.Feed(line.lines))
        lines.receipt.add(document.Feed(3))
        lines.receipt.add(Cut(partial=True))
        return lines.receipt

    def print_slip(self, slip: Slip) -> None:
        """Lay out and print ``slip``; FlowError with the printer's key when it cannot."""
        with tempfile.TemporaryDirectory(prefix="machikado-slip-") as folder:
            try:
                receipt = self.layout(slip, Path(folder))
                self._printer().print_receipt(receipt)
            except ReceiptError as err:
                key = error_key(err)
                log.warning("slip not printed: %s", key)
                raise FlowError(key, str(err)) from err
