"""The disaster banner and takeover on the kiosk's screens, fed by an alert board the test fills.

The board here stands for the listener (tests/kiosk/ui/test_alerts_live.py hears a real gateway).
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF

import kiosk.app
from content.alerts.model import Alert, Kind, Level, MsgType, ShelterChange, Source, Status, Text
from content.config import MachikadoConfig
from content.languages import LANGUAGES
from content.phrasing import plain
from content.shelters.sample import load_sample_sites
from kiosk.app import build_kiosk
from kiosk.services.certificates.core.flow import Step
from kiosk.services.notices.wiring import NoticeService
from kiosk.shell.core.alert_board import AlertBoard
from kiosk.shell.core.clock import JST
from kiosk.tour import click, find_item, is_shown, wait_for_frame
from offline_cache.alerts import HeldAlert
from tests.kiosk.screen_helpers import controls, texts
from tests.kiosk.services.certificates.certificate_fakes import make_rig
from tests.kiosk.services.certificates.walk import (
    RigCertificateService,
    StepRunner,
    enter,
    runner,
    sample_entitlements,
)
from tests.kiosk.ui.layout_check import text_findings

NOW = dt.datetime.now(dt.UTC).replace(microsecond=0)
REVIEW = "MACHIKADO_REVIEW_DIR"


def held(
    key: str,
    level: Level,
    kind: Kind = Kind.EVACUATION,
    *,
    texts_: tuple[Text, ...] = (),
    evacuation: int | None = None,
    version: int = 1,
    drill: bool = False,
    shelters: tuple[ShelterChange, ...] = (),
) -> HeldAlert:
    alert = Alert(
        key=key,
        source=Source.CITY,
        identifier=f"{key}#{version}",
        sender="city",
        sent=NOW,
        status=Status.EXERCISE if drill else Status.ACTUAL,
        msg_type=MsgType.ALERT,
        kind=kind,
        level=level,
        texts=texts_,
        evacuation_level=evacuation,
        shelters=shelters,
    )
    return HeldAlert(key, version, drill, NOW.isoformat(), alert)


ADVISORY = held("jma:rain", Level.ADVISORY, Kind.HEAVY_RAIN)
SITES = load_sample_sites().sites
ORDER = held(
    "city:evacuation",
    Level.DANGER,
    evacuation=4,
    texts_=(
        Text(
            "ja",
            headline="田無町・南町に避難指示",
            description="石神井川が氾濫するおそれがあります。",
            instruction="危険な場所にいる人は全員、直ちに避難してください。",
        ),
    ),
    shelters=(ShelterChange(SITES[0].id, True),),
)


def review(kiosk, name: str) -> None:
    """Save the window as a PNG where a person asked to look (MACHIKADO_REVIEW_DIR)."""
    folder = os.environ.get(REVIEW)
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        kiosk.window.grabWindow().save(str(Path(folder) / f"kiosk-alerts-{name}.png"))


class Acks:
    """The listener's ``acknowledge``, recorded."""

    def __init__(self) -> None:
        self.given: list[tuple[str, int, str]] = []

    def __call__(self, key: str, version: int, surface: str) -> str | None:
        self.given.append((key, version, surface))
        return "queued"


@pytest.fixture
def acks() -> Acks:
    return Acks()


@pytest.fixture
def board(acks) -> AlertBoard:
    return AlertBoard(acks)


@pytest.fixture
def rig():
    rig = make_rig(StepRunner())
    rig.gateway.entitlements = sample_entitlements()
    return rig


@pytest.fixture
def make(qapp, clock, board, rig, monkeypatch):
    built = []

    def build(config: MachikadoConfig | None = None, sites=SITES):
        monkeypatch.setattr(kiosk.app, "_shelter_sites", lambda _cache: lambda: sites)
        service = type("Service", (RigCertificateService,), {"flow": rig.flow})
        made = build_kiosk(
            config or MachikadoConfig(),
            services=(service, NoticeService),
            kiosk_mode=False,
            speech_engine="mock",
            clock=clock,
            alert_board=board,
        )
        built.append(made)
        return made

    yield build
    for made in built:
        made.close()
    qapp.processEvents()


def show(qtbot, kiosk, board, *alerts: HeldAlert) -> None:
    """Put ``alerts`` in force and wait until the kiosk has decided what to show."""
    view = kiosk.alert_view
    board.update(list(alerts))
    keys = sorted(a.key for a in alerts)
    qtbot.waitUntil(lambda: sorted(h.key for h in view._active) == keys, timeout=5000)
    wait_for_frame(kiosk.window)


