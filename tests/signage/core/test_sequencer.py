"""The sequencer: playback equals the preview, clock jumps, stalls, proof of play that tiles."""

from __future__ import annotations

from datetime import timedelta
from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from signage.core import (
    Daypart,
    Layer,
    Playlist,
    PlaylistLayer,
    Schedule,
    Sequencer,
    Timeline,
    When,
)
from tests.signage.core.helpers import FakeClock, ListSink, jst, moments, schedules, text_item

CLOSE = timedelta(milliseconds=1)


def run(sequencer: Sequencer, clock: FakeClock, steps: int) -> list:
    """Poll at every announced change, the way the player's timer does."""
    shown = [sequencer.poll()]
    for _ in range(steps):
        clock.advance(shown[-1].change_in_s)
        playing = sequencer.poll()
        if playing.serial != shown[-1].serial:
            shown.append(playing)
    return shown


@settings(max_examples=40, deadline=None)
@given(schedules(), moments(days=3))
def test_playback_equals_the_preview(schedule, start):
    clock = FakeClock(start)
    sink = ListSink()
    timeline = Timeline(schedule)
    sequencer = Sequencer(timeline, clock, sink, screen="s1")
    shown = run(sequencer, clock, 150)
    planned = list(Timeline(schedule).slots(start, shown[-1].started_at + CLOSE))
    assert shown[0].started_at == start
    assert len(shown) == len(planned)
    for playing, slot in zip(shown, planned, strict=True):
        assert (playing.item, playing.layer) == (slot.item, slot.layer)
    for playing, slot in zip(shown[1:], planned[1:], strict=True):
        assert abs(playing.started_at - slot.start) < CLOSE


@settings(max_examples=40, deadline=None)
@given(schedules(), moments(days=3), st.integers(5, 120))
def test_proof_of_play_records_tile_the_time_shown(schedule, start, steps):
    clock = FakeClock(start)
    sink = ListSink()
    sequencer = Sequencer(Timeline(schedule), clock, sink, screen="s1")
    shown = run(sequencer, clock, steps)
    sequencer.stop()
    assert len(sink.records) == len(shown)
    assert sink.records[0].started_at == start
    for before, after in pairwise(sink.records):
        assert abs(before.ended_at - after.started_at) < CLOSE
    assert abs(sink.records[-1].ended_at - clock.now()) < CLOSE
    assert [r.item_id for r in sink.records] == [p.item.id for p in shown]
    assert all(r.screen == "s1" and not r.clock_jumped for r in sink.records)


def loop_schedule() -> Schedule:
    return Schedule(
        (
            Playlist(
                "loop",
                PlaylistLayer.DEFAULT,
                (text_item("a", 10), text_item("b", 20), text_item("c", 30)),
            ),
            Playlist(
                "evening",
                PlaylistLayer.DAYPART,
                (text_item("e", 15),),
                when=When(dayparts=(Daypart("18:00", "20:00"),)),
            ),
        )
    )


def test_polling_between_changes_changes_nothing():
    clock = FakeClock(jst(2026, 11, 22, 12, 0))
    sequencer = Sequencer(Timeline(loop_schedule()), clock, ListSink(), screen="s1")
    first = sequencer.poll()
    clock.advance(3)
    again = sequencer.poll()
    assert again.serial == first.serial
    assert again.item == first.item
    assert abs(again.change_in_s - (first.change_in_s - 3)) < 1e-6


def test_late_polls_do_not_make_the_loop_drift():
    clock = FakeClock(jst(2026, 11, 22, 12, 0))
    sequencer = Sequencer(Timeline(loop_schedule()), clock, ListSink(), screen="s1")
    playing = sequencer.poll()
    for _ in range(30):
        clock.advance(playing.change_in_s + 0.25)
        playing = sequencer.poll()
    planned = Timeline(loop_schedule()).slot_at(playing.started_at + timedelta(seconds=1))
    assert playing.item == planned.item
    assert abs(playing.started_at - planned.start) < CLOSE


def test_a_stall_starts_the_next_item_when_playback_comes_back():
    clock = FakeClock(jst(2026, 11, 22, 12, 0))
    sink = ListSink()
    sequencer = Sequencer(Timeline(loop_schedule()), clock, sink, screen="s1")
    first = sequencer.poll()
    clock.advance(first.change_in_s + 5)
    second = sequencer.poll()
    assert second.serial == first.serial + 1
    assert second.started_at == clock.now()
    assert sink.records[0].seconds == first.change_in_s + 5


