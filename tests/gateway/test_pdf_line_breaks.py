"""A certificate's long values wrap between phrases, as the screens and slips do."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics

from gateway.issuance import render


def test_a_long_value_breaks_between_phrases_and_fits_its_cell():
    font = render._register_font()
    value = "本籍地の市区町村で発行された戸籍全部事項証明書と印鑑登録証明書を添付してください"
    width, size = 60 * mm, 11
    lines = render._wrap(value, width, size)
    assert len(lines) > 1
    assert all(pdfmetrics.stringWidth(line, font, size) <= width for line in lines)
    assert "".join(lines).replace(" ", "") == value.replace(" ", "")
    joined = "|".join(lines)
    for word in ("市区町村", "戸籍全部事項証明書", "印鑑登録証明書"):
        assert word in joined, lines
    assert not any(line.startswith(("）", "、", "。", "ー")) for line in lines)
