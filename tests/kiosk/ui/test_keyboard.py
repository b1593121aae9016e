"""The on-screen keyboard is drawn for a resident who touches a text field."""

from __future__ import annotations

import os

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QWindow
from PySide6.QtTest import QTest

from kiosk.app import prepare_qt_environment
from kiosk.tour import click, find_item, is_shown, wait_for_frame


def dark_share(image: QImage, top: int) -> float:
    """Share of sampled pixels below ``top`` that are dark (the keyboard's keys and body)."""
    dark = total = 0
    for y in range(top, image.height(), 8):
        for x in range(0, image.width(), 8):
            colour = image.pixelColor(x, y)
            total += 1
            dark += colour.lightness() < 90
    return dark / total


def open_other_window(qtbot) -> QWindow:
    """A second window of the terminal that has the focus (as the demo's devices window has)."""
    other = QWindow()
    other.resize(300, 300)
    other.show()
    other.requestActivate()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is other)
    return other


def test_touching_the_search_field_draws_the_keyboard_even_after_another_window(kiosk, qtbot):
    window = kiosk.window
    kiosk.session.start()
    click(window, "tile_notices")
    wait_for_frame(window)
    other = open_other_window(qtbot)
    try:
        before = window.grabWindow()
        field = find_item(window, "noticeSearch")
        centre = field.mapToScene(QPointF(field.width() / 2, field.height() / 2)).toPoint()
        QTest.mouseClick(window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)
        # It rises once its layout knows its height; the screen above makes room for it.
        qtbot.waitUntil(lambda: window.property("keyboardHeight") > window.height() * 0.2)
        top = window.height() - window.property("keyboardHeight")
        assert dark_share(before, top) < 0.2  # the light list before
        # Its keys come up over a few frames: the grabbed window must show them within seconds.
        qtbot.waitUntil(lambda: dark_share(window.grabWindow(), top) > 0.6, timeout=5000)
    finally:
        other.close()


def test_focus_given_by_the_kiosk_opens_the_keyboard_in_an_inactive_window(kiosk, qtbot):
    kiosk.session.start()
    click(kiosk.window, "tile_notices")
    other = open_other_window(qtbot)
    try:
        find_item(kiosk.window, "noticeSearch").forceActiveFocus()
        qtbot.waitUntil(lambda: is_shown(kiosk.window, "keyboard"))
        assert QGuiApplication.focusWindow() is kiosk.window
    finally:
        other.close()


def test_the_desktops_input_method_never_replaces_the_on_screen_keyboard(monkeypatch):
    monkeypatch.setenv("QT_IM_MODULE", "ibus")
    monkeypatch.setenv("QT_IM_MODULES", "wayland;ibus")
    prepare_qt_environment()
    assert os.environ["QT_IM_MODULE"] == "qtvirtualkeyboard"
    assert os.environ["QT_IM_MODULES"] == "qtvirtualkeyboard"
