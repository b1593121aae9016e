"""Signage slides break Japanese between phrases; the QR code keeps its address as it is."""

from __future__ import annotations

from pathlib import Path

from content.phrasing import WORD_JOINER, plain
from signage.core import Item, ItemKind
from signage.ui.qt_player import item_data


def test_a_text_slide_is_typeset_and_a_qr_slide_keeps_its_url():
    slide = Item(
        "t1",
        ItemKind.TEXT,
        10,
        title="印鑑登録証明書のご案内",
        text="マイナンバーカードで取得できます",
    )
    shown = item_data(slide, Path)
    assert WORD_JOINER in shown["title"] and WORD_JOINER in shown["text"]
    assert plain(shown["title"]) == "印鑑登録証明書のご案内"
    url = "https://www.city.hanamizuki.example/kurashi/zei/kotei-shisanzei-noki.html"
    qr = item_data(Item("q1", ItemKind.QR, 10, text="固定資産税の納期限", url=url), Path)
    assert qr["url"] == url
