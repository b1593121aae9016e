"""The document printer's test page: Japanese and Latin text, a frame and grey steps on A4."""

from __future__ import annotations

import datetime as dt
import io

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

FONT = "HeiseiKakuGo-W5"  # a CID font every PDF reader in Japan has; nothing is embedded


def sample_page_pdf(terminal_id: str, when: dt.datetime) -> bytes:
    """One A4 page naming the terminal and ``when`` (already in the terminal's time zone)."""
    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=A4, invariant=True)
    width, height = A4
    page.setTitle("machikado test page")
    page.rect(10 * mm, 10 * mm, width - 20 * mm, height - 20 * mm)
    page.setFont(FONT, 28)
    page.drawString(25 * mm, height - 40 * mm, "テストページ  Test page")
    page.setFont(FONT, 14)
    lines = (
        "まちかど端末 文書プリンター",
        f"端末 Terminal: {terminal_id}",
        f"日時 Time: {when.strftime('%Y-%m-%d %H:%M %Z')}",
        "あいうえお アイウエオ 漢字 ABCDEFG 0123456789",
    )
    for number, line in enumerate(lines):
        page.drawString(25 * mm, height - (60 + 10 * number) * mm, line)
    for step in range(10):
        page.setFillGray(step / 10)
        page.rect((25 + 16 * step) * mm, 150 * mm, 15 * mm, 15 * mm, fill=1, stroke=0)
    page.showPage()
    page.save()
    return out.getvalue()
