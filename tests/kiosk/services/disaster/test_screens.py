"""The disaster tile's screens: the list, a bulletin, the shelters with QR codes, the calm page."""

from __future__ import annotations

import datetime as dt
import os
import threading
from pathlib import Path

import pytest

from content.alerts.model import Kind, Level, ShelterChange, Text
from content.phrasing import plain
from kiosk.services.disaster.core.flow import Step
from kiosk.tour import click, find_item, is_shown, wait_for_frame
from tests.kiosk.screen_helpers import texts
from tests.kiosk.services.disaster.fakes import Clock, alert, board, held
from tests.kiosk.services.disaster.walk import disaster_flow, disaster_kiosk, open_disaster


def review(kiosk, name: str) -> None:
    """Save the window as a PNG where a person asked to look (MACHIKADO_REVIEW_DIR)."""
    folder = os.environ.get("MACHIKADO_REVIEW_DIR")
    if folder:
        wait_for_frame(kiosk.window)
        kiosk.window.grabWindow().save(str(Path(folder) / f"disaster-{name}.png"))


def settle(qtbot, kiosk):
    qtbot.wait(50)


RAIN = alert(
    "rain",
    Kind.HEAVY_RAIN,
    Level.ADVISORY,
    minutes_ago=90,
    texts=(
        Text(
            "ja",
            headline="はなみずき市に大雨注意報が発表されています。",
            description="低い土地の浸水や川の増水に注意してください。",
        ),
    ),
)
EVACUATION = alert(
    "evac",
    Kind.FLOOD,
    Level.WARNING,
    minutes_ago=10,
    texts=(
        Text(
            "ja",
            headline="はなみずき市が田無町一丁目に高齢者等避難を発令しました。",
            description="石神井川の水位が上がっています。高齢の方や障害のある方は、避難を始めてください。",
        ),
    ),
    shelters=(ShelterChange("E1", True),),
    evacuation_level=3,
)


@pytest.fixture
def wall():
    return Clock()


@pytest.fixture
def rig(make_kiosk, wall):
    source = board(wall, held(RAIN), held(EVACUATION))
    flow = disaster_flow(source, wall)
    kiosk = disaster_kiosk(make_kiosk, flow, source)
    return kiosk, flow, source


def view(kiosk):
    return kiosk.view("disaster")


@pytest.mark.parametrize("language", ["ja", "en"])
def test_the_list_shows_two_alerts_most_serious_first_with_their_levels(rig, qtbot, language):
    kiosk, _flow, _ = rig
    open_disaster(kiosk)
    kiosk.session.setLanguage(language)
    settle(qtbot, kiosk)
    assert is_shown(kiosk.window, "bulletin_evac") and is_shown(kiosk.window, "bulletin_rain")
    rows = view(kiosk).bulletins
    assert [r["key"] for r in rows] == ["evac", "rain"]
    shown = " ".join(plain(t) for t in texts(kiosk.window))
    expected = {"ja": ("警戒", "注意"), "en": ("Warning", "Advisory")}[language]
    assert all(word in shown for word in expected)
    review(kiosk, f"list-{language}")
    assert kiosk.qml_warnings == []


@pytest.mark.parametrize("language", ["ja", "en"])
def test_a_bulletin_in_full_with_its_shelters(rig, qtbot, language):
    kiosk, flow, _ = rig
    open_disaster(kiosk)
    kiosk.session.setLanguage(language)
    click(kiosk.window, "bulletin_evac")
    assert flow.step is Step.BULLETIN
    settle(qtbot, kiosk)
    assert is_shown(kiosk.window, "bulletinAction")
    assert is_shown(kiosk.window, "site_E1")  # opened by the evacuation order, first
    details = plain(find_item(kiosk.window, "bulletinDetails").property("text"))
    assert "石神井川" in details
    if language == "en":
        assert find_item(kiosk.window, "bulletinNote").property("text")  # details in Japanese
    review(kiosk, f"bulletin-{language}")
    assert kiosk.qml_warnings == []


@pytest.mark.parametrize("language", ["ja", "en"])
def test_the_shelters_with_hazard_chips_and_qr_codes(rig, qtbot, language):
    kiosk, flow, _ = rig
    open_disaster(kiosk)
    kiosk.session.setLanguage(language)
    click(kiosk.window, "sheltersButton")
    assert flow.step is Step.SHELTERS
    settle(qtbot, kiosk)
    assert is_shown(kiosk.window, "hazard_flood") and is_shown(kiosk.window, "hazard_any")
    assert find_item(kiosk.window, "hazard_flood").property("checked")
    qr = find_item(kiosk.window, "siteQr")
    assert qr.property("source").toString().startswith("image://qr/https")
    review(kiosk, f"shelters-{language}")
    click(kiosk.window, "hazard_large_fire")
    assert [s["siteId"] for s in view(kiosk).sites] == ["E2", "E3"]
    assert kiosk.qml_warnings == []


