"""What of a listing is searched and filtered: its search text and its value per facet.

The terminal's index and the brute-force reference both derive from these two functions, so
they agree on what a listing holds.
"""

from __future__ import annotations

from content.jobs.codes import (
    CATEGORY_BY_KEY,
    EMPLOYMENT_BY_KEY,
    FULL_PART_BY_KEY,
    TAG_BY_KEY,
    WAGE_STEPS,
    wage_key,
)
from content.jobs.normalize import join_fields
from content.jobs.schema import Record

# Ages a query may give; a listing's age limits are tested against each.
AGES = range(15, 100)


def search_text(record: Record) -> str:
    """The normalised text free words are looked for in (employer only when public)."""
    category = CATEGORY_BY_KEY.get(record["category"])
    return join_fields(
        record["title"],
        (
            record["description"],
            EMPLOYMENT_BY_KEY[record["employment"]].label_ja,
            FULL_PART_BY_KEY[record["full_part"]].label_ja,
            record.get("employment_name"),
            record["employer_name"] if record["disclosure"] == "public" else None,
            record["work_city_name"],
            record["work_address"],
            record.get("station"),
            record.get("line"),
            record.get("experience"),
            record.get("licenses"),
            record.get("pc_skill"),
            category.label_ja if category else None,
            *(TAG_BY_KEY[t].label_ja for t in record["tags"] if t in TAG_BY_KEY),
        ),
    )


def _minutes(hhmm: str) -> int:
    return int(hhmm[:2]) * 60 + int(hhmm[3:5])


def shift_bands(shifts: list[list[str]]) -> set[str]:
    """The shift bands (codes.SHIFT_BANDS keys) any of ``shifts`` falls in."""
    bands: set[str] = set()
    for start_text, end_text in shifts:
        start, end = _minutes(start_text), _minutes(end_text)
        length = (end - start) % 1440 or 1440
        if 300 <= start < 600:
            bands.add("morning")
        elif 600 <= start < 960:
            bands.add("daytime")
        elif 960 <= start < 1320:
            bands.add("evening")
        if start >= 1320 or start < 300 or end < start:
            bands.add("night")
        if length <= 300:
            bands.add("short")
    return bands


def admits_age(record: Record, age: int) -> bool:
    """Whether the listing's age limits admit ``age``."""
    low, high = record.get("age_min"), record.get("age_max")
    return (low is None or low <= age) and (high is None or age <= high)


def facet_values(record: Record) -> dict[str, set[str]]:
    """The listing's value(s) per facet of model.FACETS."""
    category = record["category"]
    days_off = {d for d in ("sat", "sun", "public_holiday") if d in record["holidays"]}
    if record["shukyu2"] == "every_week":
        days_off.add("two_days_every_week")
    if (record.get("annual_holidays") or 0) >= 120:
        days_off.add("annual_120")
    unit = record["wage_unit"]
    return {
        "city": {record["work_city_code"]},
        "station": {record["station"]} if record.get("station") else set(),
        "line": {record["line"]} if record.get("line") else set(),
        "category": {category, category.split("-")[0]},
        "employment": {record["employment"]},
        "full_part": {record["full_part"]},
        "job_class": {record["job_class"]},
        "wage": {wage_key(unit, s) for s in WAGE_STEPS.get(unit, ()) if record["wage_min"] >= s},
        "shift": shift_bands(record["shifts"]),
        "days_off": days_off,
        "tag": set(record["tags"]),
    }
