"""Alerts in force as emergency messages: severity, wording, drills, expiry, clearing, acks."""

from __future__ import annotations

import datetime as dt

import pytest

from content.alerts.model import Alert, Kind, Level, MsgType, Source, Status, Text
from content.alerts.wording import words_for
from offline_cache.alerts import HeldAlert
from signage.core import (
    EmergencyLayer,
    EmergencyMessage,
    Layer,
    Playlist,
    PlaylistLayer,
    Schedule,
    Sequencer,
    Severity,
    Timeline,
)
from signage.core.alerts import AlertMessages, message_for, message_id
from tests.signage.core.helpers import FakeClock, ListSink, jst, text_item

NOW = jst(2026, 12, 4, 10, 0)


def held(
    key: str = "city:tanashi",
    *,
    version: int = 1,
    level: Level = Level.DANGER,
    kind: Kind = Kind.EVACUATION,
    texts: tuple[Text, ...] = (Text("ja", headline="田無町に避難指示"),),
    drill: bool = False,
    expires: dt.datetime | None = None,
    evacuation_level: int | None = 4,
) -> HeldAlert:
    alert = Alert(
        key=key,
        source=Source.CITY,
        identifier=f"{key}#{version}",
        sender="hanamizuki",
        sent=NOW - dt.timedelta(minutes=5),
        status=Status.EXERCISE if drill else Status.ACTUAL,
        msg_type=MsgType.ALERT,
        kind=kind,
        level=level,
        texts=texts,
        expires=expires,
        evacuation_level=evacuation_level,
    )
    return HeldAlert(key, version, drill, NOW.isoformat(), alert)


def messages() -> tuple[EmergencyLayer, AlertMessages]:
    layer = EmergencyLayer()
    return layer, AlertMessages(layer, words_for)


@pytest.mark.parametrize(
    ("level", "severity"),
    [
        (Level.ADVISORY, Severity.ADVISORY),
        (Level.WARNING, Severity.WARNING),
        (Level.DANGER, Severity.DANGER),
        (Level.EMERGENCY, Severity.CRITICAL),
    ],
)
def test_each_level_from_an_advisory_up_has_its_severity(level, severity):
    message = message_for(held(level=level), words_for)
    assert message is not None and message.severity is severity
    assert message.severity.takes_screen is (level.rank >= Level.WARNING.rank)


def test_information_stays_off_signage():
    assert message_for(held(level=Level.INFO, kind=Kind.EARTHQUAKE), words_for) is None


def test_the_message_says_what_happened_the_headline_and_what_to_do_in_every_language():
    message = message_for(held(), words_for)
    assert message is not None
    assert message.id == message_id("city:tanashi", 1) == "alert:city:tanashi@1"
    assert message.texts["ja"].splitlines() == [
        "避難指示（警戒レベル4）",
        "田無町に避難指示",
        "危険な場所から全員避難してください。",
    ]
    assert message.texts["en"].splitlines()[0] == "Evacuation order (alert level 4)"
    assert set(message.texts) == {"ja", "ja-easy", "en", "zh-Hans", "ko", "pt-BR", "vi"}
    assert message.board_text == "避難指示（警戒レベル4）"
    # The English first line goes to the board at once in its own font.
    assert message.quick_board_text == "Evacuation order (alert level 4)"
    assert not message.drill and message.expiry is None
    assert message.issued == NOW - dt.timedelta(minutes=5)  # when the city sent it, in JST


def test_a_drill_is_marked_and_worded_as_a_drill_everywhere():
    message = message_for(held(drill=True), words_for)
    assert message is not None and message.drill
    assert message.board_text.startswith("【訓練】")
    assert all(line.startswith("【訓練】") for line in message.texts["ja"].splitlines()[:2])
    assert message.texts["en"].lower().startswith("[drill]")
    assert message.quick_board_text is not None
    assert message.quick_board_text.lower().startswith("[drill]")


def test_an_alert_without_japanese_text_or_of_an_unknown_kind_is_worded_from_the_catalogue():
    message = message_for(
        held(kind=Kind.OTHER, level=Level.WARNING, evacuation_level=None,
             texts=(Text("en", headline="Gas leak near the station"),)),
        words_for,
    )  # fmt: skip
    assert message is not None
    assert message.texts["ja"].splitlines()[0] == "緊急情報"
    assert "Gas leak near the station" in message.texts["en"]
    assert "Gas leak" not in message.texts["ja"]


def test_expiry_comes_from_the_alert():
    ends = NOW + dt.timedelta(hours=3)
    message = message_for(held(expires=ends), words_for)
    assert message is not None and message.expiry == ends
    assert not message.expired(NOW) and message.expired(ends)


