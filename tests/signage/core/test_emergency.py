"""The emergency layer: raise, clear and expiry; it preempts the loop and gives it back."""

from __future__ import annotations

from datetime import timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from content.config.schema import ConfigError
from signage.core import (
    EmergencyError,
    EmergencyLayer,
    EmergencyMessage,
    Layer,
    Playlist,
    PlaylistLayer,
    Schedule,
    Sequencer,
    Severity,
    Timeline,
    message_from_data,
)
from tests.signage.core.helpers import FakeClock, ListSink, jst, moments, schedules, text_item

NOW = jst(2026, 11, 22, 12, 0)


def alert(
    message_id: str = "quake",
    severity: Severity = Severity.WARNING,
    expires_at: str | None = None,
) -> EmergencyMessage:
    return EmergencyMessage(
        id=message_id,
        severity=severity,
        texts={"ja": "地震に注意してください", "en": "Earthquake warning"},
        expires_at=expires_at,
    )


def test_the_most_severe_then_the_latest_message_is_shown():
    layer = EmergencyLayer()
    assert layer.current(NOW) is None
    layer.raise_message(alert("a", Severity.WARNING), NOW)
    layer.raise_message(alert("b", Severity.CRITICAL), NOW)
    layer.raise_message(alert("c", Severity.WARNING), NOW)
    assert [m.id for m in layer.active(NOW)] == ["b", "c", "a"]
    assert layer.clear("b")
    assert layer.current(NOW).id == "c"
    assert not layer.clear("b")
    assert layer.clear()
    assert layer.current(NOW) is None
    assert not layer.clear()


def test_listeners_hear_every_raise_and_every_clear_that_changed_something():
    layer = EmergencyLayer()
    heard: list[str] = []
    layer.subscribe(lambda: heard.append("changed"))
    layer.raise_message(alert(), NOW)
    layer.clear("other")
    layer.clear("quake")
    layer.clear()
    assert heard == ["changed", "changed"]


def test_messages_expire_on_the_wall_clock_and_expired_ones_are_refused():
    layer = EmergencyLayer()
    layer.raise_message(alert(expires_at="2026-11-22T12:30:00"), NOW)
    assert layer.current(NOW + timedelta(minutes=29)) is not None
    assert layer.current(NOW + timedelta(minutes=30)) is None
    with pytest.raises(EmergencyError) as caught:
        layer.raise_message(alert(expires_at="2026-11-22T11:00:00+09:00"), NOW)
    assert caught.value.key == "signage.emergency.expired"


def test_texts_fall_back_to_japanese_and_the_board_gets_its_own_text():
    message = alert()
    assert message.text("en") == "Earthquake warning"
    assert message.text("vi") == "地震に注意してください"
    assert message.board_text == "地震に注意してください"
    loud = EmergencyMessage("x", Severity.CRITICAL, {"ja": "避難してください"}, led_text="避難")
    assert loud.board_text == "避難"


def test_messages_from_json_are_validated_with_key_paths():
    message = message_from_data(
        {
            "id": "tsunami",
            "severity": "critical",
            "texts": {"ja": "津波警報", "en": "Tsunami warning"},
            "expires_at": "2026-11-22T15:00",
        },
        source="alert.json",
    )
    assert message.expiry == jst(2026, 11, 22, 15, 0)
    with pytest.raises(ConfigError) as caught:
        message_from_data(
            {"id": "x", "severity": "panic", "texts": {"en": "no japanese"}}, source="alert.json"
        )
    assert "severity" in str(caught.value)
    for bad, path in (
        ({"id": "x", "severity": "warning", "texts": {"en": "hi"}}, "texts"),
        ({"id": "x", "severity": "warning", "texts": {"ja": "a", "xx": "b"}}, "texts.xx"),
        ({"id": "x", "severity": "warning", "texts": {"ja": " "}}, "texts.ja"),
        (
            {"id": "x", "severity": "warning", "texts": {"ja": "a"}, "expires_at": "soon"},
            "expires_at",
        ),
        ({"id": " ", "severity": "warning", "texts": {"ja": "a"}}, "id"),
    ):
        with pytest.raises(ConfigError) as caught:
            message_from_data(bad, source="alert.json")
        assert caught.value.problems[0].path == path


