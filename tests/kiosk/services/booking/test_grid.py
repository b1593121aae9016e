"""The week grid, the choice on it, the fee, and finding a facility: all without Qt."""

import datetime as dt
import json

import pytest

from content.booking.rules import load_sample_booking_rules
from content.municipality import sample_folder
from kiosk.services.booking.core.choice import still_open, tap
from kiosk.services.booking.core.fees import quote, quote_from_gateway
from kiosk.services.booking.core.find import Search, area_of, areas, kinds, places, search
from kiosk.services.booking.core.week import LOOKS, build_week

RULES = load_sample_booking_rules()
HALL = "tanashi-kominkan"
MONDAY = dt.date(2027, 3, 1)
AS_OF = dt.datetime(2027, 1, 20, 1, 0, tzinfo=dt.UTC)


def facilities():
    data = json.loads((sample_folder() / "facilities.json").read_text(encoding="utf-8"))
    return data if isinstance(data, list) else data["facilities"]


def payload(overrides=None):
    """A week of the community centre: all free from Tuesday, closed on Monday."""
    overrides = overrides or {}
    units = []
    for unit in RULES.facility(HALL).units:
        days = []
        for i in range(7):
            day = MONDAY + dt.timedelta(days=i)
            cells = {}
            for division in ("am", "pm", "night"):
                state = "closed" if i == 0 else "free"
                cells[division] = overrides.get((unit.id, day, division), state)
            days.append({"date": day.isoformat(), "cells": cells})
        units.append({"unit": unit.id, "divisions": ["am", "pm", "night"], "days": days})
    return {"facility": HALL, "from": MONDAY.isoformat(), "units": units}


def week(overrides=None, fresh=True):
    return build_week(payload(overrides), RULES, as_of=AS_OF, fresh=fresh)


def test_every_state_has_a_mark_and_a_pattern_not_only_a_colour():
    tuesday = MONDAY + dt.timedelta(days=1)
    grid = week({("meeting-1", tuesday, "pm"): "taken", ("hall", tuesday, "am"): "lottery"})
    meeting = grid.unit("meeting-1")
    assert (
        meeting.cell(tuesday, "pm").mark == "×" and meeting.cell(tuesday, "pm").pattern == "hatched"
    )
    assert meeting.cell(tuesday, "am").mark == "○" and meeting.cell(tuesday, "am").bookable
    assert grid.unit("hall").cell(tuesday, "am").wishable
    assert meeting.cell(MONDAY, "am").message_key == "booking.cell.closed"
    assert len({pattern for _, pattern in LOOKS.values()}) >= 5
    assert (
        meeting.divisions[0].name("ja") == "午前" and meeting.divisions[0].name("en") == "Morning"
    )
    assert grid.unit("meeting-1-2").name("ja") == "第1・第2会議室（つなげて利用）"
    assert grid.days[0] == MONDAY and len(grid.days) == 7 and grid.any_bookable


def test_a_state_unknown_here_is_shown_as_not_bookable():
    tuesday = MONDAY + dt.timedelta(days=1)
    grid = week({("meeting-1", tuesday, "am"): "maintenance"})
    cell = grid.unit("meeting-1").cell(tuesday, "am")
    assert cell.state == "not_open" and not cell.bookable


def test_a_week_that_does_not_fit_is_refused():
    bad = payload()
    bad["units"][0]["days"] = bad["units"][0]["days"][1:]
    with pytest.raises(ValueError, match="days"):
        build_week(bad, RULES, as_of=AS_OF, fresh=True)
    with pytest.raises(ValueError, match="no facility"):
        build_week({**payload(), "facility": "nowhere"}, RULES, as_of=AS_OF, fresh=True)


def test_taps_pick_divisions_of_one_unit_and_day_in_order():
    grid = week()
    tuesday, wednesday = MONDAY + dt.timedelta(days=1), MONDAY + dt.timedelta(days=2)
    meeting = grid.unit("meeting-1")
    choice, why = tap(None, grid, meeting.cell(tuesday, "night"))
    choice, why = tap(choice, grid, meeting.cell(tuesday, "am"))
    assert why == "" and choice.divisions == ("am", "night")
    assert choice.slot.unit == "meeting-1" and choice.slot.date == tuesday
    choice, _ = tap(choice, grid, meeting.cell(tuesday, "am"))
    assert choice.divisions == ("night",)
    other, _ = tap(choice, grid, meeting.cell(wednesday, "pm"))
    assert other.date == wednesday and other.divisions == ("pm",)  # another day starts anew
    none, _ = tap(other, grid, meeting.cell(wednesday, "pm"))
    assert none is None
    same, why = tap(other, grid, meeting.cell(MONDAY, "am"))
    assert same == other and why == "booking.cell.closed"


def test_a_newer_week_says_which_picked_divisions_went_meanwhile():
    tuesday = MONDAY + dt.timedelta(days=1)
    grid = week()
    choice, _ = tap(None, grid, grid.unit("meeting-1").cell(tuesday, "am"))
    choice, _ = tap(choice, grid, grid.unit("meeting-1").cell(tuesday, "pm"))
    newer = week({("meeting-1", tuesday, "pm"): "taken"})
    assert still_open(choice, newer) == ["pm"]
    assert still_open(choice, grid) == []


def test_the_fee_is_the_divisions_times_the_visitor_factor():
    resident = quote(RULES, HALL, "meeting-1", ("am", "pm"), resident=True)
    assert resident.total_yen == 4200 and not resident.visitor
    visitor = quote(RULES, HALL, "meeting-1", ("am", "pm"), resident=False)
    assert visitor.total_yen == 6300 and visitor.resident_percent == 150 and visitor.visitor
    assert quote(RULES, "sogo-taiikukan", "budojo", ("f1", "f2"), resident=True).total_yen == 7200
    with pytest.raises(ValueError):
        quote(RULES, HALL, "nowhere", ("am",), resident=True)
    told = quote_from_gateway({"base_yen": 4200, "resident_percent": 150, "total_yen": 6300})
    assert told == visitor
    with pytest.raises(ValueError):
        quote_from_gateway({"total_yen": "lots"})


def test_facilities_are_found_by_kind_area_day_and_size():
    found = places(facilities(), RULES)
    assert [p.facility for p in found] == [f.facility for f in RULES.facilities]
    assert kinds(found) == ("kominkan", "chiku_kaikan", "gymnasium", "ground")
    assert "南町" in areas(found)
    halls = search(found, RULES, Search(kind="kominkan", people=25))
    assert [p.facility for p in halls] == [HALL]
    assert {r.unit for r in halls[0].rooms} == {"hall", "meeting-1", "meeting-1-2"}
    joined = next(r for r in halls[0].rooms if r.unit == "meeting-1-2")
    assert joined.capacity == 48  # the two rooms together
    assert search(found, RULES, Search(kind="kominkan", day=MONDAY)) == ()  # closed on Mondays
    assert [p.facility for p in search(found, RULES, Search(area="南町"))] == [
        HALL,
        "sogo-taiikukan",
    ]
    assert area_of("はなみずき市ひばりが丘一丁目1番1号") == "ひばりが丘"
    assert area_of("") == ""


def test_a_facility_row_that_does_not_fit_is_left_out():
    rows = [{"id": HALL, "name": "not a mapping"}, *facilities()]
    assert len(places(rows, RULES)) == len(RULES.facilities)
