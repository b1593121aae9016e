"""The city's facility booking rules: units as a tree, time divisions, calendars, fees, caps.

Read from ``booking.json`` beside the municipality's files and checked against its facilities:
every problem is reported with its key path (``facilities[2].units[0].parts``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
from dataclasses import dataclass
from pathlib import Path

from content.config.schema import ConfigError, Problem, build, require
from content.languages import LANGUAGE_CODES
from content.municipality import Municipality, load_municipality, sample_folder

_ID = re.compile(r"[a-z0-9][a-z0-9-]{0,63}")
_TIME = re.compile(r"([01]\d|2[0-3]):[0-5]\d|24:00")
ANY_DIVISION = "*"


def _minutes(text: str) -> int:
    hours, minutes = text.split(":")
    return int(hours) * 60 + int(minutes)


def _require_id(field: str, value: str) -> None:
    require(
        bool(_ID.fullmatch(value)), field, f"expected lower-case letters, digits, '-': {value!r}"
    )


def _require_words(field: str, words: dict[str, str], *, every_language: bool) -> None:
    unknown = sorted(set(words) - set(LANGUAGE_CODES))
    require(not unknown, field, f"unknown language {', '.join(unknown)}")
    wanted = LANGUAGE_CODES if every_language else ("ja", "en")
    missing = [code for code in wanted if not words.get(code, "").strip()]
    require(not missing, field, f"missing text for {', '.join(missing)}")


def _date(field: str, text: str) -> None:
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        require(False, field, f"expected a date YYYY-MM-DD: {text!r}")


@dataclass(frozen=True)
class Division:
    """One bookable time division of a day (午前, 13:00–14:00, 第2枠), half-open [start, end)."""

    id: str
    start: str
    end: str
    name: dict[str, str] = dataclasses.field(default_factory=dict)

    def __post_init__(self) -> None:
        _require_id("id", self.id)
        require(bool(_TIME.fullmatch(self.start)), "start", "expected HH:MM")
        require(bool(_TIME.fullmatch(self.end)), "end", "expected HH:MM")
        if _TIME.fullmatch(self.start) and _TIME.fullmatch(self.end):
            require(self.start_minute < self.end_minute, "end", "expected a time after start")
        if self.name:
            _require_words("name", self.name, every_language=True)

    @property
    def start_minute(self) -> int:
        """Minutes after midnight at which the division starts."""
        return _minutes(self.start)

    @property
    def end_minute(self) -> int:
        """Minutes after midnight at which the division ends."""
        return _minutes(self.end)


@dataclass(frozen=True)
class LotteryWindow:
    """Days of the month ``months_ahead`` before use: entries, the draw, winners' confirmation."""

    entry_from_day: int
    entry_to_day: int
    draw_day: int
    confirm_to_day: int
    confirm_required: bool = True
    residents_only: bool = False
    max_wins: int = 4
    one_win_per_day: bool = True

    def __post_init__(self) -> None:
        require(1 <= self.entry_from_day <= 28, "entry_from_day", "expected a day from 1 to 28")
        require(
            self.entry_from_day <= self.entry_to_day <= 28,
            "entry_to_day",
            "expected a day from entry_from_day to 28",
        )
        require(
            self.entry_to_day < self.draw_day <= 28, "draw_day", "expected a day after entries end"
        )
        require(
            self.draw_day <= self.confirm_to_day <= 28,
            "confirm_to_day",
            "expected the draw day or a later day up to 28",
        )
        require(self.max_wins >= 1, "max_wins", "expected 1 or more")


@dataclass(frozen=True)
class Caps:
    """How much one holder (a resident or a group) may hold at once, counted in divisions."""

    slots_per_month: int
    slots_per_day: int
    hours_per_day: int

    def __post_init__(self) -> None:
        for field in ("slots_per_month", "slots_per_day", "hours_per_day"):
            require(getattr(self, field) >= 1, field, "expected 1 or more")


