"""Proof of play: records as plain data, and the 情報発信数 report per day and month."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from content.config.schema import ConfigError
from signage.core import (
    EmergencyLayer,
    EmergencyMessage,
    Period,
    Playlist,
    PlaylistLayer,
    PlayRecord,
    Schedule,
    Sequencer,
    Severity,
    Timeline,
    record_from_data,
    summarize,
)
from tests.signage.core.helpers import FakeClock, ListSink, jst, text_item


def record(item_id: str, start: datetime, seconds: float, **kwargs: object) -> PlayRecord:
    return PlayRecord(
        screen=str(kwargs.pop("screen", "s1")),
        item_id=item_id,
        kind="text",
        layer="default",
        started_at=start,
        ended_at=start + timedelta(seconds=seconds),
        **kwargs,  # type: ignore[arg-type]
    )


def test_showings_are_counted_per_day_in_japan_time():
    records = [
        record("a", jst(2026, 11, 30, 23, 59, 50), 20),  # crosses midnight: counts on the 30th
        record("a", jst(2026, 12, 1, 0, 0, 10), 10),
        record("b", jst(2026, 12, 1, 8, 0), 15),
        record("b", jst(2026, 12, 1, 8, 0), 15, screen="s2"),
        # 15:30 UTC on the 30th is 00:30 JST on 1 December.
        record("b", datetime(2026, 11, 30, 15, 30, tzinfo=UTC), 5),
    ]
    report = summarize(records, Period.DAY)
    assert [(r.period, r.screen, r.item_id, r.showings, r.seconds) for r in report.rows] == [
        ("2026-11-30", "s1", "a", 1, 20.0),
        ("2026-12-01", "s1", "a", 1, 10.0),
        ("2026-12-01", "s1", "b", 2, 20.0),
        ("2026-12-01", "s2", "b", 1, 15.0),
    ]
    assert [(t.period, t.showings, t.seconds) for t in report.totals] == [
        ("2026-11-30", 1, 20.0),
        ("2026-12-01", 4, 45.0),
    ]
    monthly = summarize(records, Period.MONTH)
    assert [(t.period, t.showings) for t in monthly.totals] == [("2026-11", 1), ("2026-12", 4)]


def test_a_showing_resumed_after_an_emergency_counts_once():
    records = [
        record("a", jst(2026, 11, 22, 12, 0), 4),
        PlayRecord(
            "s1",
            "quake",
            "emergency",
            "emergency",
            jst(2026, 11, 22, 12, 0, 4),
            jst(2026, 11, 22, 12, 10, 4),
        ),
        record("a", jst(2026, 11, 22, 12, 10, 4), 6, continued=True),
    ]
    rows = {r.item_id: r for r in summarize(records, Period.DAY).rows}
    assert (rows["a"].showings, rows["a"].seconds) == (1, 10.0)
    assert (rows["quake"].showings, rows["quake"].seconds) == (1, 600.0)


def test_records_round_trip_through_plain_data():
    original = record("a", jst(2026, 11, 22, 12, 0), 12.5, clock_jumped=True)
    data = original.to_data()
    assert data["started_at"] == "2026-11-22T12:00:00+09:00"
    assert record_from_data(data, source="outbox") == original


@pytest.mark.parametrize(
    ("change", "path"),
    [
        ({"started_at": "yesterday"}, "started_at"),
        ({"ended_at": "2026-11-22T12:00:00"}, "ended_at"),
        ({"ended_at": "2026-11-22T11:00:00+09:00"}, "ended_at"),
        ({"screen": 3}, "screen"),
        ({"extra": 1}, "extra"),
    ],
)
def test_bad_records_are_refused_naming_the_key(change, path):
    data = record("a", jst(2026, 11, 22, 12, 0), 12.5).to_data() | change
    with pytest.raises(ConfigError) as caught:
        record_from_data(data, source="outbox")
    assert caught.value.problems[0].path == path


@settings(max_examples=30, deadline=None)
@given(st.integers(0, 3 * 86_400), st.integers(10, 400), st.floats(0, 1))
def test_the_report_adds_up_to_what_was_played(offset, steps, alert_at):
    schedule = Schedule(
        (
            Playlist(
                "loop",
                PlaylistLayer.DEFAULT,
                (text_item("a", 17), text_item("b", 29), text_item("c", 41)),
            ),
            Playlist("hourly", PlaylistLayer.INTERRUPT, (text_item("i", 30),), share=0.1),
        )
    )
    start = jst(2026, 11, 29, 0, 0) + timedelta(seconds=offset)
    clock = FakeClock(start)
    sink = ListSink()
    layer = EmergencyLayer()
    sequencer = Sequencer(Timeline(schedule), clock, sink, screen="s1", emergencies=layer)
    playing = sequencer.poll()
    raise_step = int(alert_at * steps)
    for step in range(steps):
        if step == raise_step:
            clock.advance(playing.change_in_s / 2)
            message = EmergencyMessage("quake", Severity.CRITICAL, {"ja": "地震"})
            layer.raise_message(message, clock.now())
            sequencer.poll()
            clock.advance(90)
            layer.clear()
            playing = sequencer.poll()
        clock.advance(playing.change_in_s)
        playing = sequencer.poll()
    sequencer.stop()
    elapsed = (clock.now() - start).total_seconds()
    for period in Period:
        report = summarize(sink.records, period)
        assert sum(t.seconds for t in report.totals) == pytest.approx(elapsed, abs=1e-3)
        assert sum(t.showings for t in report.totals) == sum(
            1 for r in sink.records if not r.continued
        )
        assert sum(r.showings for r in report.rows) == sum(t.showings for t in report.totals)