def rect(item) -> QRectF:
    top_left = item.mapToScene(item.boundingRect().topLeft())
    return QRectF(top_left.x(), top_left.y(), item.width(), item.height())


def covered_controls(window) -> list[str]:
    """Controls of the screen that the banner overlaps."""
    banner = find_item(window, "alertBanner")
    area = rect(banner)
    return [
        item.objectName() or str(item.property("text"))
        for item in controls(window)
        if item is not banner and rect(item).intersects(area)
    ]


def test_an_advisory_is_a_banner_on_every_screen_and_covers_no_control(qtbot, make, board, acks):
    kiosk = make()
    show(qtbot, kiosk, board, ADVISORY)
    assert is_shown(kiosk.window, "alertBanner")  # the attract loop too
    assert not is_shown(kiosk.window, "alertTakeover")
    review(kiosk, "banner-attract-ja")
    kiosk.session.start()
    wait_for_frame(kiosk.window)
    banner_text = plain(find_item(kiosk.window, "alertBannerText").property("text"))
    assert banner_text == "大雨注意報"
    assert covered_controls(kiosk.window) == []
    qtbot.waitUntil(lambda: (ADVISORY.key, 1, "screen") in acks.given, timeout=5000)
    review(kiosk, "banner-home-ja")

    kiosk.session.openService("notices")
    wait_for_frame(kiosk.window)
    assert is_shown(kiosk.window, "alertBanner") and covered_controls(kiosk.window) == []
    review(kiosk, "banner-service-ja")

    kiosk.session.setLanguage("en")
    qtbot.waitUntil(lambda: "Heavy rain advisory" in texts(kiosk.window), timeout=3000)
    assert "Touch here for what to do." in texts(kiosk.window)
    review(kiosk, "banner-service-en")
    assert acks.given.count((ADVISORY.key, 1, "screen")) == 1
    assert kiosk.qml_warnings == []


def test_the_banner_stays_clear_of_controls_in_large_text_and_low_reach(qtbot, make, board):
    kiosk = make()
    show(qtbot, kiosk, board, ADVISORY)
    session = kiosk.session
    session.start()
    session.toggle("large_text")
    session.toggle("low_reach")
    wait_for_frame(kiosk.window)
    banner = find_item(kiosk.window, "alertBanner")
    # In low reach the banner is at the bottom, within reach, and the screen stands above it.
    assert rect(banner).bottom() == pytest.approx(kiosk.window.height(), abs=1)
    assert covered_controls(kiosk.window) == []
    assert [str(f) for f in text_findings(kiosk.window)] == []
    review(kiosk, "banner-home-large-low-reach")


def test_a_touch_on_the_banner_opens_its_details_and_back_returns(qtbot, make, board):
    kiosk = make()
    show(qtbot, kiosk, board, ADVISORY)
    kiosk.session.start()
    kiosk.session.openService("notices")
    kiosk.alert_view.openBanner()
    wait_for_frame(kiosk.window)
    assert is_shown(kiosk.window, "alertTakeover")
    assert not kiosk.alert_view.takeover  # the resident's sheet, not a takeover
    assert "大雨注意報" in [plain(t) for t in texts(kiosk.window)]
    kiosk.alert_view.goBack()
    wait_for_frame(kiosk.window)
    assert not is_shown(kiosk.window, "alertTakeover")
    assert kiosk.session.screen == "notices"