def loop() -> Schedule:
    items = (text_item("a", 10, led_text="A"), text_item("b", 20), text_item("c", 30))
    return Schedule((Playlist("loop", PlaylistLayer.DEFAULT, items),))


def test_raising_preempts_and_clearing_resumes_the_same_item_with_its_time_left():
    clock = FakeClock(NOW)
    sink = ListSink()
    layer = EmergencyLayer()
    sequencer = Sequencer(Timeline(loop()), clock, sink, screen="s1", emergencies=layer)
    before = sequencer.poll()
    clock.advance(4)
    layer.raise_message(alert(), clock.now())
    during = sequencer.poll()
    assert during.emergency == alert()
    assert during.item is None
    assert during.layer is Layer.EMERGENCY
    assert during.led_text == "地震に注意してください"
    assert during.change_in_s is None
    assert during.upcoming == before.item
    clock.advance(600)
    assert sequencer.poll().serial == during.serial
    layer.clear("quake")
    after = sequencer.poll()
    assert after.item == before.item
    assert abs(after.change_in_s - (before.change_in_s - 4)) < 1e-6
    assert [(r.item_id, r.continued) for r in sink.records] == [
        (before.item.id, False),
        ("quake", False),
    ]
    assert sink.records[1].kind == "emergency"
    assert sink.records[1].seconds == 600


def test_expiry_restores_the_loop_without_a_clear():
    clock = FakeClock(NOW)
    layer = EmergencyLayer()
    sequencer = Sequencer(Timeline(loop()), clock, ListSink(), screen="s1", emergencies=layer)
    before = sequencer.poll()
    layer.raise_message(alert(expires_at="2026-11-22T12:01:00"), clock.now())
    during = sequencer.poll()
    assert during.change_in_s == 60
    clock.advance(during.change_in_s)
    assert sequencer.poll().item == before.item


def test_a_message_outlasting_its_segment_hands_back_to_the_timeline():
    clock = FakeClock(jst(2026, 11, 22, 23, 59, 0))
    layer = EmergencyLayer()
    sequencer = Sequencer(Timeline(loop()), clock, ListSink(), screen="s1", emergencies=layer)
    sequencer.poll()
    layer.raise_message(alert(), clock.now())
    sequencer.poll()
    clock.advance(120)  # past midnight: yesterday's segment is over
    layer.clear()
    after = sequencer.poll()
    planned = Timeline(loop()).slot_at(clock.now())
    assert after.item == planned.item
    assert after.change_in_s == (planned.end - clock.now()).total_seconds()
    assert after.started_at == clock.now()


@settings(max_examples=40, deadline=None)
@given(
    schedules(),
    moments(days=3),
    st.integers(0, 30),
    st.floats(0, 50),
    st.floats(1, 7200),
)
def test_an_emergency_preempts_anything_and_restores_the_loop(
    schedule, start, steps, into_item, seconds
):
    clock = FakeClock(start)
    sink = ListSink()
    layer = EmergencyLayer()
    sequencer = Sequencer(Timeline(schedule), clock, sink, screen="s1", emergencies=layer)
    playing = sequencer.poll()
    for _ in range(steps):
        clock.advance(playing.change_in_s)
        playing = sequencer.poll()
    wait = min(into_item, playing.change_in_s / 2)
    clock.advance(wait)
    left = playing.change_in_s - wait
    segment_end = Timeline(schedule).slot_at(playing.started_at).segment.end
    layer.raise_message(alert(severity=Severity.CRITICAL), clock.now())
    during = sequencer.poll()
    assert during.emergency is not None and during.item is None
    clock.advance(seconds)
    assert sequencer.poll().emergency is not None
    layer.clear()
    after = sequencer.poll()
    assert after.emergency is None
    if clock.now() < segment_end:
        assert after.item == playing.item
        expected = min(left, (segment_end - clock.now()).total_seconds())
        assert abs(after.change_in_s - expected) < 1e-3
        assert sink.records[-1].item_id == "quake"
    else:
        assert after.item == Timeline(schedule).slot_at(clock.now()).item
    sequencer.stop()
    shown = [r for r in sink.records if r.item_id != "quake"]
    assert sum(1 for r in shown if r.continued) <= 1
