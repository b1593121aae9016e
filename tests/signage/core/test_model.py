"""Schedules from JSON: what is accepted, and a clear error naming the key for what is not."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

import pytest
from hypothesis import given, settings

from content.config.schema import ConfigError
from signage.core import (
    IDLE_ITEM,
    Daypart,
    ItemKind,
    Layer,
    PlaylistLayer,
    Weekday,
    When,
    schedule_from_data,
    schedule_from_json,
)
from tests.signage.core.helpers import jst, moments, whens

GOOD = {
    "playlists": [
        {
            "id": "loop",
            "layer": "default",
            "items": [
                {"id": "welcome", "kind": "image", "duration_s": 10, "asset": "img/welcome.png"},
                {
                    "id": "notice",
                    "kind": "text",
                    "duration_s": 12.5,
                    "text": "市役所からのお知らせ",
                    "led_text": "市役所からのお知らせ",
                },
                {
                    "id": "event-qr",
                    "kind": "qr",
                    "duration_s": 15,
                    "url": "https://city.example.jp/event",
                    "text": "くわしくはこちら",
                },
                {"id": "tour", "kind": "video", "duration_s": 30, "asset": "video/tour.mp4"},
            ],
        },
        {
            "id": "rush",
            "layer": "daypart",
            "when": {"days": ["mon", "tue"], "dayparts": [{"start": "07:00", "end": "09:30"}]},
            "items": [{"id": "trains", "kind": "text", "duration_s": 8, "text": "運行情報"}],
        },
        {
            "id": "hourly",
            "layer": "interrupt",
            "share": 0.05,
            "items": [{"id": "safety", "kind": "text", "duration_s": 20, "text": "防災"}],
        },
    ]
}


def test_a_full_schedule_loads_into_frozen_dataclasses():
    schedule = schedule_from_json(json.dumps(GOOD), source="schedule.json")
    loop, rush, hourly = schedule.playlists
    assert [item.kind for item in loop.items] == [
        ItemKind.IMAGE,
        ItemKind.TEXT,
        ItemKind.QR,
        ItemKind.VIDEO,
    ]
    assert rush.when.days == (Weekday.MON, Weekday.TUE)
    assert rush.when.dayparts == (Daypart("07:00", "09:30"),)
    assert hourly.layer.layer is Layer.INTERRUPT
    assert schedule.fallback == IDLE_ITEM
    with pytest.raises(AttributeError):
        loop.id = "other"  # type: ignore[misc]


def broken(path: tuple[object, ...], value: object) -> dict:
    data = json.loads(json.dumps(GOOD))
    target = data
    for key in path[:-1]:
        target = target[key]
    if value is KeyError:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return data


@pytest.mark.parametrize(
    ("path", "value", "problem_path", "words"),
    [
        (
            ("playlists", 0, "items", 0, "asset"),
            "/etc/passwd",
            "playlists[0].items[0].asset",
            "inside",
        ),
        (
            ("playlists", 0, "items", 0, "asset"),
            "../x.png",
            "playlists[0].items[0].asset",
            "inside",
        ),
        (
            ("playlists", 0, "items", 0, "duration_s"),
            0,
            "playlists[0].items[0].duration_s",
            "between",
        ),
        (
            ("playlists", 0, "items", 0, "duration_s"),
            "10",
            "playlists[0].items[0].duration_s",
            "number",
        ),
        (("playlists", 0, "items", 1, "text"), " ", "playlists[0].items[1].text", "needs text"),
        (("playlists", 0, "items", 2, "url"), "ftp://x", "playlists[0].items[2].url", "URL"),
        (("playlists", 0, "items", 3, "kind"), "gif", "playlists[0].items[3].kind", "one of"),
        (("playlists", 0, "items", 3, "id"), "welcome", "playlists[0].items[3].id", "twice"),
        (("playlists", 0, "items"), [], "playlists[0].items", "at least one"),
        (("playlists", 0, "layer"), "emergency", "playlists[0].layer", "one of"),
        (("playlists", 0, "colour"), "red", "playlists[0].colour", "unknown key"),
        (("playlists", 1, "when", "days"), ["funday"], "playlists[1].when.days[0]", "one of"),
        (
            ("playlists", 1, "when", "dayparts", 0, "end"),
            "25:00",
            "playlists[1].when.dayparts[0].end",
            "HH:MM",
        ),
        (
            ("playlists", 1, "when", "dayparts", 0, "end"),
            "07:00",
            "playlists[1].when.dayparts[0].end",
            "end where",
        ),
        (("playlists", 1, "when", "dayparts"), [], "playlists[1].when.dayparts", "needs dayparts"),
        (
            ("playlists", 1, "when", "valid_from"),
            "next week",
            "playlists[1].when.valid_from",
            "ISO",
        ),
        (("playlists", 2, "share"), KeyError, "playlists[2].share", "share"),
        (("playlists", 2, "share"), 1.5, "playlists[2].share", "share"),
        (("playlists", 1, "share"), 0.5, "playlists[1].share", "only interrupt"),
        (("playlists", 1, "id"), "loop", "playlists[1].id", "already used"),
    ],
)
def test_bad_schedules_are_refused_naming_the_key(path, value, problem_path, words):
    with pytest.raises(ConfigError) as caught:
        schedule_from_data(broken(path, value), source="schedule.json")
    problem = caught.value.problems[0]
    assert problem.path == problem_path
    assert words in problem.message
    assert str(caught.value).startswith("schedule.json:")


def test_an_item_id_naming_two_different_items_is_refused():
    data = broken(("playlists", 1, "items", 0, "id"), "notice")
    with pytest.raises(ConfigError) as caught:
        schedule_from_data(data, source="schedule.json")
    assert caught.value.problems[0].path == "playlists[1].items[0].id"


def test_interrupt_shares_beyond_the_hour_are_refused():
    data = json.loads(json.dumps(GOOD))
    extra = dict(data["playlists"][2], id="more", share=0.99)
    extra["items"] = [{"id": "more", "kind": "text", "duration_s": 5, "text": "x"}]
    data["playlists"].append(extra)
    with pytest.raises(ConfigError) as caught:
        schedule_from_data(data, source="schedule.json")
    assert "more than 1" in str(caught.value)


def test_bad_json_is_a_config_error_too():
    with pytest.raises(ConfigError) as caught:
        schedule_from_json("{", source="schedule.json")
    assert "not valid JSON" in str(caught.value)


def test_validity_dates_are_inclusive_and_times_exclusive():
    days = When(valid_from="2026-11-30", valid_until="2026-11-30")
    assert not days.covers(jst(2026, 11, 29, 23, 59, 59))
    assert days.covers(jst(2026, 11, 30, 0, 0))
    assert days.covers(jst(2026, 11, 30, 23, 59, 59))
    assert not days.covers(jst(2026, 12, 1, 0, 0))
    times = When(valid_from="2026-11-30T10:00", valid_until="2026-11-30T12:00:00+00:00")
    assert not times.covers(jst(2026, 11, 30, 9, 59, 59))
    assert times.covers(jst(2026, 11, 30, 10, 0))
    assert times.covers(jst(2026, 11, 30, 20, 59, 59))
    assert not times.covers(jst(2026, 11, 30, 21, 0))
    with pytest.raises(ValueError, match="after"):
        When(valid_from="2026-12-01", valid_until="2026-11-30")


def test_the_fallback_must_play_at_any_time():
    data = dict(
        GOOD,
        fallback={
            "id": "logo",
            "kind": "image",
            "duration_s": 30,
            "asset": "logo.png",
            "when": {"days": ["mon"]},
        },
    )
    with pytest.raises(ConfigError) as caught:
        schedule_from_data(data, source="schedule.json")
    assert caught.value.problems[0].path == "fallback.when"
    ok = dict(GOOD, fallback={"id": "logo", "kind": "image", "duration_s": 30, "asset": "logo.png"})
    assert schedule_from_data(ok, source="s").fallback.id == "logo"
    assert PlaylistLayer.DEFAULT.layer < Layer.DAYPART < Layer.CAMPAIGN < Layer.INTERRUPT
    assert Layer.INTERRUPT < Layer.EMERGENCY


def reference_covers(when: When, moment: datetime) -> bool:
    """An independent reading of a window: each daypart as a span starting on a given day."""
    if when.valid_from is not None and moment < when.start:
        return False
    if when.valid_until is not None and moment >= when.stop:
        return False
    allowed = {d.number for d in when.days} or set(range(7))
    if not when.dayparts:
        return moment.weekday() in allowed
    for part in when.dayparts:
        start_h, start_m = map(int, part.start.split(":"))
        end_h, end_m = map(int, part.end.split(":"))
        # 00:00–24:00 is the whole day, not an empty span.
        length = ((end_h * 60 + end_m) - (start_h * 60 + start_m)) % (24 * 60) or 24 * 60
        for back in (0, 1):
            day = (moment - timedelta(days=back)).date()
            begin = datetime(day.year, day.month, day.day, start_h, start_m, tzinfo=moment.tzinfo)
            if begin <= moment < begin + timedelta(minutes=length) and day.weekday() in allowed:
                return True
    return False


@settings(max_examples=200, deadline=None)
@given(whens(), moments())
def test_windows_agree_with_an_independent_reading(when, moment):
    assert when.covers(moment) == reference_covers(when, moment)


def test_days_of_the_week_without_dayparts_cover_whole_days():
    weekend = When(days=(Weekday.SAT, Weekday.SUN))
    assert not weekend.covers(jst(2026, 11, 27, 23, 59, 59))  # Friday
    assert weekend.covers(jst(2026, 11, 28, 0, 0))
    assert weekend.covers(jst(2026, 11, 29, 23, 59, 59))
    assert not weekend.covers(jst(2026, 11, 30, 0, 0))
