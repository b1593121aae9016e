"""``[alerts]``: the gateway's disaster feeds, the city's areas and positions, and drills.

The gateway polls JMA's high-frequency Atom feeds (``jma_feeds``) and reads their long
counterparts (the same name ending ``_l.xml``) to catch up after ``catch_up_after_s`` without a
successful poll; ``cap_feeds`` are the city's CAP sources (Atom feeds of CAP messages, or one
CAP message at a URL). Alerts are kept when one of their areas carries a code in
``area_codes`` (``scheme:code``: ``jma:`` JMA 市町村等 and region codes, ``seismic:`` 地震情報／
細分区域, ``tsunami:`` 津波予報区, ``river:``, ``volcano:``, or a CAP geocode's valueName in lower
case such as ``jisx0402:``), or when one of their shapes holds a ``positions`` entry.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from content.config.schema import require

JMA_FEEDS = (
    "https://www.data.jma.go.jp/developer/xml/feed/extra.xml",
    "https://www.data.jma.go.jp/developer/xml/feed/eqvol.xml",
)
# The sample city stands where 西東京市 is: its 市町村等, 多摩北部, 東京地方 and seismic area.
SAMPLE_AREA_CODES = ("jma:1322900", "jma:130013", "jma:130010", "seismic:351", "jisx0402:132292")
_AREA_CODE = re.compile(r"[a-z0-9-]{1,32}:[A-Za-z0-9-]{1,32}")


def _is_http_url(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and bool(parts.netloc)


@dataclass(frozen=True)
class PositionConfig:
    """A place the city's alerts are checked against by shape (a terminal, a district)."""

    name: str
    lat: float
    lon: float

    def __post_init__(self) -> None:
        require(bool(self.name.strip()), "name", "expected a name for the position")
        require(-90 <= self.lat <= 90, "lat", "expected a latitude between -90 and 90")
        require(-180 <= self.lon <= 180, "lon", "expected a longitude between -180 and 180")


# The sample city's civic centre (content/sample/facilities.json).
SAMPLE_POSITION = PositionConfig("はなみずき市役所", 35.7255, 139.539)


@dataclass(frozen=True)
class AlertsConfig:
    """``[alerts]``: what the gateway polls, what concerns the city, and whether drills show."""

    enabled: bool = False
    jma_feeds: tuple[str, ...] = JMA_FEEDS
    cap_feeds: tuple[str, ...] = ()
    area_codes: tuple[str, ...] = SAMPLE_AREA_CODES
    positions: tuple[PositionConfig, ...] = (SAMPLE_POSITION,)
    poll_interval_s: float = 60.0
    catch_up_after_s: float = 600.0
    request_gap_s: float = 1.0
    timeout_s: float = 20.0
    max_backoff_s: float = 900.0
    max_document_kb: int = 2048
    show_drills: bool = False
    shelters_file: str = ""  # the city's 指定緊急避難場所 CSV; the sample city's when empty
    shelters_stay_file: str = ""  # its 指定避難所 CSV

    def __post_init__(self) -> None:
        for key in ("jma_feeds", "cap_feeds"):
            bad = [url for url in getattr(self, key) if not _is_http_url(url)]
            require(not bad, key, f"expected http(s) URLs, got {', '.join(map(repr, bad))}")
        bad = [code for code in self.area_codes if not _AREA_CODE.fullmatch(code)]
        require(
            not bad,
            "area_codes",
            f"expected 'scheme:code' such as 'jma:1322900', got {', '.join(map(repr, bad))}",
        )
        require(30 <= self.poll_interval_s <= 3600, "poll_interval_s", "expected 30 to 3600 s")
        require(60 <= self.catch_up_after_s <= 86400, "catch_up_after_s", "expected 60 to 86400 s")
        require(0 <= self.request_gap_s <= 60, "request_gap_s", "expected 0 to 60 s")
        require(1 <= self.timeout_s <= 120, "timeout_s", "expected 1 to 120 s")
        require(30 <= self.max_backoff_s <= 86400, "max_backoff_s", "expected 30 to 86400 s")
        require(16 <= self.max_document_kb <= 65536, "max_document_kb", "expected 16 to 65536 KB")
        require(
            bool(self.shelters_file) == bool(self.shelters_stay_file),
            "shelters_stay_file",
            "set shelters_file and shelters_stay_file together (the _2 and _1 files)",
        )

    @staticmethod
    def long_feed(url: str) -> str:
        """The long-term feed of a JMA high-frequency feed (``extra.xml`` → ``extra_l.xml``)."""
        return url[: -len(".xml")] + "_l.xml" if url.endswith(".xml") else url
