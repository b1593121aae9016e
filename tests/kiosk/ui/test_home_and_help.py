"""The home screen's tiles for any number of services, help, asking a person, the modes' state
and the out-of-service screen, as a resident sees them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject, QPointF, QRectF, Qt
from PySide6.QtTest import QTest

from content.config import CityConfig, MachikadoConfig
from content.languages import LANGUAGE_CODES
from kiosk.services.notices.wiring import NoticeService
from kiosk.shell.core.theme import MIN_TOUCH_MM
from kiosk.tour import click, find_item, visual_items, wait_for_frame
from tests.kiosk.conftest import tile_only
from tests.kiosk.screen_helpers import texts
from tests.kiosk.shell.core.fakes import spec

CONTACT = CityConfig(contact_text="市民課（本庁舎1階）", contact_phone="0120-000-000")


def scene_rect(item) -> QRectF:
    top_left = item.mapToScene(QPointF(0, 0))
    return QRectF(top_left.x(), top_left.y(), item.width(), item.height())


@pytest.mark.parametrize("count", [1, 2, 3, 5, 9, 16])
def test_tiles_fill_the_panel_for_any_number_of_services(make_kiosk, qtbot, count):
    extra = tuple(tile_only(spec(f"service{i}")) for i in range(count - 1))
    kiosk = make_kiosk(services=(NoticeService, *extra))
    kiosk.session.start()
    qtbot.wait(50)
    area = scene_rect(find_item(kiosk.window, "serviceTiles"))
    tiles = [
        i for i in visual_items(kiosk.window.contentItem()) if i.objectName().startswith("tile_")
    ]
    assert len(tiles) == count
    rects = [scene_rect(t) for t in tiles]
    minimum = MIN_TOUCH_MM * MachikadoConfig().kiosk.screen.px_per_mm
    scrolls = find_item(kiosk.window, "serviceTiles").property("interactive")
    for rect in rects:
        assert rect.width() >= 4 * minimum and rect.height() >= 2 * minimum
        if not scrolls:
            assert area.contains(rect.adjusted(1, 1, -1, -1)), "a tile outside the panel"
    # Up to six services fit the panel at once with their descriptions; a dozen fit with their
    # titles alone; more scroll with every word, and never shrink below readable.
    assert find_item(kiosk.window, "serviceTiles").property("brief") == (6 < count <= 12)
    assert scrolls == (count > 12)
    for i, a in enumerate(rects):
        for b in rects[i + 1 :]:
            assert not a.intersects(b.adjusted(1, 1, -1, -1)), "tiles overlap"
    # Together the tiles take most of the panel, whatever their number.
    covered = sum(r.width() * r.height() for r in rects)
    assert covered > 0.5 * area.width() * area.height()
    assert len({round(r.height()) for r in rects}) == 1, "the rows do not line up"
    icons = [i for i in visual_items(kiosk.window.contentItem()) if i.inherits("QQuickShape")]
    assert len(icons) >= count


def test_help_says_how_to_use_the_kiosk(kiosk, qtbot):
    kiosk.session.start()
    kiosk.session.setLanguage("en")
    click(kiosk.window, "helpButton")
    qtbot.waitUntil(lambda: find_item(kiosk.window, "helpPanel").isVisible())
    shown = " ".join(texts(kiosk.window))
    assert "Touch the service you want to use." in shown
    assert "Finish ends your visit" in shown


def test_asking_a_person_names_the_citys_contact_from_config(make_kiosk, qtbot):
    kiosk = make_kiosk(MachikadoConfig(city=CONTACT))
    kiosk.session.start()
    kiosk.session.setLanguage("en")
    click(kiosk.window, "staffButton")
    qtbot.waitUntil(lambda: find_item(kiosk.window, "staffPanel").isVisible())
    assert find_item(kiosk.window, "staffContact").property("text") == "市民課（本庁舎1階）"
    assert find_item(kiosk.window, "staffPhone").property("text") == "Phone: 0120-000-000"


def test_without_a_configured_contact_the_resident_is_sent_to_the_counter(kiosk, qtbot):
    kiosk.session.start()
    kiosk.session.setLanguage("en")
    click(kiosk.window, "staffButton")
    qtbot.waitUntil(lambda: find_item(kiosk.window, "staffPanel").isVisible())
    assert "Staff at this facility can help you. Please ask at the counter." in texts(kiosk.window)
    for name in ("staffContact", "staffPhone"):
        with pytest.raises(LookupError):
            find_item(kiosk.window, name)


def test_each_accessibility_mode_shows_whether_it_is_on(kiosk, qtbot):
    session = kiosk.session
    session.start()
    session.setLanguage("en")
    click(kiosk.window, "accessibilityButton")
    toggle = find_item(kiosk.window, "largeTextToggle")
    state = next(i for i in visual_items(toggle) if i.objectName() == "toggleState")
    assert state.property("text") == "Off"
    assert toggle.property("checked") is False
    click(kiosk.window, "largeTextToggle")
    qtbot.waitUntil(lambda: state.property("text") == "On")
    assert session.largeText and toggle.property("checked") is True
    click(kiosk.window, "largeTextToggle")
    qtbot.waitUntil(lambda: state.property("text") == "Off")
    assert not session.largeText


def test_out_of_service_turns_through_every_language_with_the_citys_contact(make_kiosk, qtbot):
    kiosk = make_kiosk(MachikadoConfig(city=CONTACT))
    kiosk.session.fail("software_error")
    qtbot.wait(50)
    turn = kiosk.window.findChild(QObject, "languageTurn")
    assert turn.property("interval") >= 3000  # long enough to read a language's words
    turn.setProperty("interval", 100)  # the test need not wait that long
    titles = [_page_title(kiosk)]
    for _code in LANGUAGE_CODES[1:]:
        qtbot.waitUntil(lambda: _page_title(kiosk) not in titles)
        titles.append(_page_title(kiosk))
        assert find_item(kiosk.window, "cityContact").property("text") == "市民課（本庁舎1階）"
        assert "0120-000-000" in find_item(kiosk.window, "cityPhone").property("text")
    assert len(set(titles)) == len(LANGUAGE_CODES)
    assert not any("software_error" in t for t in texts(kiosk.window))


def _page_title(kiosk) -> str:
    page = find_item(kiosk.window, "outOfServicePage")
    return next(str(i.property("text")) for i in visual_items(page) if i.inherits("QQuickText"))


def tap(window, item) -> None:
    """Tap the middle of ``item`` as a finger would."""
    wait_for_frame(window)
    centre = item.mapToScene(QPointF(item.width() / 2, item.height() / 2)).toPoint()
    QTest.mouseClick(window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)


def language_choices(kiosk) -> dict[str, object]:
    """The language panel's buttons by the name they show (the panel opened first)."""
    click(kiosk.window, "languageButton")
    panel = find_item(kiosk.window, "languagePanel")
    return {
        str(i.property("text")): i
        for i in visual_items(panel)
        if i.inherits("QQuickAbstractButton") and i.property("text") != "閉じる"
    }


def test_only_the_sessions_language_is_marked_chosen(kiosk, qtbot):
    session = kiosk.session
    session.start()
    click(kiosk.window, "tile_notices")
    for name, code in (("English", "en"), ("한국어", "ko")):
        tap(kiosk.window, language_choices(kiosk)[name])
        assert session.language == code
    chosen = [name for name, item in language_choices(kiosk).items() if item.property("checked")]
    assert chosen == ["한국어"]