@dataclass(frozen=True)
class Calendar:
    """The monthly cycle of a kind of facility: lottery, first-come, closing before use."""

    id: str
    months_ahead: int
    first_come_from_day: int
    closes_days_before: int
    closes_at: str
    payment_days: int
    caps: Caps
    lottery: LotteryWindow | None = None

    def __post_init__(self) -> None:
        _require_id("id", self.id)
        require(1 <= self.months_ahead <= 18, "months_ahead", "expected 1 to 18 months")
        require(
            1 <= self.first_come_from_day <= 28, "first_come_from_day", "expected a day 1 to 28"
        )
        require(self.closes_days_before >= 0, "closes_days_before", "expected 0 or more days")
        require(bool(_TIME.fullmatch(self.closes_at)), "closes_at", "expected HH:MM")
        require(self.payment_days >= 1, "payment_days", "expected 1 or more days")
        if self.lottery is not None:
            require(
                self.lottery.confirm_to_day < self.first_come_from_day,
                "first_come_from_day",
                "expected a day after the lottery's confirm_to_day",
            )


@dataclass(frozen=True)
class Unit:
    """A bookable unit: a room of the facility, or several joined (全面 = both 半面)."""

    id: str
    divisions: str
    fee_yen: dict[str, int]
    parts: tuple[str, ...] = ()
    name: dict[str, str] = dataclasses.field(default_factory=dict)
    capacity: int | None = None
    calendar: str | None = None
    equipment: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        _require_id("id", self.id)
        if self.name:
            _require_words("name", self.name, every_language=True)
        bad = [k for k, v in self.fee_yen.items() if v < 0]
        require(not bad, "fee_yen", "expected 0 yen or more")
        require(bool(self.fee_yen), "fee_yen", "expected a fee per division (or '*')")
        require(len(set(self.parts)) == len(self.parts), "parts", "a part is named twice")
        require(self.id not in self.parts, "parts", "a unit cannot be a part of itself")


@dataclass(frozen=True)
class Closure:
    """Days a whole facility is closed (年末年始, 点検), both ends included."""

    from_date: str
    to_date: str
    reason: dict[str, str]

    def __post_init__(self) -> None:
        _date("from_date", self.from_date)
        _date("to_date", self.to_date)
        require(self.from_date <= self.to_date, "to_date", "expected from_date or later")
        _require_words("reason", self.reason, every_language=True)


@dataclass(frozen=True)
class Blackout:
    """A unit the city keeps for itself on a date (all divisions unless listed)."""

    unit: str
    date: str
    reason: dict[str, str]
    divisions: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        _date("date", self.date)
        _require_words("reason", self.reason, every_language=True)


@dataclass(frozen=True)
class FacilityRules:
    """How one facility is booked: its units, calendar, opening days, closures, blackouts."""

    facility: str
    calendar: str
    open_weekdays: tuple[int, ...]
    units: tuple[Unit, ...]
    closures: tuple[Closure, ...] = ()
    blackouts: tuple[Blackout, ...] = ()

    def __post_init__(self) -> None:
        require(
            bool(self.open_weekdays) and all(1 <= d <= 7 for d in self.open_weekdays),
            "open_weekdays",
            "expected ISO weekdays 1 (Monday) to 7 (Sunday)",
        )
        ids = [unit.id for unit in self.units]
        require(len(set(ids)) == len(ids), "units", "unit ids must be unique")

    def unit(self, unit_id: str) -> Unit | None:
        """The unit with this id, if the facility has one."""
        return next((u for u in self.units if u.id == unit_id), None)

    def atoms(self, unit: Unit) -> tuple[str, ...]:
        """The rooms a booking of ``unit`` occupies: itself, or every part of it."""
        return unit.parts or (unit.id,)

    def is_open(self, day: dt.date) -> bool:
        """Whether the facility opens on ``day`` (its weekdays, outside its closures)."""
        text = day.isoformat()
        if day.isoweekday() not in self.open_weekdays:
            return False
        return not any(c.from_date <= text <= c.to_date for c in self.closures)

    def blackout(self, unit_id: str, day: str, division: str) -> Blackout | None:
        """The city's hold on ``unit_id`` (or a room it shares) for a division, if any."""
        unit = self.unit(unit_id)
        rooms = (set(self.atoms(unit)) if unit else set()) | {unit_id}
        for blackout in self.blackouts:
            kept = self.unit(blackout.unit)
            blocked = (set(self.atoms(kept)) if kept else set()) | {blackout.unit}
            wanted = not blackout.divisions or division in blackout.divisions
            if blackout.date == day and blocked & rooms and wanted:
                return blackout
        return None

    def closure(self, day: dt.date) -> Closure | None:
        """The closure that covers ``day``, if any."""
        text = day.isoformat()
        return next((c for c in self.closures if c.from_date <= text <= c.to_date), None)


