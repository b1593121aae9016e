"""ESC/POS bytes for a Receipt on python-escpos, with Shift_JIS text and native QR codes added.

python-escpos sends kanji as GB18030 and draws QR codes as images; here text goes out as
Shift_JIS (``FS C 1`` + ``ESC R 8``) and QR codes as ``GS ( k``. Everything else (styles,
raster images, cut) uses python-escpos' own command set. The job comes out as a list of
segments, each a whole command, so real-time status requests can go between them.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass

from escpos.exceptions import ImageWidthError
from escpos.printer import Dummy
from PIL import Image, UnidentifiedImageError

from devices.receipt.document import (
    INVISIBLE,
    Align,
    Barcode,
    BarcodeKind,
    Cut,
    Feed,
    Logo,
    Paper,
    Qr,
    QrErrorLevel,
    Receipt,
    Text,
)
from devices.receipt.errors import ReceiptContentError, StatusLineError

ESC, GS, FS, DLE = b"\x1b", b"\x1d", b"\x1c", b"\x10"
INITIALISE = ESC + b"@"
# Katakana code table, Japan international set (0x5C prints ¥), Shift_JIS kanji code system.
JAPANESE = ESC + b"t\x01" + ESC + b"R\x08" + FS + b"C\x01"
STATUS_REQUESTS = {n: DLE + b"\x04" + bytes((n,)) for n in (1, 2, 3, 4)}
PAPER_SENSOR_REQUEST = GS + b"r\x01"  # queued: answered only after everything before it printed

_ALIGN = {Align.LEFT: "left", Align.CENTER: "center", Align.RIGHT: "right"}
_QR_LEVEL = {QrErrorLevel.L: 0x30, QrErrorLevel.M: 0x31, QrErrorLevel.Q: 0x32, QrErrorLevel.H: 0x33}
# With ESC R 8 the printer shows 0x5C as ¥ and 0x7E as an overline; send the others full-width.
_JAPAN_SET = str.maketrans({"\\": "＼", "~": "～"})


def encode_text(text: str) -> bytes:
    """Shift_JIS (cp932) bytes for ``text`` under the Japan character set."""
    out = bytearray()
    for char in text.translate(_JAPAN_SET):
        if char in INVISIBLE:  # line-break joiners and hints: nothing to print
            continue
        if char == "¥":
            out += b"\x5c"
        elif char == "‾":
            out += b"\x7e"
        elif ord(char) < 0x20 or ord(char) == 0x7F:
            raise ReceiptContentError(f"control character U+{ord(char):04X} in receipt text")
        else:
            try:
                out += char.encode("cp932")
            except UnicodeEncodeError as err:
                raise ReceiptContentError(
                    f"U+{ord(char):04X} has no Shift_JIS code and cannot be printed"
                ) from err
    return bytes(out)


def qr_commands(qr: Qr) -> bytes:
    """GS ( k: model 2, module size, error level, store the data, print."""

    def fn(body: bytes) -> bytes:
        return GS + b"(k" + len(body).to_bytes(2, "little") + body

    data = qr.data.encode("utf-8")
    return (
        fn(b"1A2\x00")
        + fn(b"1C" + bytes((qr.module,)))
        + fn(b"1E" + bytes((_QR_LEVEL[qr.error_level],)))
        + fn(b"1P0" + data)
        + fn(b"1Q0")
    )


def barcode_commands(barcode: Barcode) -> bytes:
    """GS k with the human-readable text below, two-dot modules."""
    head = GS + b"H\x02" + GS + b"h" + bytes((barcode.height,)) + GS + b"w\x02"
    if barcode.kind is BarcodeKind.EAN13:
        data = barcode.data.encode("ascii")
        return head + GS + b"k\x43" + bytes((len(data),)) + data
    data = b"{B" + barcode.data.replace("{", "{{").encode("ascii")
    if len(data) > 255:
        raise ReceiptContentError("CODE128 data is too long for one barcode")
    return head + GS + b"k\x49" + bytes((len(data),)) + data


class JobEncoder:
    """Turns a Receipt into ESC/POS segments for one paper width."""

    def __init__(self, paper: Paper) -> None:
        self._escpos = Dummy()
        # python-escpos checks and centres images against the profile's width; give it ours.
        self._escpos.profile.profile_data = copy.deepcopy(self._escpos.profile.profile_data)
        self._escpos.profile.profile_data["media"]["width"]["pixels"] = paper.dots

    def _take(self) -> bytes:
        data: bytes = self._escpos.output
        self._escpos.clear()
        return data

    def _style(self, align: Align, bold: bool = False, underline: bool = False) -> bytes:
        self._escpos.set(
            align=_ALIGN[align],
            bold=bold,
            underline=1 if underline else 0,
            custom_size=True,
            width=1,
            height=1,
        )
        return self._take()

    def _text(self, block: Text) -> bytes:
        self._escpos.set(
            align=_ALIGN[block.align],
            bold=block.bold,
            underline=1 if block.underline else 0,
            custom_size=True,
            width=block.width,
            height=block.height,
        )
        return self._take() + encode_text(block.text) + b"\n"

    def _logo(self, block: Logo) -> bytes:
        style = self._style(block.align)
        try:
            with Image.open(block.path) as image:
                image.load()
                self._escpos.image(image.copy())
        except FileNotFoundError as err:
            raise ReceiptContentError("the logo image file is missing") from err
        except (UnidentifiedImageError, OSError) as err:
            raise ReceiptContentError("the logo file is not an image") from err
        except ImageWidthError as err:
            raise ReceiptContentError("the logo is wider than the paper") from err
        return style + self._take()

    def segments(self, receipt: Receipt) -> list[bytes]:
        """The job: initialise + Japanese setup, one segment per block, then the paper reset."""
        out = [INITIALISE + JAPANESE]
        for block in receipt.blocks:
            if isinstance(block, Text):
                out.append(self._text(block))
            elif isinstance(block, Qr):
                out.append(self._style(block.align) + qr_commands(block) + b"\n")
            elif isinstance(block, Barcode):
                out.append(self._style(block.align) + barcode_commands(block))
            elif isinstance(block, Logo):
                out.append(self._logo(block))
            elif isinstance(block, Feed):
                out.append(ESC + b"d" + bytes((block.lines,)))
            elif isinstance(block, Cut):
                self._escpos.cut(mode="PART" if block.partial else "FULL")
                out.append(self._take())
            else:
                raise ReceiptContentError(f"unknown receipt block {type(block).__name__}")
        out.append(self._style(Align.LEFT))
        return out


def encode(receipt: Receipt) -> bytes:
    """The whole job as one byte string."""
    return b"".join(JobEncoder(receipt.paper).segments(receipt))


@dataclass(frozen=True)
class PrinterStatus:
    """What the four DLE EOT replies say; ``problem`` is the first reason printing must stop."""

    offline: bool = False
    cover_open: bool = False
    paper_end: bool = False
    paper_near_end: bool = False
    error: bool = False
    cutter_error: bool = False
    unrecoverable: bool = False

    @property
    def problem(self) -> str | None:
        """A machine reason (``paper_out``, ``cover_open``, …) or None when it can print."""
        if self.paper_end:
            return "paper_out"
        if self.cover_open:
            return "cover_open"
        if self.cutter_error:
            return "cutter_error"
        if self.unrecoverable or self.error:
            return "error"
        if self.offline:
            return "offline"
        return None

    @property
    def warning(self) -> str | None:
        """``paper_low`` when the roll is nearly used up, else None."""
        return "paper_low" if self.paper_near_end else None


def is_status_reply(byte: int) -> bool:
    """Whether ``byte`` has the fixed bits of a DLE EOT reply (bits 1, 4 set; 0, 7 clear)."""
    return byte & 0x93 == 0x12


def is_paper_sensor_reply(byte: int) -> bool:
    """Whether ``byte`` can be a GS r 1 reply (bits 4 and 7 clear)."""
    return byte & 0x90 == 0


def parse_status(replies: dict[int, int]) -> PrinterStatus:
    """PrinterStatus from DLE EOT replies keyed by n (1..4); StatusLineError if one is invalid."""
    for n, byte in replies.items():
        if not is_status_reply(byte):
            raise StatusLineError(f"reply 0x{byte:02X} to DLE EOT {n} is not a status byte")
    printer, cause = replies.get(1, 0x12), replies.get(2, 0x12)
    error, paper = replies.get(3, 0x12), replies.get(4, 0x12)
    return PrinterStatus(
        offline=bool(printer & 0x08),
        cover_open=bool(cause & 0x04),
        paper_end=bool(cause & 0x20) or paper & 0x60 == 0x60,
        paper_near_end=paper & 0x0C == 0x0C,
        error=bool(cause & 0x40),
        cutter_error=bool(error & 0x08),
        unrecoverable=bool(error & 0x20),
    )
