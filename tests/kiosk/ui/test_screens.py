"""The kiosk's screens as a resident meets them: loading cleanly, sized for touch, translated."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QFont, QFontMetrics

from content.config import MachikadoConfig
from content.config.model import KioskConfig, ScreenGeometry
from content.languages import LANGUAGE_CODES
from kiosk.shell.core.theme import MIN_TOUCH_MM
from kiosk.tour import click, find_item
from tests.kiosk.screen_helpers import controls, english_sources, scene_top, texts


def walk_screens(kiosk, qtbot):
    """Visit every screen state; yield a label for each once it has rendered."""
    session = kiosk.session
    yield "attract"
    session.start()
    qtbot.wait(50)
    yield "home"
    click(kiosk.window, "tile_notices")
    qtbot.wait(50)
    yield "notices"
    first = session.core.flows["notices"].browser.visible(session.language)[0].id
    kiosk.view("notices").open(first)
    qtbot.wait(50)
    yield "notice detail"
    click(kiosk.window, "languageButton")
    qtbot.wait(50)
    yield "language panel"
    find_item(kiosk.window, "languagePanel").setVisible(False)
    click(kiosk.window, "accessibilityButton")
    qtbot.wait(50)
    yield "accessibility panel"
    find_item(kiosk.window, "accessibilityPanel").setVisible(False)
    session.home()
    for panel, button in (("helpPanel", "helpButton"), ("staffPanel", "staffButton")):
        click(kiosk.window, button)
        qtbot.wait(50)
        yield panel
        find_item(kiosk.window, panel).setVisible(False)


def test_every_screen_and_mode_loads_without_qml_warnings(kiosk, qtbot):
    for mode in ("", "large_text", "high_contrast", "low_reach", "speech"):
        for _label in walk_screens(kiosk, qtbot):
            pass
        if mode:
            kiosk.session.toggle(mode)
        for code in LANGUAGE_CODES:
            kiosk.session.setLanguage(code)
            qtbot.wait(20)
        kiosk.session.finish()
        qtbot.wait(20)
    kiosk.session.fail("software_error")
    qtbot.wait(50)
    assert kiosk.qml_warnings == []


@pytest.mark.parametrize(
    "geometry",
    [
        ScreenGeometry(),  # 21.5" full HD
        ScreenGeometry(width_px=1280, height_px=800, width_mm=217, height_mm=136),  # 10"
        ScreenGeometry(width_px=3840, height_px=2160, width_mm=698, height_mm=393),  # 32" 4K
    ],
    ids=["21in-fhd", "10in-wxga", "32in-4k"],
)
def test_every_control_is_at_least_15_mm(make_kiosk, qtbot, geometry):
    kiosk = make_kiosk(MachikadoConfig(kiosk=KioskConfig(screen=geometry)))
    minimum = MIN_TOUCH_MM * geometry.px_per_mm - 0.5
    checked = 0
    for label in walk_screens(kiosk, qtbot):
        for item in controls(kiosk.window):
            assert item.width() >= minimum and item.height() >= minimum, (
                f"{label}: {item.objectName() or item.metaObject().className()} is "
                f"{item.width():.0f}×{item.height():.0f} px, under 15 mm ({minimum:.0f} px)"
            )
            checked += 1
    assert checked > 20


@pytest.mark.parametrize("large_text", [False, True], ids=["standard", "large-text"])
@pytest.mark.parametrize("code", ["ja", "ja-easy", "pt-BR"])
def test_low_reach_keeps_every_control_in_the_lower_part(kiosk, qtbot, code, large_text):
    kiosk.session.start()
    kiosk.session.setLanguage(code)
    kiosk.session.toggle("low_reach")
    if large_text:
        kiosk.session.toggle("large_text")
    qtbot.wait(50)
    reach_top = kiosk.engine.singletonInstance("Kiosk", "App").property("theme").reachTop
    assert reach_top >= kiosk.window.height() * 0.4
    kiosk.session.home()
    for label in walk_screens(kiosk, qtbot):
        if label == "attract":
            continue
        for item in controls(kiosk.window):
            name = item.objectName() or item.metaObject().className()
            assert scene_top(item) >= reach_top, f"{label}: {name} above the reach line"


@pytest.mark.parametrize("code", [c for c in LANGUAGE_CODES if c != "en"])
def test_no_english_left_on_a_translated_screen(kiosk, qtbot, code):
    english = english_sources()
    kiosk.session.start()
    kiosk.session.setLanguage(code)
    for label in walk_screens(kiosk, qtbot):
        if label == "attract":
            continue
        shown = texts(kiosk.window)
        raw = [t for t in shown if re.fullmatch(r"[a-z_]+(\.[a-z_0-9]+)+", t)]
        assert not raw, f"{code} {label}: a message key shown as it is: {raw}"
        left = [t for t in shown if t in english]
        assert not left, f"{code} {label}: English text {left}"


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_every_character_shown_exists_in_the_languages_font(kiosk, qtbot, code):
    kiosk.session.start()
    kiosk.session.setLanguage(code)
    theme = kiosk.engine.singletonInstance("Kiosk", "App").property("theme")
    metrics = QFontMetrics(QFont(theme.fontFamily))
    assert QFont(theme.fontFamily).exactMatch() or metrics.inFontUcs4(ord("A"))
    for label in walk_screens(kiosk, qtbot):
        if label in ("attract", "language panel"):
            continue  # those show every language, each in its own font
        for text in texts(kiosk.window):
            missing = {ch for ch in text if not ch.isspace() and not metrics.inFontUcs4(ord(ch))}
            assert not missing, f"{code} {label}: no glyph for {missing} in {theme.fontFamily}"