def test_the_layer_follows_what_is_in_force_and_a_new_version_replaces_the_old():
    layer, alerts = messages()
    heard: list[int] = []
    layer.subscribe(lambda: heard.append(1))
    alerts.update(alerts.word([held()]), NOW)
    assert [m.id for m in layer.active(NOW)] == ["alert:city:tanashi@1"]
    assert len(heard) == 1
    alerts.update(alerts.word([held()]), NOW)  # told again: nothing changes
    assert len(heard) == 1
    corrected = held(version=2, texts=(Text("ja", headline="田無町・向台町に避難指示"),))
    alerts.update(alerts.word([corrected]), NOW)
    assert [m.id for m in layer.active(NOW)] == ["alert:city:tanashi@2"]
    assert "向台町" in layer.current(NOW).texts["ja"]
    alerts.update([], NOW)
    assert layer.active(NOW) == () and alerts.raised == ()


def test_an_advisory_is_a_notice_and_a_warning_takes_the_screen_over_it():
    layer, alerts = messages()
    rain = held("jma:rain", level=Level.ADVISORY, kind=Kind.HEAVY_RAIN, evacuation_level=None)
    alerts.update(alerts.word([rain]), NOW)
    assert layer.current(NOW) is None
    assert layer.notice(NOW).id == "alert:jma:rain@1"
    alerts.update(alerts.word([rain, held()]), NOW)
    assert layer.current(NOW).id == "alert:city:tanashi@1"
    assert layer.notice(NOW) is None  # the board carries the takeover, not the advisory


def test_an_expired_alert_is_left_out_and_the_others_are_shown(caplog):
    _layer, alerts = messages()
    gone = held("city:old", expires=NOW - dt.timedelta(minutes=1))
    alerts.update(alerts.word([gone, held()]), NOW)
    assert alerts.raised == ("alert:city:tanashi@1",)
    assert "not raised" in caplog.text


def test_a_message_that_cannot_be_worded_is_logged_and_the_others_still_shown(caplog):
    def failing(alert, language, *, drill=False):
        if alert.key == "city:bad":
            raise ValueError("no words")
        return words_for(alert, language, drill=drill)

    layer = EmergencyLayer()
    alerts = AlertMessages(layer, failing)
    alerts.update(alerts.word([held("city:bad"), held()]), NOW)
    assert alerts.raised == ("alert:city:tanashi@1",)
    assert "city:bad v1 cannot be shown" in caplog.text


def test_each_version_is_acknowledged_once_per_surface():
    _layer, alerts = messages()
    alerts.update(alerts.word([held()]), NOW)
    first = message_id("city:tanashi", 1)
    assert alerts.shown(first, "screen") == ("city:tanashi", 1)
    assert alerts.shown(first, "screen") is None
    assert alerts.shown(first, "led") == ("city:tanashi", 1)
    assert alerts.shown("quake", "screen") is None  # not an alert's message
    alerts.update(alerts.word([held(version=2)]), NOW)
    assert alerts.shown(first, "led") is None  # no longer raised
    assert alerts.shown(message_id("city:tanashi", 2), "led") == ("city:tanashi", 2)


def test_the_sequencer_keeps_the_loop_under_an_advisory_and_the_board_carries_it():
    clock = FakeClock(NOW)
    item = text_item("a", 10, led_text="お知らせ")
    schedule = Schedule(playlists=(Playlist("loop", PlaylistLayer.DEFAULT, (item,)),))
    layer = EmergencyLayer()
    sequencer = Sequencer(Timeline(schedule), clock, ListSink(), screen="s1", emergencies=layer)
    before = sequencer.poll()
    advisory = EmergencyMessage("rain", Severity.ADVISORY, {"ja": "大雨注意報"})
    layer.raise_message(advisory, clock.now())
    during = sequencer.poll()
    assert during.serial == before.serial and during.item is not None
    assert during.emergency is None and during.notice == advisory
    assert during.led_text == "大雨注意報" and during.led_message == advisory
    layer.raise_message(EmergencyMessage("x", Severity.WARNING, {"ja": "警報"}), clock.now())
    taken = sequencer.poll()
    assert taken.layer is Layer.EMERGENCY and taken.notice is None and taken.led_text == "警報"
    layer.clear()
    assert sequencer.poll().led_text == "お知らせ"


def test_the_quick_board_text_is_only_for_plain_english_beside_japanese():
    japanese = EmergencyMessage("q", Severity.CRITICAL, {"ja": "地震", "en": "Earthquake\nDrop"})
    assert japanese.quick_board_text == "Earthquake"
    ascii_board = EmergencyMessage("q", Severity.CRITICAL, {"ja": "地震", "en": "E"}, led_text="EQ")
    assert ascii_board.quick_board_text is None
    accented = EmergencyMessage("q", Severity.CRITICAL, {"ja": "地震", "en": "Séisme"})
    assert accented.quick_board_text is None
    assert EmergencyMessage("q", Severity.CRITICAL, {"ja": "地震"}).quick_board_text is None