def test_a_clock_jumping_forward_rejoins_the_timeline_at_the_new_time():
    clock = FakeClock(jst(2026, 11, 22, 17, 59, 0))
    sink = ListSink()
    sequencer = Sequencer(Timeline(loop_schedule()), clock, sink, screen="s1")
    assert sequencer.poll().item.id in {"a", "b", "c"}
    clock.advance(2)
    clock.jump(timedelta(minutes=5))  # NTP correction: it was really 18:04
    playing = sequencer.poll()
    assert playing.item.id == "e"
    assert playing.layer is Layer.DAYPART
    assert sink.records[-1].clock_jumped
    assert sink.records[-1].seconds == 2.0


def test_a_clock_jumping_back_within_the_segment_keeps_playing_on_the_monotonic_clock():
    clock = FakeClock(jst(2026, 11, 22, 12, 0))
    sink = ListSink()
    sequencer = Sequencer(Timeline(loop_schedule()), clock, sink, screen="s1")
    first = sequencer.poll()
    clock.advance(4)
    clock.jump(-timedelta(seconds=30))
    same = sequencer.poll()
    assert same.serial == first.serial
    assert abs(same.change_in_s - (first.change_in_s - 4)) < 1e-6
    clock.advance(same.change_in_s)
    sequencer.poll()
    assert sink.records[0].clock_jumped
    assert sink.records[0].seconds == first.change_in_s


def test_a_clock_jumping_back_out_of_the_segment_rejoins_the_timeline():
    clock = FakeClock(jst(2026, 11, 22, 18, 30))
    sequencer = Sequencer(Timeline(loop_schedule()), clock, ListSink(), screen="s1")
    assert sequencer.poll().item.id == "e"
    clock.advance(1)
    clock.jump(-timedelta(hours=1))
    assert sequencer.poll().item.id in {"a", "b", "c"}


def test_a_terminal_booted_with_a_wrong_clock_plays_on_and_follows_the_fix():
    # No network at boot: the clock says 2000-01-01, the loop still plays without a gap.
    clock = FakeClock(jst(2000, 1, 1, 9, 0))
    sink = ListSink()
    sequencer = Sequencer(Timeline(loop_schedule()), clock, sink, screen="s1")
    playing = sequencer.poll()
    for _ in range(10):
        clock.advance(playing.change_in_s)
        playing = sequencer.poll()
    assert playing.item.id in {"a", "b", "c"}
    clock.advance(1)
    clock.jump(jst(2026, 11, 22, 18, 10) - clock.now())
    playing = sequencer.poll()
    assert playing.item.id == "e"
    assert playing.started_at == jst(2026, 11, 22, 18, 10)
    for before, after in pairwise(sink.records):
        assert after.started_at >= before.started_at or before.clock_jumped


def test_the_upcoming_item_is_announced_before_the_change():
    clock = FakeClock(jst(2026, 11, 22, 17, 59, 50))
    sequencer = Sequencer(Timeline(loop_schedule()), clock, ListSink(), screen="s1")
    playing = sequencer.poll()
    assert playing.change_in_s <= 10
    assert playing.upcoming.id == "e"
    clock.advance(playing.change_in_s)
    assert sequencer.poll().item.id == "e"
    assert sequencer.poll().upcoming.id == "e"


def test_led_text_follows_the_item():
    schedule = Schedule(
        (Playlist("loop", PlaylistLayer.DEFAULT, (text_item("a", led_text="ようこそ"),)),)
    )
    clock = FakeClock(jst(2026, 11, 22, 12, 0))
    playing = Sequencer(Timeline(schedule), clock, ListSink(), screen="s1").poll()
    assert playing.led_text == "ようこそ"


class FlakySink(ListSink):
    """A sink that refuses records while ``broken`` is set."""

    broken = True

    def record(self, entry) -> None:
        if self.broken:
            raise OSError("disk full")
        super().record(entry)


def test_a_failing_sink_never_stops_playback_and_loses_no_record(caplog):
    clock = FakeClock(jst(2026, 11, 22, 12, 0))
    sink = FlakySink()
    sequencer = Sequencer(Timeline(loop_schedule()), clock, sink, screen="s1")
    playing = sequencer.poll()
    for _ in range(5):
        clock.advance(playing.change_in_s)
        playing = sequencer.poll()
    assert playing.serial == 6
    assert sequencer.pending_records == 5
    assert "disk full" not in caplog.text
    assert "OSError" in caplog.text
    sink.broken = False
    clock.advance(playing.change_in_s)
    sequencer.poll()
    assert sequencer.pending_records == 0
    assert [r.item_id for r in sink.records] == ["a", "b", "c", "a", "b", "c"]
