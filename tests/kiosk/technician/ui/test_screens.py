"""The technician's menu on a real kiosk offscreen: the corner taps through the window's event
filter, the PIN pad masking digits and saying the lockout, the banner, and every page laid out
without clipped text or small targets."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from content.config import MachikadoConfig
from content.config.technician import TechnicianConfig
from kiosk.app import build_kiosk
from kiosk.technician.core.access import hash_pin
from kiosk.technician.ui.menu import Page
from kiosk.tour import find_item, is_shown, settle, wait_for_frame, wait_until
from offline_cache.service import OfflineCache
from tests.kiosk.screen_helpers import texts
from tests.kiosk.ui.layout_check import text_findings, touch_findings

PIN = "246810"
PAGES = ("status", "devices", "counters", "logs", "bundle", "maintenance", "touch", "display",
         "audio", "keyboard")  # fmt: skip


@pytest.fixture(scope="module")
def technician_kiosk(qapp, tmp_path_factory):
    folder = tmp_path_factory.mktemp("technician")
    pins = {"tanaka": hash_pin(PIN, n=2**10)}
    config = replace(
        MachikadoConfig(),
        technician=TechnicianConfig(pins=pins, max_failures=2, usb_dir=str(folder / "usb")),
    )
    cache = OfflineCache(folder / "cache", terminal_id="test-kiosk-01")
    cache.open_store()
    kiosk = build_kiosk(config, cache=cache, kiosk_mode=False, speech_engine="mock")
    wait_for_frame(kiosk.window)
    yield kiosk, config
    kiosk.close()
    cache.stop()
    qapp.processEvents()


def tap_corner(kiosk, times: int = 5) -> None:
    for _ in range(times):
        QTest.mouseClick(kiosk.window, Qt.MouseButton.LeftButton, pos=QPoint(20, 20))


def wait_idle(menu) -> None:
    wait_until(lambda: not menu.busy, "the menu's job")
    settle(150)


def test_corner_taps_open_the_pin_pad_and_do_not_start_a_session(technician_kiosk):
    kiosk, _ = technician_kiosk
    menu = kiosk.technician.view.menu
    tap_corner(kiosk, 4)
    assert kiosk.session.screen == "Attract" and menu.page is Page.CLOSED
    tap_corner(kiosk, 1)
    wait_idle(menu)
    assert menu.page is Page.PIN and kiosk.session.screen == "Attract"
    assert is_shown(kiosk.window, "technicianPinPad")
    assert is_shown(kiosk.window, "maintenanceBanner")
    for digit in "1357":
        QTest.mouseClick(kiosk.window, Qt.MouseButton.LeftButton,
                         pos=find_item(kiosk.window, f"technicianDigit{digit}")
                         .mapToScene(find_item(kiosk.window, f"technicianDigit{digit}")
                                     .boundingRect().center()).toPoint())  # fmt: skip
    settle(100)
    mask = find_item(kiosk.window, "technicianPinMask").property("text")
    assert mask == "●●●●" and "1357" not in " ".join(texts(kiosk.window))
    kiosk.technician.view.submit()
    wait_idle(menu)
    assert "PINが違います" in find_item(kiosk.window, "technicianNotice").property("text")
    menu._access._state.save(1, None, None)  # the backoff over, one failure counted
    for digit in "0000":
        kiosk.technician.view.digit(digit)
    kiosk.technician.view.submit()
    wait_idle(menu)
    assert "ロック" in find_item(kiosk.window, "technicianNotice").property("text")
    kiosk.technician.view.cancel()
    wait_idle(menu)
    assert not is_shown(kiosk.window, "technicianOverlay")
    menu._access._state.save(0, None, None)


def test_no_pin_pad_while_a_resident_uses_the_kiosk(technician_kiosk):
    kiosk, _ = technician_kiosk
    kiosk.session.start()
    try:
        tap_corner(kiosk)
        settle(100)
        assert kiosk.technician.view.menu.page is Page.CLOSED
    finally:
        kiosk.session.finish()


def test_every_page_is_laid_out_within_the_window(technician_kiosk):
    kiosk, config = technician_kiosk
    view = kiosk.technician.view
    menu = view.menu
    view.gesture()
    wait_idle(menu)
    for digit in PIN:
        view.digit(digit)
    view.submit()
    wait_idle(menu)
    assert menu.page is Page.MENU
    problems = []
    for language in ("ja", "en"):
        menu.words.language = language
        for page in ("menu", *PAGES):
            view.press("back")
            if page != "menu":
                view.press(f"page:{page}")
            wait_idle(menu)
            findings = text_findings(kiosk.window)
            findings += touch_findings(kiosk.window, config.kiosk.screen.px_per_mm)
            problems += [f"{language} {page}: {f}" for f in findings]
    assert not problems, "\n".join(problems)
    menu.words.language = "ja"
    view.press("back")
    view.press("page:maintenance")
    wait_idle(menu)
    view.press("take_out")
    view.press("yes")
    wait_idle(menu)
    assert kiosk.session.screen == "OutOfService"
    shown = kiosk.session.faultText.replace("\u2060", "")  # the phrases' word joiners
    assert shown == "この端末は点検中のため、ご利用いただけません。"
    view.press("put_back")
    view.press("yes")
    wait_idle(menu)
    assert kiosk.session.screen == "Attract"
    view.press("back")
    view.press("close")
    wait_idle(menu)
