"""A designated site as a row of the shelters dataset, and rows that do not fit."""

import pytest

from content.shelters.model import Hazard
from content.shelters.rows import site_from_row, site_row, site_rows
from content.shelters.sample import load_sample_sites


def test_every_sample_site_round_trips_by_its_common_id():
    sites = load_sample_sites().sites
    rows = site_rows(sites)
    assert set(rows) == {site.id for site in sites}
    assert all(key.startswith("E99999") for key in rows)
    assert tuple(site_from_row(key, data) for key, data in rows.items()) == sites


def test_a_row_lists_hazards_in_the_national_column_order():
    school = next(s for s in load_sample_sites().sites if s.name == "田無小学校")
    row = site_row(school)
    assert row["hazards"] == ["flood", "earthquake", "large_fire", "inland_flooding"]
    assert (row["emergency_site"], row["shelter"]) == (True, True)


GOOD = {
    "id": "E1", "name": "田無小学校", "address": "", "lat": 35.7, "lon": 139.5,
    "hazards": ["flood"], "emergency_site": True, "shelter": False,
}  # fmt: skip


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"id": "E2"}, "not the row's key"),
        ({"name": " "}, "name: expected a non-empty text"),
        ({"lat": "35.7"}, "lat: expected a number"),
        ({"lat": True}, "lat: expected a number"),
        ({"lon": 200.0}, "out of range"),
        ({"lat": float("nan")}, "lat: expected a number"),
        ({"hazards": "flood"}, "hazards: expected a list"),
        ({"hazards": ["meteor"]}, "hazards: 'meteor' is not a valid Hazard"),
        ({"shelter": 1}, "shelter: expected true or false"),
        ({"note": 3}, "note: expected a text"),
    ],
)
def test_a_row_that_does_not_fit_says_which_field(change, message):
    with pytest.raises(ValueError, match=message):
        site_from_row("E1", {**GOOD, **change})


def test_a_row_that_is_not_an_object_is_refused():
    with pytest.raises(ValueError, match="expected an object, got list"):
        site_from_row("E1", ["E1"])


def test_a_row_without_note_or_address_is_read():
    site = site_from_row("E1", GOOD)
    assert site.hazards == {Hazard.FLOOD} and site.note == "" and site.address == ""
