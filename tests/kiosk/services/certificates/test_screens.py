"""The certificate screens step by step: translated, within reach, and silent about the PIN."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtTest import QTest

from content.config import MachikadoConfig, Profile
from content.languages import LANGUAGE_CODES, group_digits
from kiosk.services.certificates.core.flow import Step
from kiosk.services.certificates.spec import SERVICE as CERTIFICATES
from kiosk.services.notices.spec import SERVICE as NOTICES
from kiosk.shell.core.hours import ServiceHours
from kiosk.shell.core.services import ServiceRegistry, SyncedData
from kiosk.shell.core.theme import MIN_TOUCH_MM
from kiosk.shell.ui.qt_services import ServiceListModel
from kiosk.tour import click, find_item, is_shown
from tests.kiosk.screen_helpers import controls, english_sources, scene_top, texts
from tests.kiosk.services.certificates.walk import (
    certificate_kiosk,
    open_service,
    walk_steps,
)
from tests.kiosk.shell.core.fakes import FakeDevices

# Steps where money is held or being paid: nobody may leave by a button.
MONEY_STEPS = {"Payment-paying", "Issuing", "Printing", "PrintProblem", "Refunding"}


def app(kiosk):
    return kiosk.engine.singletonInstance("Kiosk", "App")


def shown_named(kiosk, name: str) -> bool:
    try:
        find_item(kiosk.window, name)
    except LookupError:
        return False
    return True


def usable(kiosk, name: str) -> bool:
    """A button with ``name`` is shown and can be touched."""
    try:
        return find_item(kiosk.window, name).isEnabled()
    except LookupError:
        return False


RAW_KEY = re.compile(r"[a-z_]+(\.[a-z_0-9]+)+")


def test_every_step_in_every_language(make_kiosk, monkeypatch, qtbot):
    kiosk, rig = certificate_kiosk(make_kiosk, monkeypatch)
    english = english_sources()
    theme = app(kiosk).property("theme")
    seen: set[str] = set()
    for label in walk_steps(kiosk, rig, lambda: qtbot.wait(5)):
        assert rig.flow.step.value == label.split("-")[0]
        seen.add(rig.flow.step.value)
        for code in LANGUAGE_CODES:
            kiosk.session.setLanguage(code)
            metrics = QFontMetrics(QFont(theme.fontFamily))
            shown = texts(kiosk.window)
            raw = [t for t in shown if RAW_KEY.fullmatch(t)]
            assert not raw, f"{code} {label}: a message key shown as it is: {raw}"
            if code != "en":
                left = [t for t in shown if t in english]
                assert not left, f"{code} {label}: English text {left}"
            for text in shown:
                missing = {c for c in text if not c.isspace() and not metrics.inFontUcs4(ord(c))}
                assert not missing, f"{code} {label}: no glyph for {missing} in {theme.fontFamily}"
        kiosk.session.setLanguage("ja")
    assert seen == {step.value for step in Step}
    assert kiosk.qml_warnings == []


def test_every_step_in_every_mode_is_within_reach_and_large_enough(make_kiosk, monkeypatch, qtbot):
    kiosk, rig = certificate_kiosk(make_kiosk, monkeypatch)
    session = kiosk.session
    session.start()
    minimum = MIN_TOUCH_MM * MachikadoConfig().kiosk.screen.px_per_mm - 0.5
    for mode in ("large_text", "high_contrast", "low_reach", "speech"):
        session.toggle(mode)
        reach_top = app(kiosk).property("theme").reachTop
        checked = 0
        for label in walk_steps(kiosk, rig, lambda: qtbot.wait(5)):
            for item in controls(kiosk.window):
                name = item.objectName() or item.metaObject().className()
                assert item.width() >= minimum and item.height() >= minimum, (
                    f"{mode} {label}: {name} is {item.width():.0f}×{item.height():.0f} px"
                )
                assert scene_top(item) >= reach_top, f"{mode} {label}: {name} out of reach"
                checked += 1
        assert checked > 100
        session.toggle(mode)
    assert kiosk.qml_warnings == []


def test_nobody_leaves_while_money_is_at_stake(make_kiosk, monkeypatch, qtbot):
    kiosk, rig = certificate_kiosk(make_kiosk, monkeypatch)
    for label in walk_steps(kiosk, rig, lambda: qtbot.wait(5)):
        buttons = {n: usable(kiosk, n) for n in ("backButton", "homeButton", "finishButton")}
        if label in MONEY_STEPS:
            assert not any(buttons.values()), f"{label}: {buttons}"
            assert not kiosk.session.canLeave
            kiosk.session.finish()
            kiosk.session.home()
            assert kiosk.session.screen == "certificates", label
        elif label in ("Summary", "Options", "Pin", "Payment"):
            assert all(buttons.values()), f"{label}: {buttons}"
            assert kiosk.session.canGoBack


def test_back_follows_the_flow_then_leaves_it(make_kiosk, monkeypatch, qtbot):
    kiosk, rig = certificate_kiosk(make_kiosk, monkeypatch)
    walk = walk_steps(kiosk, rig, lambda: qtbot.wait(5))
    for label in walk:
        if label == "Summary":
            break
    click(kiosk.window, "backButton")
    assert rig.flow.step is Step.COPIES
    click(kiosk.window, "backButton")
    assert rig.flow.step is Step.OPTIONS
    click(kiosk.window, "backButton")
    assert rig.flow.step is Step.CHOOSE
    assert not usable(kiosk, "backButton")  # the card is proved: it is not asked again
    click(kiosk.window, "homeButton")
    assert kiosk.session.screen == "Home"
    assert rig.flow.step is Step.TERMS and rig.flow.chosen is None


def test_no_back_where_back_makes_no_sense_and_no_leaving_from_the_tray(
    make_kiosk, monkeypatch, qtbot
):
    kiosk, rig = certificate_kiosk(make_kiosk, monkeypatch)
    no_back = {"Terms", "RemoveCard", "Choose", "TakeDocuments", "Done", "Refunded", "Problem"}
    for label in walk_steps(kiosk, rig, lambda: qtbot.wait(5)):
        step = label.split("-")[0]
        if step in no_back:
            assert not usable(kiosk, "backButton"), label
        if step == "TakeDocuments":
            assert not usable(kiosk, "homeButton") and not usable(kiosk, "finishButton")
            kiosk.session.home()
            kiosk.session.finish()
            assert kiosk.session.screen == "certificates"


def test_a_page_that_ends_the_visit_offers_one_finish(make_kiosk, monkeypatch, qtbot):
    kiosk, rig = certificate_kiosk(make_kiosk, monkeypatch)
    own = {
        "Done": "doneFinishButton",
        "Refunded": "refundFinishButton",
        "Problem": "problemFinishButton",
    }
    seen = set()
    for label in walk_steps(kiosk, rig, lambda: qtbot.wait(5)):
        if label in own:
            assert not is_shown(kiosk.window, "finishButton"), label
            assert usable(kiosk, own[label]), label
            seen.add(label)
        elif label in ("Summary", "Pin", "Payment"):
            assert usable(kiosk, "finishButton"), label
    assert seen == set(own)


def test_pin_by_touch_and_keyboard_is_never_spoken(make_kiosk, monkeypatch, qtbot):
    kiosk, rig = certificate_kiosk(make_kiosk, monkeypatch)
    rig.card.pin = "9685"  # no digit of it appears in any wording of the steps up to here
    said: list[str] = []
    app(kiosk).property("speech").spoken.connect(said.append)
    kiosk.session.start()
    kiosk.session.toggle("speech")
    open_service(kiosk)
    click(kiosk.window, "agreeButton")
    rig.card.on_reader = True
    rig.flow.card_inserted()
    assert rig.flow.step is Step.PIN
    certificate = kiosk.view("certificates")
    click(kiosk.window, "key_9")
    click(kiosk.window, "key_6")
    assert certificate.pinLength == 2
    kiosk.window.requestActivate()
    QTest.keyClick(kiosk.window, Qt.Key.Key_8)
    QTest.keyClick(kiosk.window, Qt.Key.Key_1)
    QTest.keyClick(kiosk.window, Qt.Key.Key_A)  # not a digit: ignored
    assert certificate.pinLength == 4
    QTest.keyClick(kiosk.window, Qt.Key.Key_Backspace)
    assert certificate.pinLength == 3
    click(kiosk.window, "key_5")
    assert certificate.pinLength == 4
    click(kiosk.window, "key_confirm")
    assert rig.flow.step is Step.REMOVE_CARD  # the PIN was right
    qtbot.waitUntil(lambda: any("カードをお取りください" in s for s in said), timeout=10_000)
    assert said, "speech mode announced nothing"
    spoken = " ".join(said)
    assert not set("9685") & set(spoken), said
    names = [p.name() for p in _properties(certificate)]
    values = " ".join(str(certificate.property(n)) for n in names)
    assert "968" not in values


def type_keys(window, text: str) -> None:
    for char in text:
        QTest.keyClick(window, Qt.Key(ord(char)))


def _properties(qobject):
    meta = qobject.metaObject()
    return [meta.property(i) for i in range(meta.propertyOffset(), meta.propertyCount())]


def test_keyboard_enter_and_escape_on_the_keypad(make_kiosk, monkeypatch, qtbot):
    kiosk, rig = certificate_kiosk(make_kiosk, monkeypatch)
    open_service(kiosk)
    rig.flow.accept_terms()
    rig.card.on_reader = True
    rig.flow.card_inserted()
    qtbot.wait(5)
    kiosk.window.requestActivate()
    type_keys(kiosk.window, "12")
    QTest.keyClick(kiosk.window, Qt.Key.Key_Escape)
    assert rig.flow.pin_length == 0
    type_keys(kiosk.window, "0000")
    QTest.keyClick(kiosk.window, Qt.Key.Key_Return)
    assert (rig.flow.step, rig.flow.problem, rig.flow.tries_left) == (Step.PIN, "card.wrong_pin", 2)
    assert shown_named(kiosk, "triesLeft")


def test_reminders_are_seen_and_heard(make_kiosk, monkeypatch, qtbot):
    kiosk, rig = certificate_kiosk(make_kiosk, monkeypatch)
    said: list[str] = []
    app(kiosk).property("speech").spoken.connect(said.append)
    for label in walk_steps(kiosk, rig, lambda: qtbot.wait(5)):
        if label == "TakeDocuments":
            assert not shown_named(kiosk, "takeReminder")
        elif label == "TakeDocuments-reminder":
            assert shown_named(kiosk, "takeReminder")
            assert any("証明書が取り出し口に残っています" in s for s in said), said
        elif label == "Done":
            assert shown_named(kiosk, "cardReminder")  # the card went back in by mistake
        elif label == "Choose":
            assert not shown_named(kiosk, "cardReminder")


def test_idle_warning_waits_while_the_kiosk_works(make_kiosk, monkeypatch, qtbot, clock):
    kiosk, rig = certificate_kiosk(make_kiosk, monkeypatch)
    for label in walk_steps(kiosk, rig, lambda: qtbot.wait(5)):
        if label == "Printing":
            clock.advance(3600)
            kiosk.session.tick()
            assert not kiosk.session.idleWarning
            assert kiosk.session.screen == "certificates"
            break


def test_closed_service_tile_says_when_it_opens(qapp):
    jst = dt.timezone(dt.timedelta(hours=9))
    registry = ServiceRegistry(
        (CERTIFICATES, NOTICES),
        Profile.COMMUNITY_CENTRE,
        FakeDevices(),
        SyncedData(["notices"]),
        hours={"certificates": ServiceHours.parse("06:30-23:00", ("12-29",))},
        wall_clock=lambda: dt.datetime(2026, 12, 29, 12, 0, tzinfo=jst),
    )
    language = ["en"]
    model = ServiceListModel(registry, lambda: language[0])
    roles = {bytes(v).decode(): k for k, v in model.roleNames().items()}
    row = model.index(0, 0)
    assert model.data(row, roles["reason"]) == "service.closed"
    assert model.data(row, roles["opensTime"]) == "6:30"
    assert model.data(row, roles["opensDate"]) == "30 December 2026"
    language[0] = "ja"
    model.refresh()
    assert model.data(model.index(0, 0), roles["opensDate"]) == "2026年12月30日"


def test_amounts_are_grouped_the_way_each_language_writes_them():
    assert group_digits(4500, "ja") == "4,500"
    assert group_digits(4500, "pt-BR") == "4.500"
    assert group_digits(200, "vi") == "200"


def test_finishing_on_the_last_screen_ends_the_visit(make_kiosk, monkeypatch, qtbot):
    kiosk, rig = certificate_kiosk(make_kiosk, monkeypatch)
    for label in walk_steps(kiosk, rig, lambda: qtbot.wait(5)):
        if label == "Done":
            break
    rig.card.on_reader = False
    rig.flow.card_removed()
    click(kiosk.window, "doneFinishButton")
    assert kiosk.session.screen == "Attract"
    assert rig.flow.step is Step.TERMS and rig.flow.chosen is None
    assert rig.payment.taken == ["hold-1"] and rig.payment.given_back == []