@dataclass(frozen=True)
class AdmissionTier:
    """A surcharge when the user charges admission up to ``up_to_yen`` (None: any more)."""

    surcharge_percent: int
    up_to_yen: int | None = None

    def __post_init__(self) -> None:
        require(self.surcharge_percent >= 0, "surcharge_percent", "expected 0 or more")


@dataclass(frozen=True)
class Equipment:
    """An item lent with a unit (piano, projector, lighting), per booked division."""

    fee_yen: int
    name: dict[str, str]

    def __post_init__(self) -> None:
        require(self.fee_yen >= 0, "fee_yen", "expected 0 yen or more")
        _require_words("name", self.name, every_language=True)


@dataclass(frozen=True)
class Fees:
    """Base × resident factor × admission surcharge × reduction, plus equipment."""

    non_resident_percent: int
    admission_tiers: tuple[AdmissionTier, ...]
    reductions: dict[str, int]
    equipment: dict[str, Equipment]

    def __post_init__(self) -> None:
        require(self.non_resident_percent >= 100, "non_resident_percent", "expected 100 or more")
        require("none" in self.reductions, "reductions", "expected a 'none' reduction")
        bad = [k for k, v in self.reductions.items() if not 0 <= v <= 100]
        require(not bad, "reductions", "expected percentages from 0 to 100")
        ups = [t.up_to_yen for t in self.admission_tiers]
        require(
            bool(ups) and ups[-1] is None and all(u is not None for u in ups[:-1]),
            "admission_tiers",
            "expected tiers with up_to_yen, the last one without",
        )
        bounded = [u for u in ups if u is not None]
        require(bounded == sorted(set(bounded)), "admission_tiers", "expected rising up_to_yen")


@dataclass(frozen=True)
class RefundTier:
    """Cancelled at least ``days_before`` the day of use: this percentage is refunded."""

    days_before: int
    percent: int

    def __post_init__(self) -> None:
        require(self.days_before >= 0, "days_before", "expected 0 or more")
        require(0 <= self.percent <= 100, "percent", "expected 0 to 100")


@dataclass(frozen=True)
class Penalties:
    """Points for late cancellation and no-shows; enough of them suspend booking rights."""

    late_cancel_days: int
    late_cancel_points: int
    no_show_points: int
    window_days: int
    suspend_at: int
    suspension_days: int

    def __post_init__(self) -> None:
        for field in ("window_days", "suspend_at", "suspension_days"):
            require(getattr(self, field) >= 1, field, "expected 1 or more")


