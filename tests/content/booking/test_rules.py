"""The sample city's booking rules load, and a bad file names the key path of each problem."""

import datetime as dt
import json
import shutil

import pytest

from content.booking.rules import load_booking_rules, load_sample_booking_rules
from content.config import ConfigError
from content.municipality import sample_folder


def test_sample_rules_form_a_tree_of_units_with_divisions():
    rules = load_sample_booking_rules()
    gym = rules.facility("sogo-taiikukan")
    assert gym is not None
    full = gym.unit("arena-full")
    assert full is not None and gym.atoms(full) == ("arena-half-a", "arena-half-b")
    assert [d.id for d in rules.scheme(full)] == ["f1", "f2", "f3", "f4"]
    hall = rules.facility("tanashi-kominkan")
    assert hall is not None and not hall.is_open(dt.date(2027, 2, 1))  # a Monday
    assert hall.is_open(dt.date(2027, 2, 2)) and not hall.is_open(dt.date(2026, 12, 31))
    joined = hall.unit("meeting-1-2")
    assert joined is not None and hall.atoms(joined) == ("meeting-1", "meeting-2")
    assert rules.calendar_of(hall, hall.unit("hall")).id == "halls"


@pytest.fixture
def folder(tmp_path):
    for name in ("facilities.json", "certificates.json", "booking.json"):
        shutil.copy(sample_folder() / name, tmp_path / name)
    return tmp_path


def _edit(folder, change):
    path = folder / "booking.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def _problems(folder):
    with pytest.raises(ConfigError) as caught:
        load_booking_rules(folder)
    return {p.path: p.message for p in caught.value.problems}


def test_unknown_part_scheme_and_calendar_are_named_by_key_path(folder):
    def change(data):
        gym = data["facilities"][2]
        gym["units"][0]["parts"] = ["arena-half-a", "nowhere"]
        gym["units"][3]["divisions"] = "fortnightly"
        gym["calendar"] = "monthly"

    _edit(folder, change)
    problems = _problems(folder)
    assert "no unit 'nowhere'" in problems["facilities[2].units[0].parts"]
    assert "fortnightly" in problems["facilities[2].units[3].divisions"]
    assert "monthly" in problems["facilities[2].calendar"]


def test_bad_values_inside_tables_are_named(folder):
    def change(data):
        data["division_schemes"]["blocks"][0]["end"] = "08:00"
        data["calendars"][1]["caps"]["slots_per_day"] = 0

    _edit(folder, change)
    problems = _problems(folder)
    assert problems["division_schemes.blocks[0].end"] == "expected a time after start"
    assert problems["calendars[1].caps.slots_per_day"] == "expected 1 or more"


def test_rules_across_tables_are_checked_once_each_table_is_valid(folder):
    def change(data):
        data["refunds"] = [{"days_before": 3, "percent": 50}, {"days_before": 7, "percent": 100}]
        data["facilities"][0]["units"][0]["fee_yen"] = {"am": 100}

    _edit(folder, change)
    problems = _problems(folder)
    assert "falling" in problems["refunds"]
    assert problems["facilities[0].units[0].fee_yen"] == "no fee for pm, night"


def test_a_room_the_city_does_not_have_is_refused(folder):
    _edit(folder, lambda d: d["facilities"][1]["units"][0].update(id="room-z"))
    assert "room-z" in _problems(folder)["facilities[1].units[0].id"]


def test_a_half_with_other_divisions_than_its_whole_is_refused(folder):
    _edit(
        folder,
        lambda d: d["facilities"][2]["units"][1].update(divisions="blocks", fee_yen={"*": 1}),
    )
    assert "other divisions" in _problems(folder)["facilities[2].units[0].parts"]
