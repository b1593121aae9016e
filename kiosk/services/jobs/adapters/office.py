"""The Hello Work office whose area holds the terminal, for the slip and the listing page."""

from __future__ import annotations

from kiosk.services.jobs.core.model import HelloWorkOffice

# ハローワーク三鷹 serves 三鷹市, 武蔵野市, 清瀬市, 東久留米市 and 西東京市.
MITAKA = HelloWorkOffice(
    name_ja="ハローワーク三鷹（三鷹公共職業安定所）",
    postcode="181-0013",
    address_ja="東京都三鷹市下連雀4-15-18",
    phone="0422-47-8609",
    hours_ja="月〜金 8:30〜17:15（土日祝・年末年始を除く）",
    city_codes=("13204", "13203", "13221", "13222", "13229"),
)
