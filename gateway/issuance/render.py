"""Lays out a certificate as an A4 PDF (ReportLab): 「複写」 ground, entries, seal, code and QR."""

from __future__ import annotations

import datetime as dt
import functools
import io
from dataclasses import dataclass

import qrcode
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from content.phrasing import wrap
from gateway.issuance.artwork import font_path, mayor_seal, seal_impression
from gateway.issuance.documents import Cell, Content, Record, wareki
from gateway.issuance.pattern import draw_copy_deterrent

FONT = "MachikadoMincho"
INK = (0.1, 0.1, 0.1)
LINE = (0.25, 0.25, 0.3)
MARGIN = 18 * mm
LABEL = (0.35, 0.35, 0.4)
# Nothing but the closing lines goes below this: the attestation, date and seal need the room.
ENTRIES_BOTTOM = 96 * mm


@dataclass(frozen=True)
class Issue:
    """Who issues, when, and how the paper can be checked."""

    city_hall: str
    mayor: str
    issued_on: dt.date
    issuance_id: str
    verification_code: str
    verification_url: str
    copy: int
    copies: int


@functools.cache
def _register_font() -> str:
    pdfmetrics.registerFont(TTFont(FONT, str(font_path())))
    return FONT


@functools.cache
def _image(data: bytes) -> ImageReader:
    return ImageReader(io.BytesIO(data))


def _qr(url: str) -> ImageReader:
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=2, box_size=8)
    code.add_data(url)
    code.make(fit=True)
    out = io.BytesIO()
    code.make_image(fill_color="black", back_color="white").save(out, "PNG")
    return ImageReader(io.BytesIO(out.getvalue()))


def _wrap(text: str, width: float, size: float) -> list[str]:
    """``text`` in lines no wider than ``width``, broken between phrases with kinsoku."""
    lines = wrap(text, lambda line: pdfmetrics.stringWidth(line, FONT, size) <= width, "ja")
    return [line for line in lines if line]


def render_pdf(content: Content, issue: Issue) -> bytes:
    """The certificate as a one-page A4 PDF with its font embedded."""
    font = _register_font()
    out = io.BytesIO()
    page_w, page_h = A4
    pdf = canvas.Canvas(
        out,
        pagesize=A4,
        invariant=True,
        pageCompression=1,
        initialFontName=font,  # type: ignore[arg-type]  # a name; types-reportlab says float
    )
    pdf.setTitle(content.title)
    pdf.setAuthor(issue.city_hall)
    pdf.setSubject(f"{content.title} {issue.issuance_id}")
    pdf.setCreator("Machikado gateway")

    draw_copy_deterrent(pdf, page_w, page_h)

    pdf.setFillColorRGB(*INK)
    pdf.setFont(font, 8)
    pdf.drawString(MARGIN, page_h - 12 * mm, f"発行番号　{issue.issuance_id}-{issue.copy}")
    pdf.drawRightString(
        page_w - MARGIN, page_h - 12 * mm, f"{issue.copies}通中{issue.copy}通目（1枚）"
    )
    pdf.setFont(font, 22)
    pdf.drawCentredString(page_w / 2, page_h - 28 * mm, "　".join(content.title))

    top = page_h - 38 * mm
    top = _items(pdf, content, top, page_w)
    if content.seal_text:
        top = _impression(pdf, content.seal_text, top, page_w)
    if content.records:
        top = _records(pdf, content.records, top, page_w)
    if content.table is not None:
        top = _table(pdf, content, top, page_w)
    if content.blank_below:
        pdf.setFillColorRGB(*INK)
        pdf.setFont(font, 10)
        top -= 5 * mm
        pdf.drawCentredString(page_w / 2, top, "以下余白")

    pdf.setFillColorRGB(*INK)
    pdf.setFont(font, 11)
    top = min(top - 10 * mm, ENTRIES_BOTTOM - 4 * mm)
    pdf.drawString(MARGIN + 6 * mm, top, content.attestation)
    top -= 10 * mm
    pdf.drawString(MARGIN + 6 * mm, top, wareki(issue.issued_on))
    top -= 16 * mm
    pdf.setFont(font, 14)
    name_right = page_w - MARGIN - 20 * mm
    pdf.drawRightString(name_right, top, issue.mayor)
    # The 職印 is pressed over the end of the mayor's name, as on the city's own certificates.
    seal = 24 * mm
    pdf.drawImage(
        _image(mayor_seal()),
        name_right - 5 * mm,
        top - seal / 2 + 1.5 * mm,
        seal,
        seal,
        mask="auto",
    )
    _footer(pdf, issue, page_w)
    pdf.showPage()
    pdf.save()
    return out.getvalue()


def _items(pdf: canvas.Canvas, content: Content, top: float, page_w: float) -> float:
    label_w, size = 40 * mm, 11
    value_w = page_w - 2 * MARGIN - label_w - 6 * mm
    pdf.setStrokeColorRGB(*LINE)
    pdf.setLineWidth(0.8)
    start = top
    for label, value in content.items:
        lines = _wrap(value, value_w, size) or [""]
        height = max(9.5 * mm, (len(lines) * 6 + 4) * mm)
        pdf.setFont(FONT, size)
        pdf.drawString(MARGIN + 3 * mm, top - height / 2 - 1.5 * mm, label)
        for index, line in enumerate(lines):
            offset = height / 2 - (len(lines) - 1) * 3 * mm + index * 6 * mm
            pdf.drawString(MARGIN + label_w + 3 * mm, top - offset - 1.5 * mm, line)
        top -= height
        pdf.line(MARGIN, top, page_w - MARGIN, top)
    pdf.rect(MARGIN, top, page_w - 2 * MARGIN, start - top)
    pdf.line(MARGIN + label_w, top, MARGIN + label_w, start)
    return top