@dataclass(frozen=True)
class BookingRules:
    """Every facility's booking rules, checked against each other."""

    division_schemes: dict[str, tuple[Division, ...]]
    calendars: tuple[Calendar, ...]
    fees: Fees
    refunds: tuple[RefundTier, ...]
    penalties: Penalties
    facilities: tuple[FacilityRules, ...]
    note: str = ""

    def __post_init__(self) -> None:
        for name, scheme in self.division_schemes.items():
            ids = [d.id for d in scheme]
            require(len(set(ids)) == len(ids), f"division_schemes.{name}", "ids must be unique")
            require(bool(scheme), f"division_schemes.{name}", "expected one division or more")
        days = [t.days_before for t in self.refunds]
        require(
            bool(days) and days == sorted(set(days), reverse=True) and days[-1] == 0,
            "refunds",
            "expected falling days_before ending at 0",
        )
        calendars = {c.id for c in self.calendars}
        facilities = [f.facility for f in self.facilities]
        require(len(set(facilities)) == len(facilities), "facilities", "a facility is listed twice")
        for i, rules in enumerate(self.facilities):
            self._check_facility(f"facilities[{i}]", rules, calendars)

    def _check_facility(self, where: str, rules: FacilityRules, calendars: set[str]) -> None:
        require(rules.calendar in calendars, f"{where}.calendar", f"no calendar {rules.calendar!r}")
        by_id = {u.id: u for u in rules.units}
        for j, unit in enumerate(rules.units):
            at = f"{where}.units[{j}]"
            scheme = self.division_schemes.get(unit.divisions)
            require(scheme is not None, f"{at}.divisions", f"no division scheme {unit.divisions!r}")
            if unit.calendar is not None:
                require(unit.calendar in calendars, f"{at}.calendar", f"no {unit.calendar!r}")
            if scheme is not None and ANY_DIVISION not in unit.fee_yen:
                missing = [d.id for d in scheme if d.id not in unit.fee_yen]
                require(not missing, f"{at}.fee_yen", f"no fee for {', '.join(missing)}")
            unknown = [e for e in unit.equipment if e not in self.fees.equipment]
            require(not unknown, f"{at}.equipment", f"unknown equipment {', '.join(unknown)}")
            for part in unit.parts:
                found = by_id.get(part)
                require(found is not None, f"{at}.parts", f"no unit {part!r} in this facility")
                if found is not None:
                    require(not found.parts, f"{at}.parts", f"{part!r} is itself joined")
                    require(
                        found.divisions == unit.divisions,
                        f"{at}.parts",
                        f"{part!r} has other divisions than the whole",
                    )
        for j, blackout in enumerate(rules.blackouts):
            require(
                blackout.unit in by_id, f"{where}.blackouts[{j}].unit", f"no unit {blackout.unit!r}"
            )

    def facility(self, facility_id: str) -> FacilityRules | None:
        """The rules of one facility, if it takes bookings."""
        return next((f for f in self.facilities if f.facility == facility_id), None)

    def calendar_of(self, rules: FacilityRules, unit: Unit) -> Calendar:
        """The calendar a unit is booked by: its own, or its facility's."""
        wanted = unit.calendar or rules.calendar
        return next(c for c in self.calendars if c.id == wanted)

    def scheme(self, unit: Unit) -> tuple[Division, ...]:
        """The unit's time divisions, in the day's order."""
        return self.division_schemes[unit.divisions]

    def unit_fee(self, unit: Unit, division: str) -> int:
        """The base fee of one division of ``unit``."""
        return unit.fee_yen.get(division, unit.fee_yen.get(ANY_DIVISION, 0))


def check_against(rules: BookingRules, city: Municipality, source: str) -> None:
    """Every facility and single room the rules name exists in the city's facility list."""
    problems: list[Problem] = []
    rooms = {f.id: {r.id for r in f.rooms} for f in city.facilities}
    for i, facility in enumerate(rules.facilities):
        if facility.facility not in rooms:
            problems.append(
                Problem(f"facilities[{i}].facility", f"no facility {facility.facility!r}")
            )
            continue
        for j, unit in enumerate(facility.units):
            if unit.id not in rooms[facility.facility] and not unit.name:
                problems.append(
                    Problem(
                        f"facilities[{i}].units[{j}].id",
                        f"no room {unit.id!r} in {facility.facility}; a joined unit needs a name",
                    )
                )
    if problems:
        raise ConfigError(source, problems)


def load_booking_rules(folder: Path) -> BookingRules:
    """Read ``booking.json`` in ``folder`` and check it against the city's facilities there."""
    path = folder / "booking.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as err:
        raise ConfigError(str(path), [Problem("", "file not found")]) from err
    except (UnicodeDecodeError, json.JSONDecodeError) as err:
        raise ConfigError(str(path), [Problem("", f"not valid UTF-8 JSON: {err}")]) from err
    rules = build(BookingRules, data, source=str(path))
    check_against(rules, load_municipality(folder), str(path))
    return rules


def load_sample_booking_rules() -> BookingRules:
    """The sample city's booking rules."""
    return load_booking_rules(sample_folder())