def test_an_evacuation_order_takes_over_with_what_to_do_and_shelters(qtbot, make, board, acks):
    kiosk = make()
    chimes: list[int] = []
    said: list[str] = []
    speech = kiosk.engine.singletonInstance("Kiosk", "App").property("speech")
    speech.chimed.connect(chimes.append)
    speech.spoken.connect(said.append)
    kiosk.session.start()
    kiosk.session.openService("notices")
    show(qtbot, kiosk, board, ADVISORY, ORDER)
    window = kiosk.window
    assert is_shown(window, "alertTakeover")
    shown = [plain(t) for t in texts(window)]
    assert "避難指示（警戒レベル4）" in shown
    assert "田無町・南町に避難指示" in shown
    assert any("避難" in t for t in [plain(find_item(window, "alertAction").property("text"))])
    assert plain(find_item(window, "alertShelterTitle").property("text")).startswith("近くの避難所")
    names = [plain(t) for t in texts(window)]
    assert SITES[0].name in names  # opened by the order: listed first
    assert "開設中" in names
    as_of = NOW.astimezone(JST)
    assert plain(find_item(window, "alertAsOf").property("text")).endswith(f"{as_of:%H:%M}時点")
    assert "ほかに発表中の情報：1件。" in names
    assert chimes == [2]  # a community centre: two rings
    qtbot.waitUntil(lambda: any("田無町" in s for s in said), timeout=3000)
    qtbot.waitUntil(lambda: (ORDER.key, 1, "screen") in acks.given, timeout=5000)
    assert [str(f) for f in text_findings(window)] == []
    review(kiosk, "takeover-ja")

    kiosk.session.setLanguage("en")
    as_of_item = find_item(window, "alertAsOf")
    qtbot.waitUntil(lambda: as_of_item.property("text").startswith("As of "), timeout=3000)
    shown = texts(window)
    assert "Evacuation order (alert level 4)" in shown
    assert "The details are in Japanese." in shown
    assert "Back to what I was doing" in shown
    assert [str(f) for f in text_findings(window)] == []
    review(kiosk, "takeover-en")

    kiosk.alert_view.goBack()
    wait_for_frame(window)
    assert not is_shown(window, "alertTakeover") and is_shown(window, "alertBanner")
    assert kiosk.session.screen == "notices"  # exactly where the resident was
    assert kiosk.qml_warnings == []


def test_the_takeover_in_large_text_high_contrast_and_every_language(qtbot, make, board):
    kiosk = make()
    session = kiosk.session
    session.start()
    session.toggle("large_text")
    session.toggle("high_contrast")
    show(qtbot, kiosk, board, ORDER)
    window = kiosk.window
    for language in LANGUAGES:
        session.setLanguage(language.code)
        qtbot.wait(20)  # the words follow once the language's catalogues are installed
        wait_for_frame(window)
        assert is_shown(window, "alertBackButton")
        assert [str(f) for f in text_findings(window)] == [], language.code
        review(kiosk, f"takeover-{language.code}-large-high-contrast")


def test_before_the_first_sync_the_takeover_says_the_shelter_list_is_not_here(qtbot, make, board):
    kiosk = make(sites=None)
    show(qtbot, kiosk, board, ORDER)
    title = plain(find_item(kiosk.window, "alertShelterTitle").property("text"))
    assert title == "この端末には避難所の一覧がまだありません。係員にお尋ねください。"


def test_a_drill_takes_over_only_as_a_drill(qtbot, make, board):
    kiosk = make()
    show(qtbot, kiosk, board, held("city:drill", Level.DANGER, evacuation=4, drill=True))
    shown = [plain(t) for t in texts(kiosk.window)]
    assert any(t.startswith("【訓練】") for t in shown), shown
    assert plain(find_item(kiosk.window, "alertDrill").property("text"))
    review(kiosk, "takeover-drill-ja")


def test_a_cancelled_alert_leaves_the_takeover_and_the_banner(qtbot, make, board):
    kiosk = make()
    show(qtbot, kiosk, board, ADVISORY, ORDER)
    assert is_shown(kiosk.window, "alertTakeover")
    show(qtbot, kiosk, board, ADVISORY)
    assert not is_shown(kiosk.window, "alertTakeover") and is_shown(kiosk.window, "alertBanner")
    show(qtbot, kiosk, board)
    assert not is_shown(kiosk.window, "alertBanner")
    review(kiosk, "cancelled")


def test_mid_pin_the_takeover_waits_for_the_card_to_come_back(qtbot, make, board, rig):
    kiosk = make()
    flow = rig.flow
    kiosk.session.start()
    kiosk.session.openService("certificates")
    flow.accept_terms()
    rig.card.on_reader = True
    flow.card_inserted()
    flow.press_digit("1")
    flow.press_digit("2")
    assert flow.step is Step.PIN
    show(qtbot, kiosk, board, ORDER)
    view = kiosk.alert_view
    assert view.waiting and not is_shown(kiosk.window, "alertTakeover")
    assert is_shown(kiosk.window, "alertBanner")  # told at once, without taking the keypad
    flow.press_digit("3")
    flow.press_digit("4")
    assert flow.pin_length == 4  # the PIN pad still takes digits
    flow.clear_pin()
    enter(kiosk)
    wait_for_frame(kiosk.window)
    assert flow.step is Step.REMOVE_CARD and view.waiting
    rig.card.on_reader = False
    flow.card_removed()
    qtbot.waitUntil(lambda: is_shown(kiosk.window, "alertTakeover"), timeout=3000)
    assert flow.step in (Step.LOADING, Step.CHOOSE)
    view.goBack()
    wait_for_frame(kiosk.window)
    assert kiosk.session.screen == "certificates" and flow.step is Step.CHOOSE


