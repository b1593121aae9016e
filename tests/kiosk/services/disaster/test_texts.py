"""What the tile's screens say, without Qt: levels in words, times in Japan, bad inputs worded."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import pytest

from content.alerts.model import Kind, Level, ShelterChange, Text
from content.languages import LANGUAGE_CODES
from content.phrasing import plain
from content.shelters.nearby import NearbySite
from kiosk.services.disaster import messages
from kiosk.services.disaster.core.bulletins import Bulletin
from kiosk.services.disaster.core.flow import DisasterFlow, SitesState
from kiosk.services.disaster.core.texts import Texts, areas_text, said, words
from kiosk.shell.core.clock import WallClock
from kiosk.shell.core.messages import Catalogue
from tests.kiosk.blocks.fakes import SyncRunner
from tests.kiosk.services.disaster.fakes import HERE, JST, NOW, SITES, Clock, alert, board, held

MESSAGES = Path(__file__).parents[4] / "kiosk" / "services" / "disaster" / "messages"


@pytest.fixture(scope="module")
def catalogue():
    return Catalogue.load([MESSAGES], LANGUAGE_CODES)


def texts(catalogue, language, *, high_contrast=False):
    return Texts(
        lambda m: catalogue.text(m, language),
        language,
        WallClock(JST, lambda: NOW),
        high_contrast,
    )


def test_every_message_is_worded_in_every_language(catalogue):
    found = [v for v in vars(messages).values() if hasattr(v, "context")]
    found += [*messages.LEVELS.values(), *messages.HAZARDS.values()]
    for message in found:
        for code in LANGUAGE_CODES:
            assert catalogue.has(message, code), (message, code)


def test_a_row_words_the_level_and_the_time_in_japan_whatever_the_machine_zone(catalogue):
    bulletin = Bulletin(held(alert("rain", level=Level.WARNING, minutes_ago=30)))
    row = texts(catalogue, "ja").row(bulletin)
    assert row["levelText"] == "警戒"
    assert "大雨警報" in plain(row["event"])
    assert row["when"] == "2026年12月4日 09:30 発表"  # 00:30 UTC
    assert row["status"] == "発表中" and not row["ended"]
    english = texts(catalogue, "en").row(bulletin)
    assert english["levelText"] == "Warning"
    assert english["when"] == "Issued 4 December 2026 09:30"
    assert "Heavy rain warning" in english["event"]


def test_an_ended_bulletin_says_when_it_ended(catalogue):
    ended = Bulletin(held(alert("rain")), NOW - dt.timedelta(minutes=20))
    row = texts(catalogue, "en").row(ended)
    assert row["ended"] and row["status"] == "Ended at 09:40"


def test_high_contrast_changes_the_colours_not_the_words(catalogue):
    bulletin = Bulletin(held(alert("rain", level=Level.ADVISORY)))
    normal = texts(catalogue, "ja").row(bulletin)
    high = texts(catalogue, "ja", high_contrast=True).row(bulletin)
    assert normal["levelText"] == high["levelText"] == "注意"
    assert normal["levelFill"] != high["levelFill"] or normal["levelInk"] != high["levelInk"]


def test_a_drill_is_labelled_on_the_row_and_the_bulletin(catalogue):
    drill = Bulletin(held(alert("drill", Kind.EVACUATION, Level.DANGER), drill=True))
    words_ja = texts(catalogue, "ja").bulletin(drill)
    assert "訓練" in plain(words_ja["event"])
    assert words_ja["drill"] and words_ja["drillNotice"]
    english = texts(catalogue, "en").bulletin(drill)
    assert "Drill" in english["event"] and english["drillNotice"]
    real = texts(catalogue, "en").bulletin(Bulletin(held(alert("real"))))
    assert real["drillNotice"] == ""


def test_an_alert_with_no_japanese_text_still_has_its_fixed_parts_in_japanese(catalogue):
    only_english = alert(
        "cap",
        Kind.FLOOD,
        Level.DANGER,
        texts=(Text("en-US", headline="River flooding expected", description="Leave low ground."),),
    )
    words_ja = texts(catalogue, "ja").bulletin(Bulletin(held(only_english)))
    assert words_ja["event"] and words_ja["action"]
    assert "Leave low ground." in words_ja["details"]
    assert words_ja["note"]  # the details are in another language: said in Japanese
    assert words_ja["detailsFont"] == "Noto Sans" and words_ja["areasFont"] == "Noto Sans CJK JP"


def test_an_alert_with_no_text_at_all_is_still_worded(catalogue):
    bare = alert("bare", Kind.OTHER, Level.WARNING, texts=(), areas=())
    row = texts(catalogue, "en").bulletin(Bulletin(held(bare)))
    assert row["event"] and row["action"] and row["details"] == "" and row["areas"] == ""


def test_an_unknown_language_falls_back_to_japanese(catalogue):
    bulletin = Bulletin(held(alert("rain")))
    assert words(bulletin, "xx").language == "ja"
    assert words(bulletin, "en").language == "en"


def test_areas_are_named_from_codes_or_descriptions():
    assert plain(areas_text(alert("rain"), "en")) == "はなみずき市"


def test_a_site_row_keeps_its_japanese_name_and_gives_a_map_link(catalogue):
    near = NearbySite(SITES[0], 0.21, True)
    row = texts(catalogue, "en").site(near)
    assert plain(row["name"]) == "第一小学校"
    assert row["distance"] == "210 m" and row["openText"] == "Open now"
    assert row["distanceSpoken"] == "210 metres"
    assert row["hazards"] == "Flood, Earthquake"
    assert row["kind"] == "Evacuation site and shelter"
    assert row["mapUrl"].startswith("https://maps.gsi.go.jp/#17/35.726800/139.540200/")
    closed = texts(catalogue, "ja").site(NearbySite(SITES[2], 1.5, False))
    assert closed["openText"] == "" and closed["kind"] == "指定緊急避難場所"
    assert closed["distanceSpoken"] == "1.5キロメートル"
    assert closed["hazards"] == "大規模な火事"


@pytest.mark.parametrize(
    ("state", "expected"),
    [
        (SitesState.LOADING, "Reading the shelter list…"),
        (SitesState.NOT_SYNCED, "The shelter list has not reached this kiosk yet."),
        (SitesState.UNREADABLE, "cannot be read"),
        (SitesState.READY, "No designated site"),
    ],
)
def test_each_state_of_the_site_list_is_worded(catalogue, state, expected):
    assert expected in texts(catalogue, "en").sites_problem(state, [])
    assert texts(catalogue, "ja").sites_problem(state, [])


def test_the_calm_screens_as_of_time(catalogue, monkeypatch):
    monkeypatch.setenv("TZ", "America/New_York")  # the machine's zone is not the terminal's
    time.tzset()
    english = texts(catalogue, "en")
    assert english.as_of(NOW) == "As of 4 December 2026 10:00"
    assert english.as_of("3 December 2026 18:00") == "As of 3 December 2026 18:00"
    assert "not yet reached" in english.as_of(None)
    assert texts(catalogue, "ja").as_of(NOW) == "2026年12月4日 10:00 現在"
    monkeypatch.undo()
    time.tzset()


def test_speech_drops_the_joiners_and_skips_empty_parts():
    assert said("\u2060大\u2060雨", "", "  ", "警報") == "大雨 警報"


def test_the_spoken_summary_of_each_page(catalogue):
    def flow_on(*alerts):
        made = DisasterFlow(
            board(Clock(), *alerts),
            lambda: SITES,
            SyncRunner(),
            lat=HERE[0],
            lon=HERE[1],
            zone=JST,
            clock=Clock(),
        )
        made.begin("en")
        return made

    english = texts(catalogue, "en")
    calm = flow_on()
    assert english.summary(calm, NOW) == (
        "No disaster information is in force. As of 4 December 2026 10:00"
    )
    assert english.summary(calm, None) == (
        "This kiosk has not yet reached the city's alert service."
    )
    opened = alert("open", Kind.FLOOD, Level.WARNING, shelters=(ShelterChange("E4", True),))
    flow = flow_on(held(opened))
    assert english.summary(flow, NOW).startswith("Warning River flood warning In force")
    flow.open("open")
    spoken = english.summary(flow, NOW)
    assert spoken.startswith("Warning River flood warning") and "\u2060" not in spoken
    flow.show_shelters()
    assert english.summary(flow, NOW).startswith("Open now 西体育館 3.0 kilometres 第一小学校")
