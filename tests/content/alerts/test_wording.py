"""An alert worded in each of the seven languages: fixed parts from the catalogue, the source's
own words where it has them in the language asked, Japanese details with a note otherwise."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from content.alerts import wording
from content.alerts.model import Alert, Kind, Level, MsgType, ShelterChange, Source, Status, Text
from content.alerts.wording import AlertWords, for_screen, our_language, words_for
from content.catalogue import Catalogue, read_ts
from content.languages import LANGUAGE_CODES
from content.phrasing import WORD_JOINER, plain
from tools.update_translations import catalogues, sources

SENT = dt.datetime(2026, 12, 4, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=9)))
LATIN = re.compile(r"[A-Za-z]")
# Letters a Japanese or Chinese text may carry: none of the English words of the sources.
CJK = ("ja", "ja-easy", "zh-Hans")


def alert(
    kind: Kind = Kind.HEAVY_RAIN,
    level: Level = Level.WARNING,
    *,
    texts: tuple[Text, ...] = (),
    evacuation_level: int | None = None,
    shelters: tuple[ShelterChange, ...] = (),
) -> Alert:
    return Alert(
        key="test:1",
        source=Source.JMA,
        identifier="test-1",
        sender="test",
        sent=SENT,
        status=Status.ACTUAL,
        msg_type=MsgType.ALERT,
        kind=kind,
        level=level,
        texts=texts,
        evacuation_level=evacuation_level,
        shelters=shelters,
    )


def messages() -> list[wording.Message]:
    found = {m for levels in wording.EVENTS.values() for m in levels}
    found |= {m for levels in wording.ACTIONS.values() for m in levels}
    found |= set(wording.INTENSITIES.values()) | set(wording.DETAILS_IN.values())
    found |= {
        wording.WITH_ALERT_LEVEL,
        wording.EARTHQUAKE_INTENSITY,
        wording.DETAILS_IN_OTHER,
        wording.DRILL,
        wording.DRILLED,
        wording.DRILL_NOTICE,
        wording.SHELTERS_CLOSED,
        wording.SHELTERS_CLOSED_EVENT,
    }
    return sorted(found, key=lambda m: m.source)


def test_every_kind_has_an_event_and_an_action_at_every_level():
    assert set(wording.EVENTS) == set(Kind)
    assert set(wording.ACTIONS) == set(Kind)
    assert all(len(levels) == len(Level) for levels in wording.EVENTS.values())
    assert all(len(levels) == len(Level) for levels in wording.ACTIONS.values())


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_every_message_is_translated_in_every_language(language):
    catalogue = wording.catalogue()
    missing = [m.source for m in messages() if not catalogue.has(m, language)]
    assert not missing, f"{language}: {missing}"


def test_the_catalogue_holds_only_what_the_code_words():
    sources = {m.source for m in messages()}
    for path in sorted(wording.MESSAGES.glob("alerts_*.ts")):
        assert {source for _context, source in read_ts(path)} == sources, path.name


@pytest.mark.parametrize("language", CJK)
@pytest.mark.parametrize("kind", list(Kind))
def test_no_english_is_left_in_a_japanese_or_chinese_result(kind, language):
    for level in Level:
        words = words_for(alert(kind, level, evacuation_level=3), language)
        for text in (words.event, words.headline, words.action):
            assert text and not LATIN.search(text), (kind, level, text)


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_every_kind_and_level_is_worded_in_every_language(language):
    for kind in Kind:
        for level in Level:
            words = words_for(alert(kind, level), language)
            assert words.event and words.action and words.headline == words.event
            assert words.language == language and not words.drill


def test_japanese_terms_are_the_official_ones():
    def event(kind: Kind, level: Level, **kw: int) -> str:
        return words_for(alert(kind, level, **kw), "ja").event

    assert event(Kind.HEAVY_RAIN, Level.ADVISORY) == "大雨注意報"
    assert event(Kind.HEAVY_RAIN, Level.WARNING) == "大雨警報"
    assert event(Kind.HEAVY_RAIN, Level.EMERGENCY) == "大雨特別警報"
    assert event(Kind.LANDSLIDE, Level.DANGER) == "土砂災害警戒情報"
    assert event(Kind.RECORD_RAIN, Level.WARNING) == "記録的短時間大雨情報"
    assert event(Kind.TORNADO, Level.ADVISORY) == "竜巻注意情報"
    flood = [event(Kind.FLOOD, level) for level in list(Level)[1:]]
    assert flood == ["氾濫注意情報", "氾濫警戒情報", "氾濫危険情報", "氾濫発生情報"]
    tsunami = [event(Kind.TSUNAMI, level) for level in list(Level)[1:]]
    assert tsunami == ["津波注意報", "津波警報", "津波警報", "大津波警報"]
    assert event(Kind.VOLCANO, Level.WARNING) == "噴火警報（火口周辺）"
    assert event(Kind.VOLCANO, Level.EMERGENCY) == "噴火警報（居住地域）"
    assert (
        event(Kind.EVACUATION, Level.WARNING, evacuation_level=3) == "高齢者等避難（警戒レベル3）"
    )
    assert event(Kind.EVACUATION, Level.DANGER, evacuation_level=4) == "避難指示（警戒レベル4）"
    assert event(Kind.EVACUATION, Level.EMERGENCY) == "緊急安全確保"


def test_the_alert_level_is_worded_where_the_alert_gives_it():
    rain = alert(Kind.HEAVY_RAIN, Level.WARNING, evacuation_level=3)
    assert words_for(rain, "en").event == "Heavy rain warning (alert level 3)"
    assert words_for(rain, "ko").event == "호우경보(경계레벨 3)"
    assert words_for(alert(Kind.HEAVY_RAIN), "en").event == "Heavy rain warning"


def test_the_action_follows_the_alert_level_for_water_hazards():
    # A 大雨警報 (level 3 conduct) that the city raises to 警戒レベル4 asks everyone to go.
    raised = alert(Kind.HEAVY_RAIN, Level.WARNING, evacuation_level=4)
    assert words_for(raised, "en").action == "Everyone in a dangerous place: evacuate now."
    plain_warning = alert(Kind.HEAVY_RAIN, Level.WARNING)
    assert words_for(plain_warning, "en").action.startswith("Older people")
    assert words_for(alert(Kind.EVACUATION, Level.EMERGENCY), "ja").action.startswith(
        "命の危険があります。"
    )


def test_the_sources_own_language_wins():
    texts = (
        Text("ja-JP", event="避難指示", headline="石神井川沿いに避難指示",
             description="向台町の一部"),
        Text("en-US", event="Evacuation order", headline="Evacuate along the Shakujii River",
             description="Part of Mukodai-cho", instruction="Go to a school on higher ground."),
    )  # fmt: skip
    order = alert(Kind.EVACUATION, Level.DANGER, texts=texts, evacuation_level=4)
    english = words_for(order, "en")
    assert english.headline == "Evacuate along the Shakujii River"
    assert english.details == "Part of Mukodai-cho\nGo to a school on higher ground."
    assert (english.details_language, english.note) == ("en", "")
    japanese = words_for(order, "ja")
    assert japanese.headline == "石神井川沿いに避難指示"
    assert (japanese.details, japanese.details_language, japanese.note) == (
        "向台町の一部",
        "ja",
        "",
    )


def test_a_japanese_only_alert_asked_in_english_gives_japanese_details_and_a_note():
    texts = (Text("ja", event="大雨警報", headline="西東京市：大雨警報", description="浸水に警戒"),)
    words = words_for(alert(texts=texts, evacuation_level=3), "en")
    assert words == AlertWords(
        language="en",
        event="Heavy rain warning (alert level 3)",
        headline="Heavy rain warning (alert level 3)",
        action=words.action,
        details="浸水に警戒",
        details_language="ja",
        note="The details are in Japanese.",
        drill=False,
    )
    assert words.action.startswith("Older people")
    assert words_for(alert(texts=texts), "vi").note == "Nội dung chi tiết bằng tiếng Nhật."
    assert words_for(alert(texts=texts), "ja-easy").note == ""  # the same script, no note


def test_details_in_a_language_the_note_cannot_name():
    texts = (Text("fr", event="Inondation", description="Évacuez."),)
    words = words_for(alert(Kind.FLOOD, texts=texts), "ja")
    assert (words.details, words.details_language) == ("Évacuez.", "fr")
    assert words.note == "詳しい内容は発表された言語のままです。"
    assert words.headline == "氾濫警戒情報"  # the source's French headline is not Japanese


def test_no_text_at_all_still_says_what_and_what_to_do():
    words = words_for(alert(Kind.OTHER, Level.WARNING), "pt-BR")
    assert words.event == "Informação de emergência"
    assert words.action.startswith("Siga as instruções")
    assert (words.details, words.note) == ("", "")


def test_an_earthquake_is_worded_with_the_intensity_its_japanese_text_gives():
    texts = (Text("ja", event="震度６弱", headline="東京都多摩東部で震度６弱"),)
    quake = alert(Kind.EARTHQUAKE, Level.DANGER, texts=texts)
    assert words_for(quake, "en").event == "Earthquake, seismic intensity 6 lower"
    assert words_for(quake, "ja").event == "地震（震度6弱）"
    assert words_for(quake, "ko").event == "지진(진도 6약)"
    assert words_for(quake, "ja").headline == "東京都多摩東部で震度６弱"
    assert words_for(alert(Kind.EARTHQUAKE, Level.WARNING), "en").event == "Earthquake information"


def test_a_shelter_alert_says_whether_shelters_opened_or_closed():
    opened = alert(Kind.SHELTER, Level.INFO, shelters=(ShelterChange("E1322900001", True),))
    closed = alert(Kind.SHELTER, Level.INFO, shelters=(ShelterChange("E1322900001", False),))
    assert words_for(opened, "ja").event == "避難所の開設"
    assert words_for(closed, "ja").event == "避難所の閉鎖"
    assert words_for(closed, "en").action == "Check which shelters are still open."


def test_a_drill_is_labelled_in_every_language():
    texts = (Text("ja", event="避難指示", headline="避難指示（訓練）"),)
    drill = alert(Kind.EVACUATION, Level.DANGER, texts=texts)
    words = words_for(drill, "ja", drill=True)
    assert words.drill
    assert words.event == "【訓練】避難指示"
    assert words.headline == "【訓練】避難指示（訓練）"
    assert words_for(drill, "en", drill=True).event == "[Drill] Evacuation order"
    for language in LANGUAGE_CODES:
        label = wording.drill_label(language)
        assert label in words_for(drill, language, drill=True).event
        assert label in words_for(drill, language, drill=True).headline
        assert wording.drill_notice(language)
    assert not words_for(drill, "ja").event.startswith("【訓練】")


@pytest.mark.parametrize(
    ("language", "headline"),
    [
        ("ja", "【訓練】避難指示"),
        ("ja", "訓練　避難指示"),
        ("en", "EXERCISE: evacuate"),
        ("en", "[Drill] go"),
    ],
)
def test_a_headline_that_says_drill_itself_is_not_labelled_twice(language, headline):
    texts = (Text(language, event="x", headline=headline),)
    words = words_for(alert(Kind.EVACUATION, Level.DANGER, texts=texts), language, drill=True)
    assert words.headline == headline
    assert wording.drill_label(language) in words.event


def test_an_unknown_language_is_refused_clearly():
    with pytest.raises(ValueError, match=r"unknown language 'fr'.*ja, ja-easy, en"):
        words_for(alert(), "fr")
    with pytest.raises(ValueError, match="unknown language"):
        wording.drill_label("ja-JP")


def test_easy_japanese_shows_readings_once_and_unnested():
    words = words_for(alert(Kind.EVACUATION, Level.DANGER, evacuation_level=4), "ja-easy")
    assert words.event == "避難指示（ひなんしじ）\u3000警戒（けいかい）レベル4"
    assert "{" not in words.action and "|" not in words.action


def test_words_are_plain_and_the_screen_form_breaks_between_phrases():
    texts = (
        Text("ja", event="大雨警報", headline="西東京市：大雨警報", description="土砂災害に警戒"),
    )
    words = words_for(alert(texts=texts, evacuation_level=3), "ja")
    assert WORD_JOINER not in words.event + words.headline + words.action + words.details
    shown = for_screen(words)
    assert WORD_JOINER in shown.action and WORD_JOINER in shown.details
    assert plain(shown.action) == words.action and plain(shown.details) == words.details
    english = for_screen(words_for(alert(texts=texts), "en"))
    assert WORD_JOINER not in english.action  # a Latin text is left to Qt's own breaker
    assert WORD_JOINER in english.details  # the Japanese details are still typeset as Japanese


@pytest.mark.parametrize(
    ("tag", "ours"),
    [("ja-JP", "ja"), ("JA", "ja"), ("ja-easy", "ja-easy"), ("en-US", "en"), ("zh-CN", "zh-Hans"),
     ("zh-Hans", "zh-Hans"), ("zh-TW", None), ("ko-KR", "ko"), ("pt", "pt-BR"), ("vi-VN", "vi"),
     ("fr", None)],
)  # fmt: skip
def test_source_language_tags_map_to_ours(tag, ours):
    assert our_language(tag) == ours


def test_an_unreadable_catalogue_words_in_english_rather_than_failing(
    tmp_path, monkeypatch, caplog
):
    (tmp_path / "alerts_ja.ts").write_text("<TS><context>", encoding="utf-8")
    monkeypatch.setattr(wording, "MESSAGES", tmp_path)
    wording.catalogue.cache_clear()
    try:
        words = words_for(alert(), "ja")
        assert words.event == "Heavy rain warning"
        assert "alert wording catalogue unreadable" in caplog.text
    finally:
        monkeypatch.undo()
        wording.catalogue.cache_clear()
    assert words_for(alert(), "ja").event == "大雨警報"


def test_the_catalogue_is_read_without_qt():
    catalogue = Catalogue.load([Path(wording.MESSAGES)], ["ja"])
    assert catalogue.text(wording.DRILL, "ja") == "訓練"


def test_lupdate_finds_every_message_of_the_code_already_translated(tmp_path):
    folders = catalogues()[wording.MESSAGES]
    for path in wording.MESSAGES.glob("alerts_*.ts"):
        shutil.copy(path, tmp_path / path.name)
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    copies = sorted(str(p) for p in tmp_path.glob("*.ts"))
    command = [str(lupdate), "-locations", "none", *sources(folders), "-ts", *copies]
    result = subprocess.run(command, capture_output=True, text=True, check=True, timeout=60)
    assert "0 new and" in result.stdout, result.stdout
    for copy in copies:
        text = Path(copy).read_text(encoding="utf-8")
        assert 'type="unfinished"' not in text and 'type="vanished"' not in text, copy