@pytest.mark.parametrize("language", ["ja", "en"])
def test_no_alert_is_a_calm_page_with_its_time_and_the_shelters_button(
    make_kiosk, wall, qtbot, language
):
    source = board(wall)
    flow = disaster_flow(source, wall)
    kiosk = disaster_kiosk(make_kiosk, flow, source)
    open_disaster(kiosk)
    kiosk.session.setLanguage(language)
    settle(qtbot, kiosk)
    assert is_shown(kiosk.window, "disasterCalm") and is_shown(kiosk.window, "sheltersButton")
    as_of = find_item(kiosk.window, "disasterAsOf").property("text")
    assert "10:00" in as_of
    review(kiosk, f"calm-{language}")
    assert kiosk.qml_warnings == []


def test_a_new_alert_reaches_the_open_list_from_the_listeners_thread(rig, qtbot):
    kiosk, _flow, source = rig
    open_disaster(kiosk)
    quake = held(alert("quake", Kind.EARTHQUAKE, Level.DANGER, minutes_ago=1))
    thread = threading.Thread(target=source.update, args=([held(RAIN), quake],))
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: is_shown(kiosk.window, "bulletin_quake"))
    rows = view(kiosk).bulletins
    assert [r["key"] for r in rows] == ["quake", "rain", "evac"]
    assert rows[2]["ended"]  # the evacuation order ended: listed as ended today


def test_no_sites_yet_says_so(make_kiosk, wall, qtbot):
    source = board(wall, held(RAIN))
    flow = disaster_flow(source, wall, sites=None)
    kiosk = disaster_kiosk(make_kiosk, flow, source)
    open_disaster(kiosk)
    click(kiosk.window, "sheltersButton")
    settle(qtbot, kiosk)
    problem = find_item(kiosk.window, "sitesProblem").property("text")
    assert "まだ" in plain(problem)
    assert not is_shown(kiosk.window, "siteQr")
    review(kiosk, "shelters-not-synced-ja")


@pytest.mark.parametrize("language", ["ja", "en"])
def test_large_text_and_high_contrast(rig, qtbot, language):
    kiosk, _flow, _ = rig
    open_disaster(kiosk)
    kiosk.session.setLanguage(language)
    kiosk.session.toggle("large_text")
    settle(qtbot, kiosk)
    review(kiosk, f"list-large-{language}")
    click(kiosk.window, "bulletin_evac")
    settle(qtbot, kiosk)
    review(kiosk, f"bulletin-large-{language}")
    kiosk.session.toggle("high_contrast")
    settle(qtbot, kiosk)
    review(kiosk, f"bulletin-large-contrast-{language}")
    kiosk.session.back()
    click(kiosk.window, "sheltersButton")
    settle(qtbot, kiosk)
    review(kiosk, f"shelters-large-contrast-{language}")
    assert kiosk.qml_warnings == []


def test_read_aloud_says_the_pages_summary(rig, qtbot):
    kiosk, flow, _ = rig
    open_disaster(kiosk)
    kiosk.session.setLanguage("en")
    assert not is_shown(kiosk.window, "readAloud")
    kiosk.session.toggle("speech")
    settle(qtbot, kiosk)
    assert is_shown(kiosk.window, "readAloud")
    summary = view(kiosk).spokenSummary
    assert summary.startswith("Warning River flood warning") and "Advisory" in summary
    click(kiosk.window, "bulletin_evac")
    summary = view(kiosk).spokenSummary
    assert "\u2060" not in summary and "Older people" in summary
    kiosk.session.back()
    click(kiosk.window, "sheltersButton")
    summary = view(kiosk).spokenSummary
    assert summary.startswith("Open now") and "straight line" in summary
    view(kiosk).chooseHazard("no_such_hazard")  # an unknown chip changes nothing
    assert flow.hazard is not None


@pytest.mark.parametrize("language", ["ja", "en"])
def test_the_home_screen_tile_opens_the_tile(make_kiosk, wall, qtbot, language):
    from kiosk.services.certificates.wiring import CertificateService
    from kiosk.services.notices.wiring import NoticeService
    from tests.kiosk.services.disaster.walk import RigDisasterService

    source = board(wall, held(RAIN))
    flow = disaster_flow(source, wall)
    service = type("Service", (RigDisasterService,), {"given": flow, "board": source})
    kiosk = make_kiosk(services=(CertificateService, NoticeService, service))
    kiosk.session.start()
    kiosk.session.setLanguage(language)
    settle(qtbot, kiosk)
    review(kiosk, f"home-{language}")
    click(kiosk.window, "tile_disaster")
    assert kiosk.session.screen == "disaster" and flow.step is Step.LIST


@pytest.mark.parametrize("language", ["ja", "en"])
def test_a_drill_is_shown_only_as_a_drill(make_kiosk, wall, qtbot, language):
    drill = held(
        alert(
            "drill",
            Kind.EVACUATION,
            Level.DANGER,
            texts=(Text("ja", headline="田無町に避難指示を発令しました。"),),
            evacuation_level=4,
        ),
        drill=True,
    )
    source = board(wall, drill)
    flow = disaster_flow(source, wall)
    kiosk = disaster_kiosk(make_kiosk, flow, source)
    open_disaster(kiosk)
    kiosk.session.setLanguage(language)
    click(kiosk.window, "bulletin_drill")
    settle(qtbot, kiosk)
    notice = plain(find_item(kiosk.window, "drillNotice").property("text"))
    assert notice and ("訓練" in notice if language == "ja" else "drill" in notice.lower())
    title = plain(find_item(kiosk.window, "screenTitle").property("text"))
    assert ("訓練" if language == "ja" else "Drill") in title
    review(kiosk, f"drill-{language}")


