"""A listing worded for the screen: translated labels and units around its Japanese text.

Qt-free: ``word`` turns a :class:`Message` into the session's language (the view-model passes
Qt's translator, tests a catalogue), so the 求人票's rows are built and tested without QML.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from content.jobs.codes import WEEKDAYS
from content.languages import format_date, group_digits
from kiosk.services.jobs import messages
from kiosk.services.jobs.core.model import Listing, ListingSummary
from kiosk.shell.core.messages import Message

Word = Callable[[Message], str]
_WEEKDAY = {c.key: c.label_ja for c in WEEKDAYS}


@dataclass(frozen=True)
class Row:
    """One line of the 求人票: a translated label and its value (the listing's own words)."""

    key: str
    label: str
    value: str


def arg(text: str, *values: str) -> str:
    """``text`` with %1, %2 … replaced by ``values``."""
    for number, value in enumerate(values, start=1):
        text = text.replace(f"%{number}", value)
    return text


def wage(word: Word, language: str, unit: str, low: int, high: int | None) -> str:
    """賃金 with its unit in ``language``: 200,000 to 250,000 yen a month."""
    amount = group_digits(low, language)
    if high is not None and high != low:
        amount = arg(word(messages.RANGE), amount, group_digits(high, language))
    template = messages.WAGE_UNITS.get(unit)
    return arg(word(template), amount) if template else amount


def place(word: Word, city: str, station: str | None, walk_min: int | None) -> str:
    """Where the work is: the municipality and, when known, the station and the walk."""
    if not station:
        return city
    walk = f" {arg(word(messages.WALK), str(walk_min))}" if walk_min is not None else ""
    return f"{city} · {station}{walk}"


def age(word: Word, low: int | None, high: int | None) -> str:
    """The age limits, or 'any age'."""
    if low is None and high is None:
        return word(messages.AGE_ANY)
    if low is None:
        return arg(word(messages.AGE_UP_TO), str(high))
    if high is None:
        return arg(word(messages.AGE_FROM), str(low))
    return arg(word(messages.AGE_RANGE), str(low), str(high))


def value(word: Word, facet: str, key: str, fallback: str = "") -> str:
    """A code value (雇用形態 …) in the session's language, ``fallback`` when unknown."""
    message = messages.value(facet, key)
    return word(message) if message is not None else (fallback or key)


def card_lines(word: Word, language: str, item: ListingSummary) -> tuple[str, str]:
    """A result card's second and third lines: place and employment; the wage."""
    first = " · ".join(
        (
            place(word, item.work_city_name, item.station, item.walk_min),
            value(word, "employment", item.employment),
        )
    )
    return first, wage(word, language, item.wage_unit, item.wage_min, item.wage_max)


def sheet(word: Word, language: str, listing: Listing) -> list[Row]:
    """The 求人票's rows in the order the paper form has them; empty fields are left out."""
    rows: list[tuple[str, str]] = [
        ("kyujin_no", listing.kyujin_no),
        (
            "received",
            format_date(listing.received.isoformat(), language),
        ),
        ("expires", format_date(listing.expires.isoformat(), language)),
        (
            "job_class",
            " · ".join(
                (
                    value(word, "job_class", listing.job_class),
                    value(word, "full_part", listing.full_part),
                )
            ),
        ),
        (
            "employment",
            value(word, "employment", listing.employment)
            + (f"（{listing.employment_name}）" if listing.employment_name else ""),
        ),
        ("description", listing.description),
        ("employer", listing.employer_name or word(messages.EMPLOYER_HIDDEN)),
        ("place", f"{listing.work_address}"),
        ("station", place(word, "", listing.station, listing.walk_min).lstrip(" ·")),
        ("wage", wage(word, language, listing.wage_unit, listing.wage_min, listing.wage_max)),
        ("hours", _hours(listing)),
        ("holidays", _holidays(word, listing)),
        ("age", age(word, listing.age_min, listing.age_max)),
        ("education", listing.education or ""),
        ("experience", listing.experience or ""),
        ("licenses", listing.licenses or ""),
        (
            "insurance",
            "、".join(value(word, "insurance", k) for k in sorted(listing.insurance)),
        ),
        ("openings", arg(word(messages.PEOPLE), str(listing.openings))),
        ("tags", "、".join(value(word, "tag", k) for k in listing.tags)),
        ("notes", listing.notes or ""),
    ]
    return [Row(k, word(messages.FIELDS[k]), v) for k, v in rows if v]


def _hours(listing: Listing) -> str:
    lines = [
        f"（{i}）{s.start.strftime('%H:%M')}〜{s.end.strftime('%H:%M')}"
        for i, s in enumerate(listing.shifts, start=1)
    ]
    if listing.hours_system:
        lines.insert(0, listing.hours_system)
    if listing.hours_note:
        lines.append(listing.hours_note)
    return "\n".join(lines)


def _holidays(word: Word, listing: Listing) -> str:
    days = "".join(_WEEKDAY[k] for k in _WEEKDAY if k in listing.holidays)
    parts = [days] if days else []
    if listing.annual_holidays:
        parts.append(arg(word(messages.DAYS_A_YEAR), str(listing.annual_holidays)))
    if listing.holidays_note:
        parts.append(listing.holidays_note)
    return " · ".join(parts)


def spoken(word: Word, language: str, listing: Listing) -> str:
    """What Read aloud says of a listing: title, employer, place, wage and hours."""
    rows = {r.key: r for r in sheet(word, language, listing)}
    keys = ("employer", "place", "wage", "hours", "holidays")
    said = [listing.title] + [f"{rows[k].label}: {rows[k].value}" for k in keys if k in rows]
    return ". ".join(s.replace("\n", ", ") for s in said)
