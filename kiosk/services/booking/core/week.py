"""A facility's week as the touch grid shows it: rows of units and divisions, a column a day.

Built from the availability the gateway serves (or the copy the terminal kept) and the city's
booking rules. Each cell carries its state, a mark and a pattern so that no state is told by
colour alone (free ○ plain, taken × hatched, lottery 抽 dotted…), and the words a screen reader
speaks for it come from the date, the division's name and the state's message key.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from content.booking.rules import BookingRules, Unit

# state → (mark, pattern); the words are the UI's, under 'booking.cell.<state>'.
LOOKS: Mapping[str, tuple[str, str]] = {
    "free": ("○", "plain"),
    "taken": ("×", "hatched"),
    "lottery": ("抽", "dotted"),
    "city": ("×", "hatched"),
    "closed": ("休", "crossed"),
    "not_open": ("－", "blank"),
    "counter_only": ("窓", "striped"),
}
UNKNOWN = "not_open"  # a state this terminal does not know is shown as not bookable here
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


@dataclass(frozen=True)
class Cell:
    """One unit's division on one day."""

    unit: str
    date: dt.date
    division: str
    state: str

    @property
    def mark(self) -> str:
        """The symbol shown in the cell (○ × 抽 休 －)."""
        return LOOKS[self.state][0]

    @property
    def pattern(self) -> str:
        """The fill pattern, so the state reads without colour."""
        return LOOKS[self.state][1]

    @property
    def bookable(self) -> bool:
        """True when the cell can be picked for a first-come booking."""
        return self.state == "free"

    @property
    def wishable(self) -> bool:
        """True when the cell can be a lottery wish."""
        return self.state == "lottery"

    @property
    def message_key(self) -> str:
        """The key of the state's words ('booking.cell.free')."""
        return f"booking.cell.{self.state}"


@dataclass(frozen=True)
class Division:
    """A time division of a unit: its id, its hours and its names by language."""

    id: str
    start: str
    end: str
    names: Mapping[str, str]

    def name(self, language: str) -> str:
        """Its name in ``language``, else Japanese, else its hours."""
        return self.names.get(language) or self.names.get("ja") or f"{self.start}–{self.end}"


@dataclass(frozen=True)
class UnitWeek:
    """One unit's rows (a row per division) over the week's days."""

    unit: str
    names: Mapping[str, str]
    capacity: int | None
    divisions: tuple[Division, ...]
    cells: Mapping[tuple[dt.date, str], Cell]

    def name(self, language: str) -> str:
        """The unit's name in ``language``, else Japanese, else its id."""
        return self.names.get(language) or self.names.get("ja") or self.unit

    def cell(self, day: dt.date, division: str) -> Cell:
        """The cell of ``division`` on ``day``."""
        return self.cells[(day, division)]


@dataclass(frozen=True)
class Week:
    """A facility's week: its days and every unit's cells, as of a time, fresh or kept."""

    facility: str
    days: tuple[dt.date, ...]
    units: tuple[UnitWeek, ...]
    as_of: dt.datetime
    fresh: bool

    def unit(self, unit_id: str) -> UnitWeek | None:
        """One unit's rows, if the week has it."""
        return next((u for u in self.units if u.unit == unit_id), None)

    @property
    def any_bookable(self) -> bool:
        """True when any cell of the week is free."""
        return any(c.bookable for u in self.units for c in u.cells.values())


def unit_names(unit: Unit, room_names: Mapping[str, Mapping[str, str]]) -> dict[str, str]:
    """A unit's names: its own (a joined unit), else its room's from the facility list."""
    return dict(unit.name) or dict(room_names.get(unit.id, {}))


def build_week(
    payload: Mapping[str, Any],
    rules: BookingRules,
    *,
    as_of: dt.datetime,
    fresh: bool,
    room_names: Mapping[str, Mapping[str, str]] | None = None,
    capacities: Mapping[str, int] | None = None,
) -> Week:
    """The grid of the gateway's availability ``payload``; raises ValueError if it does not fit."""
    facility_id = str(payload["facility"])
    facility = rules.facility(facility_id)
    if facility is None:
        raise ValueError(f"the rules have no facility {facility_id!r}")
    first = dt.date.fromisoformat(str(payload["from"]))
    days: tuple[dt.date, ...] = ()
    units = []
    for data in payload["units"]:
        unit = facility.unit(str(data["unit"]))
        if unit is None:
            continue  # a unit newer than these rules: shown once the rules know it
        scheme = tuple(Division(d.id, d.start, d.end, dict(d.name)) for d in rules.scheme(unit))
        rows = data["days"]
        dates = tuple(dt.date.fromisoformat(str(row["date"])) for row in rows)
        if not days:
            days = dates
        if dates != days or (days and days[0] != first):
            raise ValueError(f"unit {unit.id}: its days are not the week's")
        cells: dict[tuple[dt.date, str], Cell] = {}
        for day, row in zip(dates, rows, strict=True):
            states = row["cells"]
            for division in scheme:
                state = str(states.get(division.id, UNKNOWN))
                cells[(day, division.id)] = Cell(
                    unit.id, day, division.id, state if state in LOOKS else UNKNOWN
                )
        names = unit_names(unit, room_names or {})
        units.append(UnitWeek(unit.id, names, (capacities or {}).get(unit.id), scheme, cells))
    if not units:
        raise ValueError(f"no unit of {facility_id} in the week")
    return Week(facility_id, days, tuple(units), as_of, fresh)
