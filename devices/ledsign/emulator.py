"""An Alpha protocol board in software: decodes packets, keeps its files, renders its face.

It keeps TEXT, STRING and DOTS files the way a board does (a memory layout, when one was sent,
decides which labels exist), answers reads and, once switched on, ACK/NAK with a status byte,
and drops packets whose checksum is wrong. ``render`` draws the board's face as LED dots.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image, ImageDraw

from devices.ledsign.codec import (
    ACK,
    NAK,
    Colour,
    Command,
    Mode,
    Picture,
    Position,
    encode_packet,
)
from devices.ledsign.decoder import (
    FrameDecoder,
    LineProblem,
    Packet,
    Page,
    PictureCall,
    StringCall,
    TextFile,
    parse_picture,
    parse_text,
)
from devices.ledsign.errors import LedSignContentError
from devices.ledsign.render import FontFile, draw_line, find_japanese_font, pixel_for

ILLEGAL, CHECKSUM = 1 << 5, 1 << 4
STATUS_BASE = 0x40
PITCH, DOT = 10, 8  # pixels per LED and LED diameter in the PNG
BACKGROUND, UNLIT = (12, 12, 14), (38, 34, 32)
LED_COLOURS = {
    "1": (255, 48, 32),
    "2": (48, 230, 72),
    "3": (255, 176, 0),
    "4": (150, 28, 20),
    "5": (28, 125, 40),
    "6": (160, 88, 24),
    "7": (255, 122, 0),
    "8": (255, 236, 48),
}
DEFAULT_COLOUR = Colour.RED


@dataclass
class AlphaBoard:
    """The board's memory and answers; feed it bytes from the line, read its replies back."""

    rows: int = 16
    cols: int = 96
    address: str = "00"
    acks: bool = False
    font: FontFile | None = None
    decoder: FrameDecoder = field(default_factory=FrameDecoder)
    packets: list[Packet] = field(default_factory=list)
    problems: list[LineProblem] = field(default_factory=list)
    texts: dict[str, TextFile] = field(default_factory=dict)
    raw_texts: dict[str, bytes] = field(default_factory=dict)
    strings: dict[str, str] = field(default_factory=dict)
    pictures: dict[str, Picture] = field(default_factory=dict)
    memory: dict[str, str] | None = None  # label -> file type, once a layout was sent
    sequence: str = "A"
    specials: list[tuple[str, bytes]] = field(default_factory=list)
    rejected: int = 0
    refusing: int = 0  # NAK status bits for every packet while set (a board in trouble)

    @property
    def garbage(self) -> int:
        """Bytes seen outside any packet."""
        return self.decoder.garbage

    def feed(self, data: bytes, now: float | None = None) -> bytes:
        """Take bytes from the line; returns what the board sends back."""
        replies = b""
        for item in self.decoder.feed(data, now):
            if isinstance(item, LineProblem):
                self.problems.append(item)
                continue
            if item.type_code == "0":  # another board's answer
                continue
            if item.address not in ("00", self.address):
                continue
            self.packets.append(item)
            status, answer = (self.refusing, b"") if self.refusing else self._apply(item)
            if status:
                self.rejected += 1
            replies += answer
            if self.acks:
                replies += bytes([NAK if status else ACK, STATUS_BASE | status])
        return replies

    def _allowed(self, label: str, kind: str) -> bool:
        if self.memory is None or (label == "0" and kind == "A"):
            return True
        return self.memory.get(label) == kind

    def _apply(self, packet: Packet) -> tuple[int, bytes]:
        if not packet.checksums_ok:
            return CHECKSUM, b""  # a board drops the whole packet
        answer = b""
        for block in packet.blocks:
            data = block.data
            try:
                if block.code == "A":
                    parsed = parse_text(data)
                    if not self._allowed(parsed.label, "A"):
                        return ILLEGAL, answer
                    if parsed.pages:
                        self.texts[parsed.label], self.raw_texts[parsed.label] = parsed, data
                    else:
                        self.texts.pop(parsed.label, None)
                        self.raw_texts.pop(parsed.label, None)
                elif block.code == "B":
                    label = chr(data[0])
                    command = Command(b"A", self.raw_texts.get(label, data[:1]))
                    answer += encode_packet([command], type_code="0", preamble=20).data
                elif block.code in ("I", "M"):
                    picture = parse_picture(block.code, data)
                    if block.code == "I" and not self._allowed(picture.label, "D"):
                        return ILLEGAL, answer
                    self.pictures[picture.label] = picture
                elif block.code == "G":
                    label = chr(data[0])
                    if not self._allowed(label, "B"):
                        return ILLEGAL, answer
                    self.strings[label] = data[1:].decode("latin-1")
                elif block.code == "E":
                    self._special(chr(data[0]), data[1:])
                else:
                    return ILLEGAL, answer
            except (ValueError, IndexError, LedSignContentError):
                return ILLEGAL, answer
        return 0, answer

    def _special(self, label: str, data: bytes) -> None:
        self.specials.append((label, data))
        if label == "$":
            if len(data) % 11:
                raise ValueError("memory entries are 11 bytes each")
            entries = [data[i : i + 11] for i in range(0, len(data), 11)]
            for entry in entries:
                if chr(entry[1]) not in "ABD" or chr(entry[2]) not in "UL":
                    raise ValueError("bad memory entry")
                int(entry[3:7], 16)
            self.memory = {chr(e[0]): chr(e[1]) for e in entries} if entries else None
            self.texts.clear()
            self.raw_texts.clear()
            self.strings.clear()
            self.pictures.clear()
        elif label == ".":
            if len(data) < 2 or chr(data[0]) not in "TS" or chr(data[1]) not in "UL":
                raise ValueError("bad run sequence")
            self.sequence = data[2:].decode("latin-1")
        elif label == "s":
            self.acks = data == b"1"
        elif label == ",":
            self.acks = False

    def power_cycle(self) -> None:
        """Lose power: memory, files and the ACK setting are gone; the face goes blank."""
        self.memory, self.sequence, self.acks = None, "A", False
        self.texts.clear()
        self.raw_texts.clear()
        self.strings.clear()
        self.pictures.clear()
        self.decoder = FrameDecoder()

    # -- the face -----------------------------------------------------------------------

    def showing(self) -> TextFile | None:
        """The TEXT file on the face: the priority file, else the first of the run sequence."""
        if "0" in self.texts:
            return self.texts["0"]
        for label in self.sequence:
            if label in self.texts:
                return self.texts[label]
        return None

    def _font(self) -> FontFile:
        if self.font is None:
            self.font = find_japanese_font()
        return self.font

    def _page_dots(self, page: Page) -> list[list[str]]:
        """The lit dots of one page, as many columns as its content needs."""
        height = self.rows // 2 if page.position in (Position.TOP, Position.BOTTOM) else self.rows
        top = self.rows - height if page.position is Position.BOTTOM else 0
        columns: list[list[str]] = []
        for item in page.items:
            if isinstance(item, PictureCall):
                picture = self.pictures.get(item.label)
                if picture is None:
                    continue
                for x in range(picture.width):
                    column = ["0"] * self.rows
                    for y in range(min(picture.height, self.rows)):
                        column[y] = picture.rows[y][x]
                    columns.append(column)
                continue
            text = self.strings.get(item.label, "") if isinstance(item, StringCall) else item.text
            if not text:
                continue
            image, _ = draw_line(text, height, self._font())
            colour = item.colour or DEFAULT_COLOUR
            if colour in (Colour.COLOUR_MIX, Colour.AUTO):
                colour = DEFAULT_COLOUR
            lit = image.load()
            assert lit is not None  # an image made in memory always has its pixels
            for x in range(image.width):
                column = ["0"] * self.rows
                pixel = pixel_for(colour, len(columns))
                for y in range(height):
                    if lit[x, y]:
                        column[top + y] = pixel
                columns.append(column)
        return columns

    def pages(self) -> tuple[Page, ...]:
        """The pages of the file on the face."""
        shown = self.showing()
        return shown.pages if shown else ()

    def dots(self, page: int = 0) -> list[str]:
        """The face at rest on ``page``: one string of pixel digits per row.

        Held pages are centred; scrolling pages show their start at the left edge.
        """
        pages = self.pages()
        columns = self._page_dots(pages[page]) if page < len(pages) else []
        if pages and page < len(pages) and not pages[page].mode.scrolls:
            left = max(0, (self.cols - len(columns)) // 2)
            columns = [["0"] * self.rows] * left + columns
        columns = (columns + [["0"] * self.rows] * self.cols)[: self.cols]
        return ["".join(column[y] for column in columns) for y in range(self.rows)]

    def render(self, page: int = 0) -> Image.Image:
        """The board's face as an LED-dot image."""
        image = Image.new("RGB", (self.cols * PITCH + PITCH, self.rows * PITCH + PITCH), BACKGROUND)
        draw = ImageDraw.Draw(image)
        margin = PITCH // 2 + (PITCH - DOT) // 2
        for y, row in enumerate(self.dots(page)):
            for x, pixel in enumerate(row):
                left, top = margin + x * PITCH, margin + y * PITCH
                colour = LED_COLOURS.get(pixel, UNLIT)
                draw.ellipse((left, top, left + DOT - 1, top + DOT - 1), fill=colour)
        return image

    def save_png(self, path: Path | str, page: int = 0) -> Path:
        """Write ``render(page)`` to ``path``."""
        target = Path(path)
        self.render(page).save(target, "PNG")
        return target

    def mode(self, page: int = 0) -> Mode | None:
        """The display mode of ``page`` on the face."""
        pages = self.pages()
        return pages[page].mode if page < len(pages) else None