def test_mid_print_the_takeover_waits_for_the_papers_to_be_taken(qtbot, make, board, rig):
    kiosk = make()
    flow, run = rig.flow, runner(rig)
    kiosk.session.start()
    kiosk.session.openService("certificates")
    flow.accept_terms()
    rig.card.on_reader = True
    flow.card_inserted()
    enter(kiosk)
    rig.card.on_reader = False
    flow.card_removed()
    flow.choose("juminhyo")
    flow.next()
    flow.next()
    flow.confirm()
    run.hold = True
    flow.pay("cash")
    run.pending.pop(0)()
    run.pending.pop(0)()
    assert flow.step is Step.PRINTING
    show(qtbot, kiosk, board, ORDER)
    assert kiosk.alert_view.waiting and not is_shown(kiosk.window, "alertTakeover")
    run.release()
    wait_for_frame(kiosk.window)
    assert flow.step is Step.TAKE_DOCUMENTS and kiosk.alert_view.waiting
    run.hold = True
    flow.documents_taken()
    run.release()
    qtbot.waitUntil(lambda: is_shown(kiosk.window, "alertTakeover"), timeout=3000)


def test_the_takeover_puts_the_keyboard_away_and_back_gives_the_field_again(qtbot, make, board):
    kiosk = make()
    window = kiosk.window
    kiosk.session.start()
    kiosk.session.openService("notices")
    wait_for_frame(window)
    click(window, "noticeSearch")
    qtbot.waitUntil(lambda: is_shown(window, "keyboard"), timeout=5000)
    show(qtbot, kiosk, board, ORDER)
    qtbot.waitUntil(lambda: not is_shown(window, "keyboard"), timeout=3000)
    assert is_shown(window, "alertTakeover")
    kiosk.alert_view.goBack()
    qtbot.waitUntil(lambda: is_shown(window, "keyboard"), timeout=3000)  # typing goes on


def test_in_speech_mode_the_takeover_says_what_to_do_after_the_headline(qtbot, make, board):
    kiosk = make()
    said: list[str] = []
    speech = kiosk.engine.singletonInstance("Kiosk", "App").property("speech")
    speech.spoken.connect(said.append)
    kiosk.session.start()
    kiosk.session.setLanguage("en")
    kiosk.session.toggle("speech")
    show(qtbot, kiosk, board, ORDER)
    qtbot.waitUntil(lambda: any("evacuate now" in s for s in said), timeout=3000)
    assert any(s.startswith("Evacuation order (alert level 4). Everyone") for s in said), said


def test_the_banners_details_close_when_the_session_ends(qtbot, make, board):
    kiosk = make()
    show(qtbot, kiosk, board, ADVISORY)
    kiosk.session.start()
    kiosk.session.openService("notices")
    kiosk.alert_view.openBanner()
    wait_for_frame(kiosk.window)
    assert is_shown(kiosk.window, "alertTakeover")
    kiosk.session.finish()  # or the idle timeout: the next resident starts clean
    wait_for_frame(kiosk.window)
    assert not is_shown(kiosk.window, "alertTakeover") and is_shown(kiosk.window, "alertBanner")


def test_the_banner_and_takeover_in_high_contrast_and_low_reach(qtbot, make, board):
    kiosk = make()
    session, window = kiosk.session, kiosk.window
    session.start()
    session.toggle("high_contrast")
    show(qtbot, kiosk, board, held("jma:storm", Level.WARNING, Kind.WIND))
    kiosk.alert_view.goBack()  # the warning's takeover seen: its banner stays
    wait_for_frame(window)
    assert covered_controls(window) == [] and text_findings(window) == []
    review(kiosk, "banner-warning-high-contrast")
    session.toggle("high_contrast")
    session.toggle("low_reach")
    session.toggle("large_text")
    show(qtbot, kiosk, board, held("jma:storm", Level.WARNING, Kind.WIND), ORDER)
    assert is_shown(window, "alertTakeover")
    theme = kiosk.engine.singletonInstance("Kiosk", "App").property("theme")
    for name in ("alertBackButton",):  # every control within the low reach
        assert rect(find_item(window, name)).top() >= theme.property("reachTop")
    assert [str(f) for f in text_findings(window)] == []
    review(kiosk, "takeover-ja-large-low-reach")
