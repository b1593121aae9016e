"""The brute-force reference: a query answered by scanning every record, for tests and benchmarks.

It applies the same meaning as :class:`~kiosk.services.jobs.core.search.NgramJobSearch` (a
substring test per word and synonym, the same facet values) without any index, so the two must
agree on hit sets and facet counts.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from content.jobs.codes import WAGE_STEPS, wage_key
from content.jobs.facets import admits_age, facet_values, search_text
from content.jobs.normalize import alternatives, words
from kiosk.services.jobs.core.model import FACETS, OR_FACETS, JobQuery


def _passes(
    record: dict[str, Any], values: dict[str, set[str]], q: JobQuery, skip: str | None
) -> bool:
    chosen = {
        "city": q.cities,
        "station": q.stations,
        "line": q.lines,
        "employment": q.employment,
        "full_part": q.full_part,
        "job_class": q.job_class,
        "shift": q.shift,
    }
    for name, wanted in chosen.items():
        if name != skip and wanted and not (values[name] & wanted):
            return False
    if skip != "category" and q.category and q.category not in values["category"]:
        return False
    if (
        skip != "wage"
        and q.wage_unit
        and (record["wage_unit"] != q.wage_unit or record["wage_min"] < (q.wage_min or 0))
    ):
        return False
    if not q.days_off <= values["days_off"] or not q.tags <= values["tag"]:
        return False
    return q.age is None or admits_age(record, min(max(q.age, 15), 99))


Scanned = tuple[dict[str, Any], str, dict[str, set[str]]]


def prepare(records: Sequence[dict[str, Any]]) -> list[Scanned]:
    """Each record with its search text and facet values, worked out once for many scans."""
    return [(r, search_text(r), facet_values(r)) for r in records]


def scan(
    records: Sequence[Scanned], q: JobQuery, today: dt.date
) -> tuple[list[str], dict[str, dict[str, int]]]:
    """求人番号 of every hit, newest first, and the facet counts, by scanning ``records``."""
    used = words(q.words)
    iso = today.isoformat()
    matched = [
        (record, values)
        for record, text, values in records
        if record["expires"] >= iso and all(any(a in text for a in alternatives(w)) for w in used)
    ]
    hits = [r for r, v in matched if _passes(r, v, q, None)]
    hits.sort(key=lambda r: (r["received"], r["kyujin_no"]), reverse=True)
    counts: dict[str, dict[str, int]] = {name: {} for name in FACETS}
    for name in FACETS:
        skip = name if name in OR_FACETS else None
        for record, values in matched:
            if _passes(record, values, q, skip):
                for v in values[name]:
                    counts[name][v] = counts[name].get(v, 0) + 1
    for unit, steps in WAGE_STEPS.items():
        for s in steps:
            counts["wage"].setdefault(wage_key(unit, s), 0)
    return [r["kyujin_no"] for r in hits], counts
