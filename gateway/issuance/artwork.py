"""Images on the certificates: the mayor's seal (職印) and registered seal impressions."""

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
    """The mayor's official seal (職印), square as a 角印 is: a red frame, text in columns, PNG."""
    image = Image.new("RGBA", (size, size), (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    frame = size // 18
    edge = size // 40
    draw.rounded_rectangle(
        (edge, edge, size - edge, size - edge), radius=size // 60, outline=SEAL_RED, width=frame
    )
    inner = size - 2 * (edge + frame)
    columns = _columns(text)
    cell = inner * 0.94 / max(len(columns), max(len(col) for col in columns))
    font = _font(int(cell * 0.98))
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
