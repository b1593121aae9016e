"""Text the boards' fonts lack (Japanese) drawn with a Japanese font into DOTS pictures.

Each line is drawn without anti-aliasing at the largest size that fits its share of the board's
rows, then cut at character boundaries into pieces no wider than the board: one picture per
piece. Scrolling modes run the pieces on one page; the others show one piece per page.
"""

from __future__ import annotations

import functools
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from devices.ledsign.codec import RAINBOW, Colour, Picture
from devices.ledsign.errors import LedSignConfigError, LedSignContentError

FONT_FAMILY = "Noto Sans CJK JP"
KNOWN_FONTS = (
    ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 0),
    ("/usr/share/fonts/opentype/noto/NotoSansCJKjp-Regular.otf", 0),
    ("/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc", 0),
)
SIZE_PROBE = "漢"  # every line is sized as if it held a full-height kanji
RAINBOW_BAND = 6  # columns per colour in a rainbow picture


@dataclass(frozen=True)
class FontFile:
    """A font file and the face's index inside it (TrueType collections hold several)."""

    path: str
    index: int = 0


def find_japanese_font() -> FontFile:
    """Noto Sans CJK JP through fontconfig, or at its usual Debian paths."""
    if shutil.which("fc-match"):
        try:
            found = subprocess.run(
                ["fc-match", "-f", "%{file}:%{index}:%{family}", f"{FONT_FAMILY}:lang=ja"],
                capture_output=True,
                text=True,
                timeout=10,
                check=True,
            ).stdout
            path, index, family = found.split(":", 2)
            if "CJK" in family and Path(path).is_file():
                return FontFile(path, int(index or 0))
        except (OSError, subprocess.SubprocessError, ValueError):
            pass
    for known_path, known_index in KNOWN_FONTS:
        if Path(known_path).is_file():
            return FontFile(known_path, known_index)
    raise LedSignConfigError(
        "no Japanese font for the LED board: install fonts-noto-cjk", key="led_sign.no_font"
    )


@functools.lru_cache(maxsize=32)
def _font(font: FontFile, size: int) -> ImageFont.FreeTypeFont:
    try:
        return ImageFont.truetype(font.path, size, index=font.index)
    except OSError as err:
        raise LedSignConfigError(
            f"the LED board's font {Path(font.path).name} cannot be read", key="led_sign.no_font"
        ) from err


def _extent(face: ImageFont.FreeTypeFont, text: str) -> tuple[float, float]:
    top, bottom = face.getbbox(SIZE_PROBE, anchor="ls")[1::2]
    if text.strip():
        text_top, text_bottom = face.getbbox(text, anchor="ls")[1::2]
        top, bottom = min(top, text_top), max(bottom, text_bottom)
    return top, bottom


@functools.lru_cache(maxsize=256)
def fitting_font(font: FontFile, height: int, text: str = "") -> ImageFont.FreeTypeFont:
    """The largest size of ``font`` at which ``text`` (and a kanji) fit in ``height`` dots."""
    for size in range(height + 4, 3, -1):
        candidate = _font(font, size)
        top, bottom = _extent(candidate, text)
        if bottom - top <= height:
            return candidate
    raise LedSignContentError(f"{height} rows are too few for a line of text")


