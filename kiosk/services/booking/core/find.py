"""Finding a facility: by kind, area, the day wanted and how many people come.

Reads the city's facility list (the ``facilities`` dataset the terminal syncs) and the booking
rules: only facilities that take bookings are listed, and of each only the units that hold the
group and are open on the day.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from content.booking.rules import BookingRules

# The town (町) of an address: what follows the city and comes before its 丁目 or lot number.
_TOWN = re.compile(
    r"^.*?[市区町村](?P<town>.+?)(?:[一二三四五六七八九十〇0-9０-９]+丁目|[0-9０-９]+番|$)"
)


def area_of(address: str) -> str:
    """The town an address lies in (南町, ひばりが丘), or '' when it cannot be told."""
    match = _TOWN.match(address.strip())
    return match.group("town").strip() if match else ""


@dataclass(frozen=True)
class Room:
    """A unit that can be booked, with its names and how many it holds (None: not stated)."""

    unit: str
    names: Mapping[str, str]
    capacity: int | None


@dataclass(frozen=True)
class Place:
    """A facility that takes bookings, with its kind, town and bookable units."""

    facility: str
    names: Mapping[str, str]
    kind: str
    area: str
    rooms: tuple[Room, ...]

    def name(self, language: str) -> str:
        """The facility's name in ``language``, else Japanese, else its id."""
        return self.names.get(language) or self.names.get("ja") or self.facility


@dataclass(frozen=True)
class Search:
    """What the resident asked for; an empty field asks nothing."""

    kind: str = ""
    area: str = ""
    day: dt.date | None = None
    people: int = 0


def places(facilities: Iterable[Mapping[str, Any]], rules: BookingRules) -> tuple[Place, ...]:
    """Every facility of the list that takes bookings, in the list's order.

    A row that does not fit is left out (one bad row does not cost the whole list).
    """
    found = []
    for row in facilities:
        try:
            booking = rules.facility(str(row["id"]))
            if booking is None:
                continue
            rooms_by_id = {str(r["id"]): r for r in row.get("rooms", ())}
            rooms = []
            for unit in booking.units:
                room = rooms_by_id.get(unit.id)
                if unit.parts:
                    parts = [rooms_by_id.get(p) for p in unit.parts]
                    held = sum(int(p["capacity"]) for p in parts if p) if all(parts) else None
                else:
                    held = int(room["capacity"]) if room else None
                names = dict(unit.name) or (dict(room["name"]) if room else {})
                rooms.append(Room(unit.id, names, held))
            found.append(
                Place(
                    str(row["id"]),
                    dict(row["name"]),
                    str(row["kind"]),
                    area_of(str(row.get("address", ""))),
                    tuple(rooms),
                )
            )
        except (KeyError, TypeError, ValueError):
            continue
    return tuple(found)


def kinds(found: Iterable[Place]) -> tuple[str, ...]:
    """The kinds present, in first-seen order (the filter's chips)."""
    return tuple(dict.fromkeys(p.kind for p in found))


def areas(found: Iterable[Place]) -> tuple[str, ...]:
    """The towns present, in first-seen order (the filter's chips)."""
    return tuple(dict.fromkeys(p.area for p in found if p.area))


def search(found: Iterable[Place], rules: BookingRules, wanted: Search) -> tuple[Place, ...]:
    """The places that match, each with only the units that hold the group and are open."""
    matches = []
    for place in found:
        if wanted.kind and place.kind != wanted.kind:
            continue
        if wanted.area and place.area != wanted.area:
            continue
        facility = rules.facility(place.facility)
        if facility is None:
            continue
        if wanted.day is not None and not facility.is_open(wanted.day):
            continue
        rooms = tuple(
            r
            for r in place.rooms
            if not wanted.people or (r.capacity is not None and r.capacity >= wanted.people)
        )
        if rooms:
            matches.append(Place(place.facility, place.names, place.kind, place.area, rooms))
    return tuple(matches)
