"""What the kiosk does when a resident uses it, walks away, or something breaks."""

from __future__ import annotations

import sys

import zxingcpp
from PIL import Image
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent

from content.config import DevicesConfig, MachikadoConfig
from content.phrasing import plain
from kiosk.services.notices.wiring import NoticeService
from kiosk.shell.core.messages import translate
from kiosk.shell.core.services import ServiceSpec
from kiosk.shell.ui.kiosk_guard import KioskGuard
from kiosk.tour import click, find_item, is_shown, wait_for_frame
from tests.kiosk.conftest import tile_only
from tests.kiosk.screen_helpers import texts


def app_part(kiosk, name):
    if name in kiosk.views:
        return kiosk.views[name]
    return kiosk.engine.singletonInstance("Kiosk", "App").property(name)


def test_touch_on_attract_starts_a_session(kiosk, qtbot):
    assert kiosk.session.screen == "Attract"
    with qtbot.waitSignal(kiosk.session.screenChanged):
        click(kiosk.window, "attractTouchArea")
    assert kiosk.session.screen == "Home"


def test_idle_warning_is_shown_and_spoken_then_the_session_is_wiped(kiosk, qtbot, clock):
    session = kiosk.session
    speech = app_part(kiosk, "speech")
    session.start()
    click(kiosk.window, "tile_notices")
    session.setLanguage("en")
    session.toggle("large_text")
    app_part(kiosk, "notices").search("tax")
    assert not session.speech  # speech mode is off, the warning is spoken all the same
    clock.advance(session.core.idle.timeout_s + 0.5)
    with qtbot.waitSignal(speech.spoken) as spoken:
        session.tick()
    assert "Do you need more time?" in spoken.args[0]
    assert session.idleWarning
    qtbot.waitUntil(lambda: find_item(kiosk.window, "idleWarningCard").isVisible())
    countdown = find_item(kiosk.window, "idleCountdown").property("text")
    assert str(session.secondsLeft) in countdown

    clock.advance(session.core.idle.warning_s)
    session.tick()
    assert session.screen == "Attract"
    assert session.language == "ja"
    assert not session.largeText
    assert app_part(kiosk, "notices").query == ""
    assert not session.idleWarning


def test_more_time_keeps_the_session(kiosk, qtbot, clock):
    session = kiosk.session
    session.start()
    clock.advance(session.core.idle.timeout_s + 1)
    session.tick()
    assert session.idleWarning
    click(kiosk.window, "moreTimeButton")
    assert not session.idleWarning
    clock.advance(session.core.idle.timeout_s - 1)
    session.tick()
    assert session.screen == "Home" and not session.idleWarning


def test_touches_push_the_idle_timeout_back(kiosk, qtbot, clock):
    session = kiosk.session
    session.start()
    for _ in range(5):
        clock.advance(session.core.idle.timeout_s * 0.8)
        qtbot.mouseClick(kiosk.window, Qt.MouseButton.LeftButton, pos=QPointF(5, 5).toPoint())
        session.tick()
    assert session.screen == "Home" and not session.idleWarning


def test_speech_mode_reads_each_screen_title(kiosk, qtbot):
    session = kiosk.session
    speech = app_part(kiosk, "speech")
    session.start()
    session.setLanguage("en")
    session.toggle("speech")
    with qtbot.waitSignal(speech.spoken) as spoken:
        click(kiosk.window, "tile_notices")
    assert spoken.args[0].startswith("City notices")
    with qtbot.waitSignal(speech.spoken) as spoken:
        find_item(kiosk.window, "finishButton").forceActiveFocus()
    assert spoken.args[0].startswith("Finish")


def test_speech_is_silent_unless_asked(kiosk, qtbot):
    speech = app_part(kiosk, "speech")
    kiosk.session.start()
    with qtbot.assertNotEmitted(speech.spoken, wait=200):
        click(kiosk.window, "tile_notices")


def test_language_switches_live_on_the_open_screen(kiosk, qtbot):
    session = kiosk.session
    session.start()
    click(kiosk.window, "tile_notices")
    titles = {}
    for code in session.core.languages:
        session.setLanguage(code)
        qtbot.wait(10)
        titles[code] = plain(find_item(kiosk.window, "screenTitle").property("text"))
    assert titles["en"] == "City notices"
    assert titles["ja"] == "市からのお知らせ"
    assert len(set(titles.values())) == len(titles)


def test_search_filters_the_notices(kiosk, qtbot):
    session = kiosk.session
    session.start()
    session.setLanguage("en")
    click(kiosk.window, "tile_notices")
    notices = app_part(kiosk, "notices")
    everything = notices.list.rowCount()
    notices.search("garbage")
    assert 0 < notices.list.rowCount() < everything
    notices.search("no such words anywhere")
    qtbot.wait(10)
    assert notices.list.rowCount() == 0
    assert "No notices match your search." in texts(kiosk.window)