def _impression(pdf: canvas.Canvas, text: str, top: float, page_w: float) -> float:
    box: float = 42 * mm
    top -= 6 * mm
    pdf.setFont(FONT, 10)
    pdf.drawString(MARGIN, top - 4 * mm, "印影")
    left = (page_w - box) / 2
    pdf.rect(left, top - box, box, box)
    pdf.drawImage(
        _image(seal_impression(text)),
        left + 6 * mm,
        top - box + 6 * mm,
        box - 12 * mm,
        box - 12 * mm,
        mask="auto",
    )
    return top - box


def _records(pdf: canvas.Canvas, records: tuple[Record, ...], top: float, page_w: float) -> float:
    """Each person in a frame of labelled boxes; rows shrink so that everyone fits the page."""
    width = page_w - 2 * MARGIN
    gap = 2 * mm
    top -= 4 * mm
    rows = sum(len(record.rows) for record in records)
    row_h = min(10 * mm, (top - ENTRIES_BOTTOM - gap * len(records)) / max(rows, 1))
    pdf.setStrokeColorRGB(*LINE)
    pdf.setLineWidth(0.8)
    for record in records:
        start = top
        for row in record.rows:
            units = sum(cell.span for cell in row)
            x = MARGIN
            for index, cell in enumerate(row):
                cell_w = width * cell.span / units
                _cell(pdf, cell, x, top, cell_w, row_h)
                if index:
                    pdf.line(x, top, x, top - row_h)
                x += cell_w
            top -= row_h
            pdf.line(MARGIN, top, page_w - MARGIN, top)
        pdf.setLineWidth(1.2)
        pdf.rect(MARGIN, top, width, start - top)
        pdf.setLineWidth(0.8)
        top -= gap
    return top + gap


def _cell(
    pdf: canvas.Canvas, cell: Cell, x: float, top: float, width: float, height: float
) -> None:
    """A small grey label at the left, then the value; the reading (if any) small over it."""
    label_size, size = 6.5, 10.5
    pdf.setFillColorRGB(*LABEL)
    pdf.setFont(FONT, label_size)
    pdf.drawString(x + 1.5 * mm, top - height / 2 - 0.8 * mm, cell.label)
    left = x + 1.5 * mm + pdf.stringWidth(cell.label, FONT, label_size) + 2.5 * mm
    room = x + width - left - 1.5 * mm
    while cell.value and pdf.stringWidth(cell.value, FONT, size) > room and size > 7:
        size -= 0.5
    pdf.setFillColorRGB(*INK)
    if cell.reading:
        baseline = top - height + max(1.2 * mm, height * 0.15)
        pdf.setFont(FONT, 6)
        pdf.drawString(left, baseline + size * 0.92, cell.reading)
    else:
        baseline = top - height / 2 - size * 0.35
    pdf.setFont(FONT, size)
    pdf.drawString(left, baseline, cell.value)


def _table(pdf: canvas.Canvas, content: Content, top: float, page_w: float) -> float:
    table = content.table
    assert table is not None
    width = page_w - 2 * MARGIN
    weights = [max(4, *(len(row[i]) for row in table.rows)) for i in range(len(table.columns))]
    widths = [width * w / sum(weights) for w in weights]
    size = 10
    row_h = 9 * mm
    top -= 6 * mm
    start = top
    for row_index, row in enumerate((table.columns, *table.rows)):
        x = MARGIN
        pdf.setFont(FONT, 9 if row_index == 0 else size)
        for cell, cell_w in zip(row, widths, strict=True):
            text = cell
            while text and pdf.stringWidth(text, FONT, size) > cell_w - 3 * mm:
                text = text[:-1]
            pdf.drawString(x + 1.5 * mm, top - row_h / 2 - 1.3 * mm, text)
            x += cell_w
        top -= row_h
        pdf.line(MARGIN, top, page_w - MARGIN, top)
    x = MARGIN
    for cell_w in widths[:-1]:
        x += cell_w
        pdf.line(x, top, x, start)
    pdf.rect(MARGIN, top, width, start - top)
    return top


def _footer(pdf: canvas.Canvas, issue: Issue, page_w: float) -> None:
    qr = 26 * mm
    bottom = 14 * mm
    pdf.drawImage(_qr(issue.verification_url), MARGIN, bottom, qr, qr)
    pdf.setFont(FONT, 9)
    left = MARGIN + qr + 4 * mm
    pdf.drawString(
        left, bottom + qr - 4 * mm, "この証明書の内容は、検証コードまたは QR コードで確認できます。"
    )
    pdf.setFont(FONT, 13)
    pdf.drawString(left, bottom + qr - 11 * mm, f"検証コード　{issue.verification_code}")
    pdf.setFont(FONT, 7.5)
    pdf.drawString(left, bottom + qr - 16 * mm, issue.verification_url)
    pdf.drawString(
        left,
        bottom + qr - 21 * mm,
        "この用紙は、複写すると「複写」の文字が浮かび上がります。",
    )
    pdf.drawString(left, bottom + 1 * mm, f"{issue.city_hall}　まちかど端末による自動交付")
    pdf.setStrokeColorRGB(*LINE)
    pdf.line(MARGIN, bottom + qr + 4 * mm, page_w - MARGIN, bottom + qr + 4 * mm)
