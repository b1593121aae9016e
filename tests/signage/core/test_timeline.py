"""The timeline: no gaps, priorities, interrupts, midnight and month ends in Japan time."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from signage.core import (
    IDLE_ITEM,
    Daypart,
    Layer,
    Playlist,
    PlaylistLayer,
    Schedule,
    Timeline,
    Weekday,
    When,
)
from tests.signage.core.helpers import jst, moments, schedules, text_item

PROPERTY = settings(max_examples=60, deadline=None)
LOWER = {
    Layer.DEFAULT: PlaylistLayer.DEFAULT,
    Layer.DAYPART: PlaylistLayer.DAYPART,
    Layer.CAMPAIGN: PlaylistLayer.CAMPAIGN,
}


def valid_items(schedule: Schedule, layer: PlaylistLayer, moment: datetime) -> list[str]:
    return [
        item.id
        for playlist in schedule.playlists
        if playlist.layer is layer and playlist.when.covers(moment)
        for item in playlist.items
        if item.when.covers(moment)
    ]


@PROPERTY
@given(schedules(), moments())
def test_the_slot_at_any_moment_is_valid_there_and_from_the_winning_layer(schedule, moment):
    slot = Timeline(schedule).slot_at(moment)
    assert slot.start <= moment < slot.end
    assert slot.end - slot.start <= slot.item.duration
    lower = {layer: valid_items(schedule, layer, moment) for layer in LOWER.values()}
    if slot.layer is Layer.IDLE:
        assert slot.item == schedule.fallback
        assert not any(lower.values())
    elif slot.layer is Layer.INTERRUPT:
        assert slot.item.id in valid_items(schedule, PlaylistLayer.INTERRUPT, moment)
    else:
        own = LOWER[slot.layer]
        assert slot.item.id in lower[own]
        higher = [layer for layer in LOWER if layer > slot.layer]
        assert not any(lower[LOWER[layer]] for layer in higher)


@PROPERTY
@given(schedules(), moments())
def test_interrupts_take_the_top_of_each_hour_up_to_their_share(schedule, moment):
    slot = Timeline(schedule).slot_at(moment)
    top = moment.replace(minute=0, second=0, microsecond=0)
    share = sum(
        playlist.share or 0.0
        for playlist in schedule.playlists
        if playlist.layer is PlaylistLayer.INTERRUPT
        and playlist.when.covers(top)
        and any(item.when.covers(top) for item in playlist.items)
    )
    inside = moment - top < timedelta(seconds=share * 3600)
    if inside and valid_items(schedule, PlaylistLayer.INTERRUPT, moment):
        assert slot.layer is Layer.INTERRUPT
    if not inside:
        assert slot.layer is not Layer.INTERRUPT


@settings(max_examples=25, deadline=None)
@given(schedules(), moments(days=3), st.integers(600, 4 * 3600))
def test_slots_follow_each_other_without_gaps(schedule, start, seconds):
    end = start + timedelta(seconds=seconds)
    slots = list(Timeline(schedule).slots(start, end))
    assert slots[0].start <= start < slots[0].end
    assert slots[-1].end >= end
    for before, after in pairwise(slots):
        assert before.end == after.start
        assert after.end > after.start


@PROPERTY
@given(schedules(), moments())
def test_the_same_moment_gives_the_same_answer_from_a_fresh_timeline(schedule, moment):
    warm = Timeline(schedule)
    warm.slot_at(moment - timedelta(days=2))
    assert warm.slot_at(moment) == Timeline(schedule).slot_at(moment)


def test_nothing_scheduled_plays_the_idle_item_all_day():
    timeline = Timeline(Schedule())
    slot = timeline.slot_at(jst(2026, 11, 22, 13, 0))
    assert slot.item == IDLE_ITEM
    assert slot.layer is Layer.IDLE


def test_a_campaign_beats_the_daypart_which_beats_the_default():
    schedule = Schedule(
        (
            Playlist("loop", PlaylistLayer.DEFAULT, (text_item("d"),)),
            Playlist(
                "morning",
                PlaylistLayer.DAYPART,
                (text_item("m"),),
                when=When(dayparts=(Daypart("07:00", "10:00"),)),
            ),
            Playlist(
                "festival",
                PlaylistLayer.CAMPAIGN,
                (text_item("c"),),
                when=When(valid_from="2026-11-23", valid_until="2026-11-23"),
            ),
        )
    )
    timeline = Timeline(schedule)
    assert timeline.slot_at(jst(2026, 11, 22, 6, 59, 59)).item.id == "d"
    assert timeline.slot_at(jst(2026, 11, 22, 7, 0)).item.id == "m"
    assert timeline.slot_at(jst(2026, 11, 22, 10, 0)).item.id == "d"
    assert timeline.slot_at(jst(2026, 11, 23, 8, 0)).item.id == "c"
    assert timeline.slot_at(jst(2026, 11, 23, 23, 59, 59)).item.id == "c"
    assert timeline.slot_at(jst(2026, 11, 24, 0, 0)).item.id == "d"
    assert timeline.slot_at(jst(2026, 11, 24, 8, 0)).item.id == "m"


def test_a_daypart_past_midnight_belongs_to_the_day_it_starts():
    night = When(days=(Weekday.FRI,), dayparts=(Daypart("22:00", "02:00"),))
    schedule = Schedule(
        (
            Playlist("loop", PlaylistLayer.DEFAULT, (text_item("d"),)),
            Playlist("night", PlaylistLayer.DAYPART, (text_item("n"),), when=night),
        )
    )
    timeline = Timeline(schedule)
    # 2026-11-27 is a Friday.
    assert timeline.slot_at(jst(2026, 11, 27, 21, 59)).item.id == "d"
    assert timeline.slot_at(jst(2026, 11, 27, 22, 0)).item.id == "n"
    assert timeline.slot_at(jst(2026, 11, 28, 1, 59, 59)).item.id == "n"
    assert timeline.slot_at(jst(2026, 11, 28, 2, 0)).item.id == "d"
    assert timeline.slot_at(jst(2026, 11, 28, 22, 30)).item.id == "d"
    assert timeline.slot_at(jst(2026, 11, 27, 1, 0)).item.id == "d"


def test_month_and_year_ends_and_leap_days_follow_the_calendar():
    schedule = Schedule(
        (
            Playlist("loop", PlaylistLayer.DEFAULT, (text_item("d"),)),
            Playlist(
                "last-day",
                PlaylistLayer.CAMPAIGN,
                (text_item("c"),),
                when=When(valid_from="2028-02-29", valid_until="2028-02-29"),
            ),
            Playlist(
                "new-year",
                PlaylistLayer.CAMPAIGN,
                (text_item("y"),),
                when=When(valid_from="2026-12-31T23:00", valid_until="2027-01-01T01:00"),
            ),
        )
    )
    timeline = Timeline(schedule)
    assert timeline.slot_at(jst(2028, 2, 28, 23, 59, 59)).item.id == "d"
    assert timeline.slot_at(jst(2028, 2, 29, 0, 0)).item.id == "c"
    assert timeline.slot_at(jst(2028, 2, 29, 23, 59, 59)).item.id == "c"
    assert timeline.slot_at(jst(2028, 3, 1, 0, 0)).item.id == "d"
    assert timeline.slot_at(jst(2026, 12, 31, 22, 59, 59)).item.id == "d"
    assert timeline.slot_at(jst(2026, 12, 31, 23, 30)).item.id == "y"
    assert timeline.slot_at(jst(2027, 1, 1, 0, 30)).item.id == "y"
    assert timeline.slot_at(jst(2027, 1, 1, 1, 0)).item.id == "d"


def test_times_in_other_zones_are_read_as_japan_time():
    schedule = Schedule(
        (
            Playlist("loop", PlaylistLayer.DEFAULT, (text_item("d"),)),
            Playlist(
                "morning",
                PlaylistLayer.DAYPART,
                (text_item("m"),),
                when=When(dayparts=(Daypart("07:00", "10:00"),)),
            ),
        )
    )
    timeline = Timeline(schedule)
    # 22:30 UTC on the 21st is 07:30 JST on the 22nd; Japan keeps no daylight saving time.
    slot = timeline.slot_at(datetime(2026, 11, 21, 22, 30, tzinfo=UTC))
    assert slot.item.id == "m"
    assert slot.start.utcoffset() == timedelta(hours=9)
    summer = timeline.slot_at(datetime(2026, 7, 1, 22, 30, tzinfo=UTC))
    assert summer.item.id == "m"


def test_the_loop_plays_whole_items_in_order_and_restarts_at_midnight():
    schedule = Schedule(
        (
            Playlist(
                "loop",
                PlaylistLayer.DEFAULT,
                (text_item("a", 7), text_item("b", 11), text_item("c", 13)),
            ),
        )
    )
    timeline = Timeline(schedule)
    start = jst(2026, 11, 30, 0, 0)
    ids = [slot.item.id for slot in timeline.slots(start, start + timedelta(seconds=62))]
    assert ids == ["a", "b", "c", "a", "b", "c"]
    last = timeline.slot_at(jst(2026, 11, 30, 23, 59, 59, 999999))
    assert last.end == jst(2026, 12, 1, 0, 0)
    assert last.truncated or last.end - last.start == last.item.duration
    first = timeline.slot_at(jst(2026, 12, 1, 0, 0))
    assert (first.item.id, first.start) == ("a", jst(2026, 12, 1, 0, 0))


def test_an_interrupt_takes_its_share_at_the_top_of_the_hour():
    schedule = Schedule(
        (
            Playlist("loop", PlaylistLayer.DEFAULT, (text_item("d", 30),)),
            Playlist("notice", PlaylistLayer.INTERRUPT, (text_item("i", 20),), share=0.1),
        )
    )
    timeline = Timeline(schedule)
    hour = jst(2026, 11, 22, 15, 0)
    slots = list(timeline.slots(hour, hour + timedelta(hours=1)))
    interrupt = sum(((s.end - s.start) for s in slots if s.layer is Layer.INTERRUPT), timedelta())
    assert interrupt == timedelta(minutes=6)
    assert all(s.layer is Layer.INTERRUPT for s in slots[:18])
    assert slots[18].layer is Layer.DEFAULT
    assert slots[18].start == hour + timedelta(minutes=6)


def test_after_a_campaign_the_loop_resumes_where_time_has_brought_it():
    items = tuple(text_item(f"d{n}", 60) for n in range(10))
    schedule = Schedule(
        (
            Playlist("loop", PlaylistLayer.DEFAULT, items),
            Playlist(
                "flash",
                PlaylistLayer.CAMPAIGN,
                (text_item("c", 30),),
                when=When(dayparts=(Daypart("09:00", "09:05"),)),
            ),
        )
    )
    slot = Timeline(schedule).slot_at(jst(2026, 11, 22, 9, 5))
    # 9:05 is 545 minutes after midnight: the ten-minute loop is at its sixth item.
    assert (slot.item.id, slot.start) == ("d5", jst(2026, 11, 22, 9, 5))


def winner(schedule: Schedule, moment: datetime) -> tuple[Layer, list[str]]:
    for layer in sorted(LOWER, reverse=True):
        items = valid_items(schedule, LOWER[layer], moment)
        if items:
            return layer, items
    return Layer.IDLE, [schedule.fallback.id]


@PROPERTY
@given(schedules(), moments())
def test_the_winning_layer_and_its_items_hold_for_the_whole_segment(schedule, moment):
    segment = Timeline(schedule).segment_at(moment)
    if segment.layer is Layer.INTERRUPT:
        items = [item.id for item in segment.items]
        for t in (segment.start, moment, segment.end - timedelta(microseconds=1)):
            assert valid_items(schedule, PlaylistLayer.INTERRUPT, t) == items
    else:
        expected = (segment.layer, [item.id for item in segment.items])
        for t in (segment.start, moment, segment.end - timedelta(microseconds=1)):
            assert winner(schedule, t) == expected
