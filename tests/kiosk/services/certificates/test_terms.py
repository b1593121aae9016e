"""What the terms screen states: the opening hours, the days closed and the fees."""

from __future__ import annotations

from kiosk.services.certificates.adapters.catalogue import certificate_fees
from kiosk.services.certificates.core.terms import (
    OpeningHours,
    closed_runs,
    fee_range,
    month_day,
)


def test_the_year_end_closure_is_one_run_over_the_new_year():
    hours = OpeningHours.from_config(
        "06:30-23:00", ("12-29", "12-30", "12-31", "01-01", "01-02", "01-03")
    )
    assert (hours.opens, hours.closes) == ("6:30", "23:00")
    assert hours.closed == (((12, 29), (1, 3)),)


def test_separate_closed_days_stay_apart():
    assert closed_runs([(1, 1), (5, 3), (5, 4), (12, 31)]) == (
        ((5, 3), (5, 4)),
        ((12, 31), (1, 1)),
    )
    assert closed_runs([(2, 28), (2, 29), (3, 1)]) == (((2, 28), (3, 1)),)
    assert closed_runs([]) == ()


def test_round_the_clock_has_no_window():
    hours = OpeningHours.from_config("00:00-24:00", ())
    assert (hours.opens, hours.closes, hours.closed) == ("", "", ())
    assert OpeningHours.from_config("07:05-24:00", ()).closes == "24:00"


def test_a_month_day_in_each_way_of_writing():
    assert month_day((12, 29), "ja") == "12月29日"
    assert month_day((1, 3), "ko") == "1월 3일"
    assert month_day((12, 29), "en") == "29 December"
    assert month_day((1, 3), "pt-BR") == "03/01"


class _Store:
    def __init__(self, rows):
        self._rows = rows

    def rows(self, name):
        assert name == "certificates"
        if isinstance(self._rows, Exception):
            raise self._rows
        return self._rows


class _Cache:
    def __init__(self, store):
        self.store = store


def test_fees_come_from_the_synced_catalogue_and_bad_rows_are_left_out():
    rows = [
        ("inkan", {"fee_yen": 200}),
        ("koseki", {"fee_yen": 450}),
        ("odd", {"fee_yen": "300"}),
        ("flag", {"fee_yen": True}),
        ("none", "not a row"),
    ]
    assert certificate_fees(_Cache(_Store(rows))) == [200, 450]
    assert fee_range(certificate_fees(_Cache(_Store(rows)))) == (200, 450)


def test_no_catalogue_means_no_fees_shown():
    assert certificate_fees(_Cache(None)) == []
    assert certificate_fees(_Cache(_Store(OSError("locked")))) == []
    assert fee_range([]) is None