def test_notice_qr_code_on_screen_decodes_to_its_page(kiosk, qtbot, tmp_path):
    session = kiosk.session
    session.start()
    click(kiosk.window, "tile_notices")
    notice = session.core.flows["notices"].browser.visible("ja")[0]
    app_part(kiosk, "notices").open(notice.id)
    wait_for_frame(kiosk.window)
    qr = find_item(kiosk.window, "noticeQr")
    qtbot.waitUntil(lambda: qr.property("progress") == 1.0)
    wait_for_frame(kiosk.window)
    top_left = qr.mapToScene(QPointF(0, 0))
    crop = kiosk.window.grabWindow().copy(
        int(top_left.x()), int(top_left.y()), int(qr.width()), int(qr.height())
    )
    path = tmp_path / "qr.png"
    assert crop.save(str(path))
    results = zxingcpp.read_barcodes(Image.open(path))
    assert [r.text for r in results] == [notice.url]


def test_keyboard_opens_for_the_search_field_in_the_sessions_language(kiosk, qtbot):
    session = kiosk.session
    session.start()
    click(kiosk.window, "tile_notices")
    find_item(kiosk.window, "noticeSearch").forceActiveFocus()
    # The keyboard is built in the background after the first frame, then opens.
    qtbot.waitUntil(lambda: is_shown(kiosk.window, "keyboard"))
    assert app_part(kiosk, "languages").keyboardLocale == "ja_JP"
    session.setLanguage("en")
    assert app_part(kiosk, "languages").keyboardLocale == "en_US"


PRINTING = ServiceSpec(
    id="printing",
    icon="print",
    title=translate("tests", "Printing"),
    description=translate("tests", "Prints things."),
    devices=("receipt_printer",),
)


def test_a_service_whose_device_is_missing_shows_why(make_kiosk, qtbot):
    printing = tile_only(PRINTING)
    kiosk = make_kiosk(services=(NoticeService, printing))
    kiosk.session.start()
    kiosk.session.setLanguage("en")
    qtbot.wait(10)
    tile = find_item(kiosk.window, "tile_printing")
    assert not tile.isEnabled()
    assert "This kiosk has no receipt printer." in texts(kiosk.window)
    kiosk.session.openService("printing")
    assert kiosk.session.screen == "Home"


def test_a_service_follows_its_printers_health(make_kiosk, qtbot):
    printing = tile_only(PRINTING)
    config = MachikadoConfig(devices=DevicesConfig(receipt_printer="emulated://"))
    kiosk = make_kiosk(config, services=(NoticeService, printing))
    kiosk.session.start()
    kiosk.session.setLanguage("en")

    def tile_enabled():
        wait_for_frame(kiosk.window)  # the list is rebuilt when a device changes
        return find_item(kiosk.window, "tile_printing").isEnabled()

    qtbot.waitUntil(tile_enabled, timeout=10000)

    emulator = kiosk.monitor.device("receipt_printer").transport.emulator
    emulator.run_out_of_paper()
    kiosk.monitor.poll()
    qtbot.waitUntil(lambda: not tile_enabled())
    assert "The printer is out of paper. Please ask the staff." in texts(kiosk.window)

    emulator.load_paper()
    kiosk.monitor.poll()
    qtbot.waitUntil(tile_enabled)


def test_out_of_service_screen_names_the_terminal(kiosk, qtbot):
    kiosk.session.start()
    kiosk.session.fail("software_error")
    qtbot.wait(10)
    info = find_item(kiosk.window, "terminalInfo").property("text")
    assert "demo-kiosk-01" in info
    assert kiosk.session.screen == "OutOfService"
    kiosk.session.start()
    assert kiosk.session.screen == "OutOfService"


def test_an_uncaught_error_puts_the_kiosk_out_of_service(kiosk, qtbot):
    kiosk.session.start()
    try:
        raise RuntimeError("boom")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    assert kiosk.session.screen == "OutOfService"
    assert kiosk.session.fault == "software_error"


def test_unloadable_content_puts_the_kiosk_out_of_service(make_kiosk, qtbot, monkeypatch):
    from content.config import ConfigError
    from content.config.schema import Problem

    def broken():
        raise ConfigError("notices.json", [Problem("notices[0].title", "missing text for vi")])

    monkeypatch.setattr("kiosk.app.load_sample_board", broken)
    kiosk = make_kiosk()
    assert kiosk.session.screen == "OutOfService"
    assert kiosk.session.fault == "content_unavailable"
    assert kiosk.qml_warnings == []


def test_guard_swallows_escaping_keys_and_window_close(kiosk, qtbot):
    calls = []
    guard = KioskGuard(lambda: calls.append(1))
    for key, mods in [
        (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
        (Qt.Key.Key_Tab, Qt.KeyboardModifier.AltModifier),
        (Qt.Key.Key_F11, Qt.KeyboardModifier.NoModifier),
    ]:
        assert guard.eventFilter(kiosk.window, QKeyEvent(QEvent.Type.KeyPress, key, mods))
    assert not guard.eventFilter(
        kiosk.window, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier)
    )
    assert calls == [1]
    assert guard.eventFilter(kiosk.window, QCloseEvent())


def test_kiosk_mode_window_cannot_be_closed(make_kiosk, qtbot):
    kiosk = make_kiosk()
    kiosk.guard.allow_close = False
    QGuiApplication.sendEvent(kiosk.window, QCloseEvent())
    assert kiosk.window.isVisible()
