"""Draws what the emulator printed as a receipt image, in a Japanese monospaced font."""

from __future__ import annotations

import io
from functools import lru_cache
from pathlib import Path

import barcode
import qrcode
from barcode.writer import ImageWriter
from PIL import Image, ImageDraw, ImageFont

from devices.receipt.document import char_columns
from devices.receipt.emulator import (
    BarcodeSymbol,
    CutMark,
    EscposEmulator,
    FeedMark,
    Printed,
    QrSymbol,
    Raster,
    TextLine,
)

FONT_FILES = (
    Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"),
    Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"),
)
FONT_NAME = "Noto Sans Mono CJK JP"
CELL = 12  # dots per half-width column; full-width characters take two
MARGIN = 16
GLYPH_HEIGHT = 28  # a 24-dot em plus room for descenders
_QR_LEVELS = {
    "L": qrcode.constants.ERROR_CORRECT_L,
    "M": qrcode.constants.ERROR_CORRECT_M,
    "Q": qrcode.constants.ERROR_CORRECT_Q,
    "H": qrcode.constants.ERROR_CORRECT_H,
}


@lru_cache(maxsize=2)
def receipt_font(bold: bool = False) -> ImageFont.FreeTypeFont:
    """The monospaced Japanese face of Noto Sans CJK at 24 dots."""
    path = FONT_FILES[1 if bold else 0]
    for index in range(10):
        try:
            font = ImageFont.truetype(str(path), 24, index=index)
        except OSError:
            break
        if font.getname()[0] == FONT_NAME:
            return font
    raise FileNotFoundError(f"the font {FONT_NAME} is not installed (Debian: fonts-noto-cjk)")