def draw_line(text: str, height: int, font: FontFile) -> tuple[Image.Image, list[int]]:
    """``text`` as a 1-bit image ``height`` dots high, and the x where each character starts."""
    face = fitting_font(font, height, text)
    top, bottom = _extent(face, text)
    width = max(1, round(face.getlength(text)))
    image = Image.new("1", (width, height), 0)
    draw = ImageDraw.Draw(image)
    draw.fontmode = "1"
    draw.text((0, (height - (bottom - top)) // 2 - top), text, font=face, fill=1, anchor="ls")
    starts = [round(face.getlength(text[:i])) for i in range(len(text))]
    return image, starts


def cut(image: Image.Image, text: str, starts: list[int], limit: int) -> list[Image.Image]:
    """``image`` of ``text`` cut into pieces at most ``limit`` dots wide, after a space if any."""
    pieces: list[Image.Image] = []
    left = 0
    ends = [*starts[1:], image.width]
    for index, end in enumerate(ends):
        if end - left <= limit:
            continue
        previous = ends[index - 1] if index else 0
        if previous <= left:
            raise LedSignContentError(
                "one character is wider than the board", key="led_sign.bad_content.too_long"
            )
        spaces = [
            ends[i]
            for i in range(index)
            if text[i] == " " and left < ends[i] and end - ends[i] <= limit
        ]
        stop = spaces[-1] if spaces else previous
        pieces.append(image.crop((left, 0, stop, image.height)))
        left = stop
    pieces.append(image.crop((left, 0, image.width, image.height)))
    return pieces


def pad(image: Image.Image, width: int) -> Image.Image:
    """``image`` centred on a blank strip ``width`` dots wide."""
    if image.width >= width:
        return image
    strip = Image.new("1", (width, image.height), 0)
    strip.paste(image, ((width - image.width) // 2, 0))
    return strip


def pixel_for(colour: Colour, column: int) -> str:
    """The DOTS pixel character of ``colour`` at ``column`` (rainbows change every few columns)."""
    if colour in (Colour.RAINBOW_1, Colour.RAINBOW_2):
        step = column // RAINBOW_BAND + (0 if colour is Colour.RAINBOW_1 else 2)
        return RAINBOW[step % len(RAINBOW)].value
    if colour in (Colour.COLOUR_MIX, Colour.AUTO):
        raise LedSignContentError(
            f"pictures cannot be drawn in {colour.name.lower()}", key="led_sign.bad_content.colour"
        )
    code: str = colour.value  # (mypy reads the value of an enum narrowed by `in` as Any)
    return code


def to_picture(image: Image.Image, colour: Colour, label: str) -> Picture:
    """A 1-bit (or any) image as a DOTS picture: lit dots in ``colour``."""
    mono = image.convert("1")
    width, height = mono.size
    on = mono.load()
    assert on is not None  # an image made in memory always has its pixels
    rows = tuple(
        "".join(pixel_for(colour, x) if on[x, y] else "0" for x in range(width))
        for y in range(height)
    )
    return Picture(rows, label)


def text_pictures(
    text: str,
    *,
    rows: int,
    cols: int,
    colour: Colour,
    labels: str,
    scrolling: bool,
    font: FontFile,
) -> list[Picture]:
    """``text`` as pictures for a board of ``rows`` × ``cols``, one label each.

    Lines (separated by newlines) share the rows; a single line may run over several pictures,
    more lines must each fit the board's width.
    """
    lines = [line for line in text.split("\n")] or [""]
    if not text.strip():
        raise LedSignContentError("there is no text to show", key="led_sign.bad_content.empty")
    line_height = rows // len(lines)
    if line_height < 8:
        raise LedSignContentError(
            f"{len(lines)} lines do not fit {rows} rows", key="led_sign.bad_content.too_long"
        )
    if len(lines) == 1:
        image, starts = draw_line(lines[0], rows, font)
        pieces = cut(image, lines[0], starts, cols)
        if not scrolling:
            pieces = [pad(piece, cols) for piece in pieces]
    else:
        stacked = Image.new("1", (cols, rows), 0)
        for number, line in enumerate(lines):
            image, _ = draw_line(line, line_height, font)
            if image.width > cols:
                raise LedSignContentError(
                    f"line {number + 1} is wider than the board",
                    key="led_sign.bad_content.too_long",
                )
            stacked.paste(pad(image, cols), (0, number * line_height))
        pieces = [stacked]
    if len(pieces) > len(labels):
        raise LedSignContentError(
            f"the text needs {len(pieces)} pictures; the board keeps {len(labels)}",
            key="led_sign.bad_content.too_long",
        )
    return [to_picture(piece, colour, label) for piece, label in zip(pieces, labels, strict=False)]
