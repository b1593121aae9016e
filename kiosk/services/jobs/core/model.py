"""The job search's vocabulary: a listing, a query, its results, and the search the UI calls."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Literal, Protocol

from content.jobs.codes import (
    CATEGORIES,
    DAYS_OFF,
    DISCLOSURES,
    EMPLOYMENT_KINDS,
    FULL_PART,
    INSURANCE,
    JOB_CLASSES,
    SHIFT_BANDS,
    SHUKYU2,
    TAGS,
    WAGE_STEPS,
    WAGE_UNITS,
    WEEKDAYS,
    Category,
    Code,
    wage_key,
)

__all__ = [
    "CATEGORIES",
    "DAYS_OFF",
    "DISCLOSURES",
    "EMPLOYMENT_KINDS",
    "FACETS",
    "FULL_PART",
    "INSURANCE",
    "JOB_CLASSES",
    "SHIFT_BANDS",
    "SHUKYU2",
    "TAGS",
    "WAGE_STEPS",
    "WAGE_UNITS",
    "WEEKDAYS",
    "Category",
    "Code",
    "HelloWorkOffice",
    "JobQuery",
    "JobResults",
    "JobSearch",
    "Listing",
    "ListingSummary",
    "Place",
    "Shift",
    "Station",
    "wage_key",
]

Sort = Literal["newest", "relevance"]

# Facet names in JobResults.facets, in the order a filter panel shows them.
FACETS: tuple[str, ...] = (
    "city",
    "station",
    "line",
    "category",
    "employment",
    "full_part",
    "job_class",
    "wage",
    "shift",
    "days_off",
    "tag",
)

# Facets whose chosen values are alternatives (a listing in any of them matches), so each one's
# counts are taken without its own choice; the rest (days off, tags) must all hold.
OR_FACETS: frozenset[str] = frozenset(FACETS) - {"days_off", "tag"}

_EMPTY: Mapping[str, int] = MappingProxyType({})


@dataclass(frozen=True)
class Shift:
    """One 就業時間 line: start and end in local time; ``end`` < ``start`` crosses midnight."""

    start: dt.time
    end: dt.time

    @property
    def minutes(self) -> int:
        """Length of the shift in minutes (breaks included)."""
        a = self.start.hour * 60 + self.start.minute
        b = self.end.hour * 60 + self.end.minute
        return (b - a) % (24 * 60) or 24 * 60


@dataclass(frozen=True)
class Place:
    """A municipality offered as an area filter: JIS code (5 digits) and name."""

    code: str
    name_ja: str


@dataclass(frozen=True)
class Station:
    """A nearest station offered as an area filter: its name is its key; line names it serves."""

    name_ja: str
    lines: tuple[str, ...] = ()


@dataclass(frozen=True)
class HelloWorkOffice:
    """The Hello Work office that serves this terminal's area, for the slip and detail page."""

    name_ja: str
    postcode: str
    address_ja: str
    phone: str
    hours_ja: str
    city_codes: tuple[str, ...] = ()


@dataclass(frozen=True)
class ListingSummary:
    """What a result card shows; employer_name is None when 公開範囲 hides the employer."""

    kyujin_no: str
    title: str
    employer_name: str | None
    work_city_code: str
    work_city_name: str
    station: str | None
    walk_min: int | None
    employment: str
    full_part: str
    wage_unit: str
    wage_min: int
    wage_max: int | None
    received: dt.date
    expires: dt.date
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class Listing:
    """A whole 求人票 as the detail page and slip need it; keys refer to content.jobs.codes.

    Employer fields (employer_*, homepage, contact_*) are None unless 公開範囲 is ``public``.
    """

    kyujin_no: str
    received: dt.date
    expires: dt.date
    office_code: str
    office_name: str
    job_class: str
    full_part: str
    employment: str
    employment_name: str | None
    title: str
    description: str
    category: str
    occupation_code: str
    industry_code: str
    disclosure: str
    employer_no: str | None
    employer_name: str | None
    employer_kana: str | None
    employer_postcode: str | None
    employer_address: str | None
    homepage: str | None
    contact_section: str | None
    contact_phone: str | None
    work_pref: str
    work_city_code: str
    work_city_name: str
    work_address: str
    station: str | None
    line: str | None
    walk_min: int | None
    wage_unit: str
    wage_min: int
    wage_max: int | None
    base_pay_min: int | None
    base_pay_max: int | None
    allowances: str | None
    fixed_overtime: bool
    commute_allowance: str | None
    raise_text: str | None
    bonus: bool
    hours_system: str | None
    shifts: tuple[Shift, ...]
    hours_note: str | None
    overtime_avg_h: int | None
    break_min: int | None
    weekly_days: int | None
    holidays: frozenset[str]
    holidays_note: str | None
    shukyu2: str
    annual_holidays: int | None
    age_min: int | None
    age_max: int | None
    age_note: str | None
    education: str | None
    experience: str | None
    pc_skill: str | None
    licenses: str | None
    trial: str | None
    insurance: frozenset[str]
    openings: int
    car_commute: bool
    transfer: bool
    online_apply: bool
    tags: tuple[str, ...]
    notes: str | None

    def summary(self) -> ListingSummary:
        """The result-card view of this listing."""
        return ListingSummary(
            kyujin_no=self.kyujin_no,
            title=self.title,
            employer_name=self.employer_name,
            work_city_code=self.work_city_code,
            work_city_name=self.work_city_name,
            station=self.station,
            walk_min=self.walk_min,
            employment=self.employment,
            full_part=self.full_part,
            wage_unit=self.wage_unit,
            wage_min=self.wage_min,
            wage_max=self.wage_max,
            received=self.received,
            expires=self.expires,
            tags=self.tags,
        )