def _x(align: int, width: int, paper: int) -> int:
    if align == 1:
        return max(0, (paper - width) // 2)
    if align == 2:
        return max(0, paper - width)
    return 0


def render_text_line(line: TextLine, paper: int) -> Image.Image:
    """One text line as a 1-bit strip ``paper`` dots wide (wrapping like the printer does)."""
    cells: list[tuple[str, int, int]] = []  # char, style index, columns
    styles = [style for _, style in line.runs]
    for index, (text, _) in enumerate(line.runs):
        cells += [(char, index, char_columns(char)) for char in text]
    tallest = max((s.height for s in styles), default=1)
    row_height = GLYPH_HEIGHT * tallest + 2
    rows: list[list[tuple[str, int, int]]] = [[]]
    used = 0
    for cell in cells:
        width = cell[2] * CELL * styles[cell[1]].width
        if used + width > paper and rows[-1]:
            rows.append([])
            used = 0
        rows[-1].append(cell)
        used += width
    strip = Image.new("L", (paper, row_height * len(rows)), 255)
    for number, row in enumerate(rows):
        total = sum(c[2] * CELL * styles[c[1]].width for c in row)
        x = _x(line.align, total, paper)
        for char, index, columns in row:
            style = styles[index]
            glyph = Image.new("L", (columns * CELL, GLYPH_HEIGHT), 255)
            ImageDraw.Draw(glyph).text(
                (columns * CELL / 2, 12), char, font=receipt_font(style.bold), fill=0, anchor="mm"
            )
            if style.underline:
                ImageDraw.Draw(glyph).line((0, 26, columns * CELL, 26), fill=0, width=2)
            size = (columns * CELL * style.width, GLYPH_HEIGHT * style.height)
            glyph = glyph.resize(size, Image.Resampling.NEAREST)
            top = number * row_height + row_height - 2 - size[1]
            strip.paste(glyph, (x, top))
            x += size[0]
    return strip


def render_qr(symbol: QrSymbol, paper: int) -> Image.Image:
    """The QR symbol as the printer draws it (model 2, the stored module size and level)."""
    code = qrcode.QRCode(
        error_correction=_QR_LEVELS[symbol.error_level], box_size=symbol.module, border=0
    )
    code.add_data(symbol.data)
    code.make(fit=True)
    image = code.make_image(fill_color="black", back_color="white").get_image().convert("L")
    strip = Image.new("L", (paper, image.height), 255)
    strip.paste(image, (_x(symbol.align, image.width, paper), 0))
    return strip


def render_barcode(symbol: BarcodeSymbol, paper: int) -> Image.Image:
    """The barcode with its digits below, modules ``symbol.module`` dots wide."""
    kind = "ean13" if symbol.kind == "EAN13" else "code128"
    code = barcode.get(kind, symbol.data, writer=ImageWriter())
    buffer = io.BytesIO()
    code.write(
        buffer,
        {
            "module_width": symbol.module * 25.4 / 203,
            "module_height": symbol.bar_height * 25.4 / 203,
            "dpi": 203,
            "quiet_zone": 2.0,
            "font_size": 8,
            "text_distance": 3.0,
        },
    )
    buffer.seek(0)
    image = Image.open(buffer).convert("L")
    if image.width > paper:
        image = image.crop((0, 0, paper, image.height))
    strip = Image.new("L", (paper, image.height), 255)
    strip.paste(image, (_x(symbol.align, image.width, paper), 0))
    return strip


def render_raster(raster: Raster, paper: int) -> Image.Image:
    """A GS v 0 raster image."""
    width = raster.width_bytes * 8
    image = Image.frombytes("1", (width, raster.rows), raster.data)
    image = Image.eval(image.convert("L"), lambda v: 255 - v)
    strip = Image.new("L", (paper, raster.rows), 255)
    strip.paste(image, (_x(raster.align, width, paper), 0))
    return strip


def _render_item(item: Printed, paper: int) -> Image.Image:
    if isinstance(item, TextLine):
        return render_text_line(item, paper)
    if isinstance(item, QrSymbol):
        return render_qr(item, paper)
    if isinstance(item, BarcodeSymbol):
        return render_barcode(item, paper)
    if isinstance(item, Raster):
        return render_raster(item, paper)
    if isinstance(item, FeedMark):
        return Image.new("L", (paper, max(item.dots, 1)), 255)
    strip = Image.new("L", (paper, 12), 255)
    draw = ImageDraw.Draw(strip)
    for x in range(0, paper, 12 if isinstance(item, CutMark) and item.partial else 8):
        draw.line((x, 6, x + 4, 6), fill=128)
    return strip


def receipts(printed: list[Printed]) -> list[list[Printed]]:
    """The roll cut into receipts: each ends with its cut; what follows the last cut is one more."""
    cut: list[list[Printed]] = [[]]
    for item in printed:
        cut[-1].append(item)
        if isinstance(item, CutMark):
            cut.append([])
    return [receipt for receipt in cut if receipt]


def _draw(items: list[Printed], paper: int) -> Image.Image:
    strips = [_render_item(item, paper) for item in items]
    height = sum(s.height for s in strips)
    image = Image.new("L", (paper + 2 * MARGIN, height + 2 * MARGIN), 255)
    y = MARGIN
    for strip in strips:
        image.paste(strip, (MARGIN, y))
        y += strip.height
    return image


def render(emulator: EscposEmulator, receipt: int = -1) -> Image.Image:
    """One receipt as the cutter left it, with a white margin: by default the latest one.

    ``receipt`` counts receipts like a list index (0 the first since start, -1 the latest).
    Nothing printed yet draws an empty slip.
    """
    cut = receipts(emulator.printed())
    return _draw(cut[receipt] if cut else [], emulator.paper_width.dots)


def render_roll(emulator: EscposEmulator) -> Image.Image:
    """Everything printed since start, every receipt one after the other."""
    return _draw(emulator.printed(), emulator.paper_width.dots)


def save_png(emulator: EscposEmulator, path: Path, receipt: int = -1) -> Path:
    """Render one receipt (by default the latest) to a PNG file."""
    render(emulator, receipt).save(path, "PNG")
    return path
