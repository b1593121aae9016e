"""The 「複写」 anti-copy ground of a certificate, drawn in the PDF as fine vector screens.

The page is covered by an even light tint, cut into square cells of one pitch. A cell of the
ground holds one very fine line (one 600-dpi dot thick, which a copier cannot reproduce); a cell
inside the letters of 「複写」 holds one coarse dot (several dots wide, which it can). Both inks
the same share of the cell, so on the original the word differs only in the structure of its
dots and reads as the same pale tint; on a photocopy the fine lines drop out and the word
stands out in dots. Drawn as vectors, the screens keep their share of ink at any resolution.
"""

from __future__ import annotations

import functools
import math

from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas

from gateway.issuance.artwork import font_path

INK = (120 / 255, 130 / 255, 150 / 255)
TILE_W, TILE_H = 70 * mm, 35 * mm
ANGLE = 12  # degrees the word is turned
SHARE = 0.07  # of the paper inked, in the ground and in the word alike
PITCH = 0.6 * mm  # one cell
LINE = PITCH * SHARE  # 0.042 mm: a single 600-dpi dot
DOT = PITCH * math.sqrt(SHARE)  # 0.16 mm: four dots
FORM = "copy-deterrent-tile"


def coverage() -> tuple[float, float]:
    """The share of a cell inked by its fine line and by its coarse dot (equal)."""
    return LINE / PITCH, (DOT / PITCH) ** 2


@functools.cache
def word_cells(word: str = "複写") -> frozenset[tuple[int, int]]:
    """The cells (column, row from the bottom) of one tile that lie inside the turned word."""
    columns, rows = round(TILE_W / PITCH), round(TILE_H / PITCH)
    scale = 8  # mask pixels per cell
    mask = Image.new("L", (columns * scale, rows * scale), 0)
    font = ImageFont.truetype(str(font_path()), int(rows * scale * 0.62))
    ImageDraw.Draw(mask).text(
        (mask.width / 2, mask.height / 2),
        word,
        font=font,
        fill=255,
        anchor="mm",
        stroke_width=scale,  # a bolder word: no stroke thinner than two cells
        stroke_fill=255,
    )
    mask = mask.rotate(ANGLE, resample=Image.Resampling.BILINEAR, fillcolor=0)
    inside = set()
    for row in range(rows):
        for column in range(columns):
            x, y = column * scale + scale // 2, (rows - 1 - row) * scale + scale // 2
            if mask.getpixel((x, y)) > 127:  # type: ignore[operator]
                inside.add((column, row))
    return frozenset(inside)


def draw_copy_deterrent(pdf: canvas.Canvas, page_w: float, page_h: float) -> None:
    """Cover the page with the ground (before anything else is drawn on it)."""
    _define_tile(pdf)
    y = 0.0
    while y < page_h:
        x = 0.0
        while x < page_w:
            pdf.saveState()
            pdf.translate(x, y)
            pdf.doForm(FORM)
            pdf.restoreState()
            x += TILE_W
        y += TILE_H


def _define_tile(pdf: canvas.Canvas) -> None:
    """One tile as a form, stored once in the file and placed as often as the page needs."""
    columns, rows = round(TILE_W / PITCH), round(TILE_H / PITCH)
    word = word_cells()
    pdf.beginForm(FORM, lowerx=0, lowery=0, upperx=TILE_W, uppery=TILE_H)
    pdf.setFillColorRGB(*INK)
    ink = pdf.beginPath()
    for row in range(rows):
        start = None  # a run of ground cells becomes one filled strip
        for column in range(columns + 1):
            ground = column < columns and (column, row) not in word
            if ground and start is None:
                start = column
            elif not ground and start is not None:
                y = row * PITCH + (PITCH - LINE) / 2
                ink.rect(start * PITCH, y, (column - start) * PITCH, LINE)
                start = None
    margin = (PITCH - DOT) / 2
    for column, row in sorted(word):
        ink.rect(column * PITCH + margin, row * PITCH + margin, DOT, DOT)
    # Filled shapes, never hairline strokes: a viewer widens a stroke to a whole pixel.
    pdf.drawPath(ink, stroke=0, fill=1)
    pdf.endForm()
