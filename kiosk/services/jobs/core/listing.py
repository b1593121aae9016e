"""A listing record from the terminal's store as a :class:`Listing`, 公開範囲 respected."""

from __future__ import annotations

import datetime as dt
from typing import Any

from content.jobs.schema import EMPLOYER_FIELDS
from kiosk.services.jobs.core.model import Listing, Shift


def _time(text: str) -> dt.time:
    return dt.time(int(text[:2]) % 24, int(text[3:5]))


def listing_from_record(record: dict[str, Any]) -> Listing:
    """The listing of ``record``; employer fields are None unless 公開範囲 is ``public``."""
    names = set(Listing.__dataclass_fields__)
    values: dict[str, Any] = {k: record.get(k) for k in names}
    if values["disclosure"] != "public":
        for key in EMPLOYER_FIELDS:
            values[key] = None
    values["office_code"] = values["kyujin_no"][:5]
    values["received"] = dt.date.fromisoformat(values["received"])
    values["expires"] = dt.date.fromisoformat(values["expires"])
    values["shifts"] = tuple(Shift(_time(a), _time(b)) for a, b in values["shifts"])
    values["holidays"] = frozenset(values["holidays"])
    values["insurance"] = frozenset(values["insurance"])
    values["tags"] = tuple(values["tags"])
    return Listing(**values)