def test_easy_japanese(rig, qtbot):
    kiosk, _flow, _ = rig
    open_disaster(kiosk)
    kiosk.session.setLanguage("ja-easy")
    settle(qtbot, kiosk)
    review(kiosk, "list-ja-easy")
    click(kiosk.window, "bulletin_evac")
    settle(qtbot, kiosk)
    review(kiosk, "bulletin-ja-easy")
    shown = " ".join(plain(t) for t in texts(kiosk.window))
    assert "すること" in shown
    assert kiosk.qml_warnings == []


def test_offline_the_calm_page_says_it_has_not_heard_from_the_city(make_kiosk, wall, qtbot):
    source = board(wall)
    flow = disaster_flow(source, wall)
    kiosk = disaster_kiosk(make_kiosk, flow, source)
    open_disaster(kiosk)
    kiosk.session.setLanguage("en")
    connection = kiosk.engine.singletonInstance("Kiosk", "App").property("connection")
    connection.onlineReported.emit(False)  # the gateway stopped answering; never synced
    qtbot.waitUntil(lambda: "not yet reached" in view(kiosk).calmText)
    assert view(kiosk).asOf == ""  # never heard: no claim that nothing is in force
    review(kiosk, "calm-offline-en")
    connection.onlineReported.emit(True)
    qtbot.waitUntil(lambda: view(kiosk).asOf == "As of 4 December 2026 10:00")


def test_a_minute_moves_the_as_of_time_without_rebuilding_the_list(rig, qtbot, wall):
    kiosk, flow, _ = rig
    open_disaster(kiosk)
    kiosk.session.setLanguage("en")
    flow.tick(0.0)
    wall.now += dt.timedelta(minutes=1)
    with qtbot.assertNotEmitted(view(kiosk).changed), qtbot.waitSignal(view(kiosk).asOfChanged):
        flow.tick(61.0)
    assert view(kiosk).asOf == "As of 4 December 2026 10:01"


def test_low_reach_keeps_every_control_in_the_lower_part(rig, qtbot):
    kiosk, _flow, _ = rig
    open_disaster(kiosk)
    kiosk.session.toggle("low_reach")
    settle(qtbot, kiosk)
    review(kiosk, "list-low-reach-ja")
    click(kiosk.window, "sheltersButton")
    settle(qtbot, kiosk)
    wait_for_frame(kiosk.window)
    review(kiosk, "shelters-low-reach-ja")
    reach_top = kiosk.engine.singletonInstance("Kiosk", "App").property("theme").reachTop
    chip = find_item(kiosk.window, "hazard_any")
    assert chip.mapToScene(chip.boundingRect().topLeft()).y() >= reach_top - 1


def test_speech_announces_each_page_once_and_reads_the_summary(rig, qtbot):
    kiosk, _flow, _ = rig
    said: list[str] = []
    kiosk.engine.singletonInstance("Kiosk", "App").property("speech").spoken.connect(said.append)
    kiosk.session.start()
    kiosk.session.setLanguage("en")
    kiosk.session.toggle("speech")
    open_disaster(kiosk)
    qtbot.waitUntil(lambda: any(s.startswith("Disaster information") for s in said))
    qtbot.wait(100)
    assert len([s for s in said if s.startswith("Disaster information")]) == 1
    said.clear()
    click(kiosk.window, "sheltersButton")
    qtbot.waitUntil(lambda: any(s.startswith("Shelters near here.") for s in said))
    qtbot.wait(100)
    assert len([s for s in said if s.startswith("Shelters near here.")]) == 1
    said.clear()
    click(kiosk.window, "readAloud")
    qtbot.waitUntil(lambda: any("Open now" in s and "metres" in s for s in said))


def test_an_alert_ended_today_is_listed_under_the_calm_words(make_kiosk, wall, qtbot):
    source = board(wall, held(RAIN))
    wall.now += dt.timedelta(minutes=5)
    source.update([])  # the advisory ended at 10:05
    flow = disaster_flow(source, wall)
    kiosk = disaster_kiosk(make_kiosk, flow, source)
    open_disaster(kiosk)
    kiosk.session.setLanguage("en")
    settle(qtbot, kiosk)
    assert is_shown(kiosk.window, "disasterCalm") and is_shown(kiosk.window, "bulletin_rain")
    assert view(kiosk).bulletins[0]["status"] == "Ended at 10:05"
    review(kiosk, "calm-ended-today-en")
    click(kiosk.window, "bulletin_rain")
    assert flow.bulletin.key == "rain" and not flow.bulletin.in_force
