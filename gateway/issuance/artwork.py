"""Images on the certificates: the mayor's seal, seal impressions, the 「複写」 pattern."""

from __future__ import annotations

import functools
import io
import math
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw, ImageFont

FONT_PATHS = (
    Path("/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"),
    Path("/usr/share/fonts/truetype/fonts-japanese-mincho.ttf"),
)
SEAL_RED = (200, 30, 30, 255)
# The copy-deterrent tile at 600 dpi: fine dots (lost by a copier) around coarse dots (kept).
PATTERN_DPI = 600
FINE_PITCH, FINE_DOT = 4, 1
COARSE_PITCH, COARSE_DOT = 12, 3
PATTERN_INK = (120, 130, 150)


def font_path() -> Path:
    """The Mincho TrueType font used for drawing and for the PDFs."""
    for path in FONT_PATHS:
        if path.exists():
            return path
    raise FileNotFoundError("no Japanese Mincho font: install fonts-ipaexfont-mincho")


def _font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(font_path()), size)


def _png(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, "PNG", optimize=True)
    return out.getvalue()


@functools.cache
def mayor_seal(text: str = "はなみずき市長之印", size: int = 600) -> bytes:
    """A square official seal (角印 style drawn round): red ring, text in columns, as PNG."""
    image = Image.new("RGBA", (size, size), (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    ring = size // 24
    draw.ellipse((ring, ring, size - ring, size - ring), outline=SEAL_RED, width=ring)
    inner = size - 4 * ring
    columns = _columns(text)
    cell = inner * 0.8 / max(len(col) for col in columns)
    font = _font(int(cell * 0.95))
    _draw_columns(draw, columns, cell, size, font)
    return _png(image)


def _draw_columns(
    draw: ImageDraw.ImageDraw, columns: list[str], cell: float, size: int, font: Any
) -> None:
    """Seal characters centred in the circle: top to bottom, columns right to left."""
    width = cell * len(columns)
    for index, column in enumerate(columns):
        x = size / 2 + width / 2 - (index + 0.5) * cell
        top = size / 2 - cell * len(column) / 2
        for row, char in enumerate(column):
            draw.text(
                (x, top + (row + 0.5) * cell),
                char,
                font=font,
                fill=SEAL_RED,
                anchor="mm",
                stroke_width=max(1, size // 120),
                stroke_fill=SEAL_RED,
            )


def _columns(text: str) -> list[str]:
    count = 3 if len(text) > 4 else (2 if len(text) > 1 else 1)
    per = math.ceil(len(text) / count)
    return [text[i : i + per] for i in range(0, len(text), per)]


@functools.cache
def seal_impression(text: str, size: int = 300) -> bytes:
    """A resident's registered seal: red circle with 1 to 4 characters, as PNG."""
    image = Image.new("RGBA", (size, size), (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    ring = size // 20
    draw.ellipse((ring, ring, size - ring, size - ring), outline=SEAL_RED, width=ring)
    cell = size * 0.62 / max(1, len(text) if len(text) <= 2 else 2)
    font = _font(int(cell))
    columns = [text] if len(text) <= 2 else _columns(text)
    _draw_columns(draw, columns, cell, size, font)
    return _png(image)


@functools.cache
def copy_deterrent_tile(word: str = "複写", width_mm: float = 70, height_mm: float = 35) -> bytes:
    """One tile of the background: a latent 「複写」 in coarse dots among fine dots, as PNG.

    Both areas cover the same share of the paper (1/16: a 1-pixel dot per 4-pixel cell, a
    3-pixel dot per 12-pixel cell), so the word hardly shows on the
    original; a copier drops the isolated fine dots and keeps the coarse ones, so it appears on
    the copy. How clearly depends on the copier.
    """
    px = round(width_mm / 25.4 * PATTERN_DPI), round(height_mm / 25.4 * PATTERN_DPI)
    mask = Image.new("L", px, 0)
    draw = ImageDraw.Draw(mask)
    font = _font(int(px[1] * 0.62))
    draw.text((px[0] / 2, px[1] / 2), word, font=font, fill=255, anchor="mm")
    mask = mask.rotate(12, resample=Image.Resampling.BILINEAR, fillcolor=0)
    tile = Image.new("RGB", px, (255, 255, 255))
    ink = ImageDraw.Draw(tile)
    inside = mask.tobytes()  # one byte per pixel ("L"), row by row
    for y in range(0, px[1], FINE_PITCH):
        for x in range(0, px[0], FINE_PITCH):
            coarse = inside[y * px[0] + x] > 127
            if coarse and x % COARSE_PITCH == 0 and y % COARSE_PITCH == 0:
                ink.rectangle((x, y, x + COARSE_DOT - 1, y + COARSE_DOT - 1), fill=PATTERN_INK)
            elif not coarse:
                ink.rectangle((x, y, x + FINE_DOT - 1, y + FINE_DOT - 1), fill=PATTERN_INK)
    return _png(tile.convert("P", palette=Image.Palette.ADAPTIVE, colors=2))
