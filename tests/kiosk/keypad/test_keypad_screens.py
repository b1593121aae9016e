"""The keypad on the real kiosk window: focus in reading order, spoken, pressed, Back, Help."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtTest import QTest

from content.config import MachikadoConfig
from content.config.keypad import KeypadConfig
from content.phrasing import spoken
from devices.audio_jack.emulator import EmulatedJack
from kiosk.services.certificates.core.flow import Step
from kiosk.services.notices.wiring import NoticeService
from kiosk.shell.core import keypad
from kiosk.tour import find_item
from tests.kiosk.conftest import tile_only
from tests.kiosk.services.certificates.walk import certificate_kiosk
from tests.kiosk.shell.core.fakes import spec

JACK = dataclasses.replace(
    MachikadoConfig(),
    kiosk=dataclasses.replace(MachikadoConfig().kiosk, headphone_jack="emulated://"),
)


class Heard:
    """What the kiosk said, line by line."""

    def __init__(self, kiosk) -> None:
        self.lines: list[str] = []
        speech = kiosk.engine.singletonInstance("Kiosk", "App").property("speech")
        speech.spoken.connect(self.lines.append)

    def since(self, mark: int) -> str:
        return "\n".join(self.lines[mark:])


def key(kiosk, code: Qt.Key, text: str = "", qtbot=None) -> None:
    QTest.keyClick(kiosk.window, code, Qt.KeyboardModifier.NoModifier)
    if qtbot is not None:
        qtbot.wait(5)


def focused_name(kiosk) -> str:
    item = kiosk.window.activeFocusItem()
    return item.objectName() if item is not None else ""


@pytest.fixture
def jack_kiosk(make_kiosk, monkeypatch):
    """A kiosk on the certificate rig whose headphone jack the test plugs."""
    kiosk, rig = certificate_kiosk(lambda **kw: make_kiosk(JACK, **kw), monkeypatch)
    jack = kiosk.listening.jack
    assert isinstance(jack, EmulatedJack)
    return kiosk, rig, jack


def test_qt_key_codes_are_the_ones_the_policy_names():
    assert Qt.Key.Key_Left.value == keypad.KEY_LEFT
    assert Qt.Key.Key_VolumeUp.value == keypad.KEY_VOLUME_UP
    assert Qt.Key.Key_Back.value == keypad.KEY_BACK
    assert Qt.Key.Key_Help.value == keypad.KEY_HELP
    assert Qt.Key.Key_Enter.value == keypad.KEY_ENTER


def test_headphones_start_speech_and_say_how_to_use_the_keypad(jack_kiosk, qtbot):
    kiosk, _rig, jack = jack_kiosk
    heard = Heard(kiosk)
    assert kiosk.session.screen == "Attract"
    jack.plug()
    qtbot.waitUntil(lambda: kiosk.session.speech)
    assert kiosk.session.inSession
    assert "矢印キー" in heard.since(0)  # how to use the keypad, in Japanese
    jack.unplug()
    qtbot.waitUntil(lambda: not kiosk.session.speech)
    mark = len(heard.lines)
    key(kiosk, Qt.Key.Key_Right, qtbot=qtbot)
    assert heard.since(mark) == ""  # unplugged: silent


def test_arrows_move_in_reading_order_and_enter_presses(jack_kiosk, qtbot):
    kiosk, rig, _jack = jack_kiosk
    heard = Heard(kiosk)
    key(kiosk, Qt.Key.Key_Return, qtbot=qtbot)  # any key on the attract loop starts
    assert kiosk.session.screen == "Home"
    kiosk.session.toggle("speech")
    stops = kiosk.keypad.stops()
    names = [s.property("text") for s in stops]
    assert names, "no controls on the home screen"
    tops = [s.mapToScene(s.boundingRect().topLeft()).y() for s in stops]
    assert tops.index(min(tops)) == 0  # the header's corner first: reading order
    mark = len(heard.lines)
    key(kiosk, Qt.Key.Key_Right, qtbot=qtbot)
    first = kiosk.window.activeFocusItem()
    assert first.objectName() not in ("homeButton", "finishButton")  # content before corner
    assert spoken(first.property("text")) in heard.since(mark)
    key(kiosk, Qt.Key.Key_Right, qtbot=qtbot)
    key(kiosk, Qt.Key.Key_Left, qtbot=qtbot)
    assert kiosk.window.activeFocusItem() is first
    for _ in range(len(stops)):  # round the whole screen and back to the same control
        key(kiosk, Qt.Key.Key_Down, qtbot=qtbot)
    assert kiosk.window.activeFocusItem() is first
    while "証明書" not in spoken(str(kiosk.window.activeFocusItem().property("text"))):
        key(kiosk, Qt.Key.Key_Right, qtbot=qtbot)
    key(kiosk, Qt.Key.Key_Enter, qtbot=qtbot)
    assert kiosk.session.screen == "certificates" and rig.flow.step is Step.TERMS
    key(kiosk, Qt.Key.Key_Escape, qtbot=qtbot)  # Back: the terms have "do not agree" instead
    assert rig.flow.step is Step.TERMS
    while focused_name(kiosk) != "agreeButton":
        key(kiosk, Qt.Key.Key_Right, qtbot=qtbot)
    key(kiosk, Qt.Key.Key_Return, qtbot=qtbot)
    assert rig.flow.step is Step.INSERT_CARD
    key(kiosk, Qt.Key.Key_Back, qtbot=qtbot)
    assert rig.flow.step is Step.TERMS


def test_help_says_the_screen_and_the_keys_and_volume_keys_answer(jack_kiosk, qtbot):
    kiosk, _rig, _jack = jack_kiosk
    heard = Heard(kiosk)
    kiosk.session.start()
    kiosk.session.setLanguage("en")
    qtbot.wait(5)
    mark = len(heard.lines)
    key(kiosk, Qt.Key.Key_F1, qtbot=qtbot)
    said = heard.since(mark)
    assert said.startswith("Welcome Choose a service.") and "arrow keys" in said
    level = kiosk.keypad.volume
    key(kiosk, Qt.Key.Key_VolumeDown, qtbot=qtbot)
    assert kiosk.keypad.volume == level - 1
    assert f"Volume {level - 1} of 10" in heard.lines[-1]
    for _ in range(20):
        key(kiosk, Qt.Key.Key_Plus)
    assert kiosk.keypad.volume == 10


def test_panels_keep_the_focus_and_back_closes_them(jack_kiosk, qtbot):
    kiosk, _rig, _jack = jack_kiosk
    kiosk.session.start()
    qtbot.wait(5)
    while focused_name(kiosk) != "accessibilityButton":
        key(kiosk, Qt.Key.Key_Right, qtbot=qtbot)
    key(kiosk, Qt.Key.Key_Return, qtbot=qtbot)
    panel = find_item(kiosk.window, "accessibilityPanel")
    assert panel.isVisible()
    inside = kiosk.keypad.stops()
    assert {s.objectName() for s in inside} >= {"speechToggle", "largeTextToggle"}
    assert all(panel.isAncestorOf(s) for s in inside)
    text = find_item(kiosk.window, "headphoneJack").property("text")
    assert "ヘッドホン端子は本体正面の左側の中ほどにあります" in spoken(text)
    key(kiosk, Qt.Key.Key_Escape, qtbot=qtbot)
    assert not panel.isVisible() and kiosk.session.screen == "Home"


def test_help_in_speech_mode_reads_the_screen_text_too(jack_kiosk, qtbot):
    kiosk, rig, jack = jack_kiosk
    heard = Heard(kiosk)
    jack.plug()
    qtbot.waitUntil(lambda: kiosk.session.speech)
    kiosk.session.setLanguage("en")
    kiosk.session.openService("certificates")
    qtbot.wait(10)
    assert rig.flow.step is Step.TERMS
    mark = len(heard.lines)
    key(kiosk, Qt.Key.Key_Help, qtbot=qtbot)
    said = heard.since(mark)
    assert said.index("Who can use it") < said.index("Your 12-digit My Number is never read")
    assert "Do not agree" not in said  # the buttons say themselves when they get the focus


def test_the_focus_scrolls_a_long_list_to_the_control(make_kiosk, qtbot):
    extra = tuple(tile_only(spec(f"service{i}")) for i in range(15))
    kiosk = make_kiosk(services=(NoticeService, *extra))
    kiosk.session.start()
    qtbot.wait(50)
    area = find_item(kiosk.window, "serviceTiles")
    assert area.property("interactive")  # sixteen tiles: the list scrolls
    view = area.mapRectToScene(QRectF(0, 0, area.width(), area.height()))
    for _ in range(16):
        key(kiosk, Qt.Key.Key_Right, qtbot=qtbot)
        tile = kiosk.window.activeFocusItem()
        assert tile.objectName().startswith("tile_")
        rect = tile.mapRectToScene(QRectF(0, 0, tile.width(), tile.height()))
        assert view.adjusted(-1, -1, 1, 1).contains(rect), tile.objectName()
    assert area.property("contentY") > 0


def test_a_terminals_own_key_from_the_configuration_works(make_kiosk, qtbot):
    config = dataclasses.replace(
        JACK, kiosk=dataclasses.replace(JACK.kiosk, keypad=KeypadConfig(help=("F13",)))
    )
    kiosk = make_kiosk(config)
    heard = Heard(kiosk)
    kiosk.session.start()
    qtbot.wait(5)
    mark = len(heard.lines)
    key(kiosk, Qt.Key.Key_F13, qtbot=qtbot)
    assert "矢印キー" in heard.since(mark)


def _focus_ring(button) -> object:
    background = button.property("background")
    rings = [c for c in background.childItems() if c.objectName() == "focusRing"]
    assert len(rings) == 1
    return rings[0]


def test_a_touched_button_shows_no_focus_ring_and_a_keypad_focus_does(make_kiosk, qtbot):
    """A finger leaves focus on the button it pressed; only the keypad's focus is drawn."""
    kiosk = make_kiosk()
    kiosk.session.start()
    qtbot.wait(5)
    button = find_item(kiosk.window, "languageButton")
    button.forceActiveFocus(Qt.FocusReason.MouseFocusReason)
    assert button.hasActiveFocus() and not _focus_ring(button).isVisible()
    key(kiosk, Qt.Key.Key_Right, qtbot=qtbot)
    moved = kiosk.window.activeFocusItem()
    assert moved is not button and _focus_ring(moved).isVisible()
