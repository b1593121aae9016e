"""Hello Work offices by the municipalities they serve, for the slip and the detail page."""

from __future__ import annotations

from dataclasses import dataclass

from content.jobs.generator import SAMPLE_CITY_CODE


@dataclass(frozen=True)
class Office:
    """A public employment security office (公共職業安定所) and the cities it serves."""

    name_ja: str
    postcode: str
    address_ja: str
    phone: str
    hours_ja: str
    city_codes: tuple[str, ...]


OFFICES: tuple[Office, ...] = (
    Office(
        "ハローワーク三鷹",
        "181-0013",
        "東京都三鷹市下連雀4-15-18",
        "0422-47-8609",
        "平日 8:30〜17:15（土日祝・年末年始を除く）",
        ("13204", "13203", "13221", "13222", "13229"),
    ),
    # The sample city is fictional, and so is its office (the home screen's About line says so).
    Office(
        "ハローワークはなみずき",
        "999-0001",
        "はなみずき市本町1-1-1 はなみずき合同庁舎1階",
        "000-000-0000",
        "平日 8:30〜17:15（土日祝・年末年始を除く）",
        (SAMPLE_CITY_CODE,),
    ),
)


def office_for(city_code: str) -> Office | None:
    """The office that serves municipality ``city_code``, None if not listed."""
    return next((o for o in OFFICES if city_code in o.city_codes), None)
