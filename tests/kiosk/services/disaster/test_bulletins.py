"""The tile's list: in force most serious first, then what ended today; levels and colours."""

from __future__ import annotations

import datetime as dt

from content.alerts.model import Kind, Level
from kiosk.services.disaster.core.bulletins import bulletins, ended_today
from kiosk.services.disaster.core.levels import HIGH_CONTRAST, STANDARD, colours
from kiosk.shell.core.theme import HIGH_CONTRAST as HC_THEME
from kiosk.shell.core.theme import STANDARD as STANDARD_THEME
from kiosk.shell.core.theme import contrast_ratio
from tests.kiosk.services.disaster.fakes import JST, NOW, Clock, alert, board, held


def test_in_force_most_serious_first_then_ended_today_latest_first():
    clock = Clock(NOW - dt.timedelta(hours=2))  # 08:00 in Japan
    rain = held(alert("rain", level=Level.ADVISORY))
    quake = held(alert("quake", Kind.EARTHQUAKE, Level.INFO))
    wind = held(alert("wind", Kind.WIND, Level.WARNING))
    evac = held(alert("evac", Kind.EVACUATION, Level.DANGER, minutes_ago=5))
    source = board(clock, rain, quake, wind, evac)
    clock.now = NOW - dt.timedelta(hours=1)
    source.update([rain, wind, evac])  # the quake ended at 09:00
    clock.now = NOW - dt.timedelta(minutes=30)
    source.update([rain, evac])  # the wind warning ended at 09:30
    clock.now = NOW
    items = bulletins(source, NOW, JST)
    assert [b.key for b in items] == ["evac", "rain", "wind", "quake"]
    assert [b.in_force for b in items] == [True, True, False, False]
    assert items[2].ended_at == NOW - dt.timedelta(minutes=30)


def test_an_alert_that_ended_yesterday_in_japan_is_not_listed_even_within_24_hours():
    # ended at 23:50 in Japan on 3 December (14:50 UTC, the same UTC date as NOW)
    ended = dt.datetime(2026, 12, 3, 14, 50, tzinfo=dt.UTC)
    clock = Clock(ended - dt.timedelta(hours=1))
    old = held(alert("old"))
    source = board(clock, old)
    clock.now = ended
    source.update([])
    clock.now = NOW
    assert source.recent()  # the board still holds it
    assert bulletins(source, NOW, JST) == []
    assert not ended_today(ended, NOW, JST)
    # one that ended at 00:05 in Japan on 4 December is today's
    assert ended_today(dt.datetime(2026, 12, 3, 15, 5, tzinfo=dt.UTC), NOW, JST)


def test_a_later_version_counts_as_updated_and_a_drill_is_a_drill():
    first = held(alert("rain"))
    again = held(alert("rain"), version=2, drill=True)
    items = bulletins(board(Clock(), first), NOW, JST)
    assert not items[0].updated and not items[0].drill
    items = bulletins(board(Clock(), again), NOW, JST)
    assert items[0].updated and items[0].drill


def test_no_alerts_no_bulletins():
    assert bulletins(board(Clock()), NOW, JST) == []


def test_every_level_colour_is_readable_and_high_contrast_tells_the_levels_apart():
    for table, theme in ((STANDARD, STANDARD_THEME), (HIGH_CONTRAST, HC_THEME)):
        assert set(table) == set(Level)
        for shade in table.values():
            assert contrast_ratio(shade.text, shade.fill) >= 4.5
        fills = {shade.fill for shade in table.values()}
        assert len(fills) == len(Level)
        # the badge stands out from the page behind it
        for level in (Level.ADVISORY, Level.WARNING, Level.DANGER, Level.EMERGENCY):
            assert contrast_ratio(table[level].outline, theme.surface) >= 3 or level is Level.INFO
    assert colours(Level.WARNING, high_contrast=True) == HIGH_CONTRAST[Level.WARNING]