@dataclass(frozen=True)
class JobQuery:
    """A search: free words (any script; all must match) and filters; empty sets mean any.

    Within one filter the chosen values are alternatives (OR), except ``tags``, which must all
    hold. ``category`` is a top-level key (``05``) or a sub-item (``05-01``). A wage filter is
    ``wage_unit`` with ``wage_min`` (yen), matching listings of that unit whose lower wage is at
    least it. ``age`` keeps listings whose age limits admit that age. ``page`` counts from 0.
    """

    words: str = ""
    cities: frozenset[str] = frozenset()
    stations: frozenset[str] = frozenset()
    lines: frozenset[str] = frozenset()
    category: str | None = None
    employment: frozenset[str] = frozenset()
    full_part: frozenset[str] = frozenset()
    job_class: frozenset[str] = frozenset()
    wage_unit: str | None = None
    wage_min: int | None = None
    shift: frozenset[str] = frozenset()
    days_off: frozenset[str] = frozenset()
    tags: frozenset[str] = frozenset()
    age: int | None = None
    sort: Sort = "newest"
    page: int = 0
    page_size: int = 10


@dataclass(frozen=True)
class JobResults:
    """One page of results, the total count and, per facet, the count for each value.

    ``facets[name][value]`` is how many listings the query would find with that value chosen
    (for OR filters, counted with the other filters applied but not this one's own choice), so a
    value with 0 gives nothing. Wage values are ``wage_key(unit, minimum)``. ``words_used`` are
    the normalised words searched; ``sort`` is the order applied (relevance falls back to newest
    when there are too many hits to rank).
    """

    total: int
    items: tuple[ListingSummary, ...]
    page: int
    page_size: int
    facets: Mapping[str, Mapping[str, int]] = field(default_factory=dict)
    words_used: tuple[str, ...] = ()
    sort: Sort = "newest"

    @property
    def pages(self) -> int:
        """Number of pages for the total."""
        return max(1, -(-self.total // self.page_size)) if self.page_size else 1

    def count(self, facet: str, value: str) -> int:
        """The count of one facet value, 0 when absent."""
        return self.facets.get(facet, _EMPTY).get(value, 0)


class JobSearch(Protocol):
    """The search over the terminal's copy of the listings, as the UI uses it."""

    def search(self, query: JobQuery) -> JobResults:
        """Listings matching ``query`` that are still open today (Japan time)."""
        ...

    def age_counts(self, query: JobQuery) -> Mapping[int, int]:
        """Per age from 15 to 99, how many open listings ``query`` finds with that age."""
        ...

    def listing(self, kyujin_no: str) -> Listing | None:
        """One open listing by 求人番号, or None when unknown or past its 紹介期限日."""
        ...

    def categories(self) -> tuple[Category, ...]:
        """The 職種 tree for category buttons."""
        ...

    def places(self) -> tuple[Place, ...]:
        """Municipalities that have listings, for the area filter."""
        ...

    def stations(self) -> tuple[Station, ...]:
        """Stations that have listings, for the area filter."""
        ...

    def office(self) -> HelloWorkOffice:
        """The Hello Work office for this terminal's area."""
        ...

    def as_of(self) -> dt.date | None:
        """Date of the listings' snapshot, None before the first sync."""
        ...
