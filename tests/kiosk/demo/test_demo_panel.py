"""The "Demo devices" window: its buttons put cards on the emulated reader and pay."""

import pytest
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickWindow

from devices.audio_jack.emulator import EmulatedJack
from devices.payment.emulator import EmulatedPaymentUnit
from devices.smartcard.emulator.inprocess import EmulatedCardReader
from kiosk.demo.panel import DEMO_IC_BALANCE_YEN, DEMO_IC_CARD, open_demo_panel
from kiosk.demo.setup import prepare_demo_identity
from kiosk.tour import click, find_item, settle


@pytest.fixture(scope="module")
def identity(tmp_path_factory):
    return prepare_demo_identity(tmp_path_factory.mktemp("panel") / "demo")


def tap(qtbot, window: QQuickWindow, name: str) -> None:
    qtbot.waitUntil(lambda: has_item(window, name), timeout=10_000)
    settle(200)  # let the layout place the item before the tap lands on it
    click(window, name)


def has_item(window: QQuickWindow, name: str) -> bool:
    try:
        return find_item(window, name).width() > 0
    except LookupError:
        return False


def test_place_remove_and_pay_from_the_panel(qapp, qtbot, identity):
    reader = EmulatedCardReader()
    unit = EmulatedPaymentUnit()
    opened = {"card_reader": reader, "payment": unit}
    engine = QQmlApplicationEngine()
    panel = open_demo_panel(engine, identity, opened.get)
    window = panel.window
    assert isinstance(window, QQuickWindow) and window.title() == "Demo devices"
    qtbot.waitExposed(window)
    events = []
    reader.subscribe(lambda event: events.append(event.kind.value))

    tap(qtbot, window, "place_0")
    qtbot.waitUntil(reader.card_present, timeout=10_000)
    with reader.transaction() as channel:
        assert channel.atr == identity.cards[0].load().atr
    assert panel.devices.placed == 0

    tap(qtbot, window, "place_1")  # another card: the first comes off
    qtbot.waitUntil(lambda: panel.devices.placed == 1, timeout=10_000)
    assert events[-2:] == ["card_removed", "card_inserted"]

    tap(qtbot, window, "removeCard")
    qtbot.waitUntil(lambda: not reader.card_present(), timeout=10_000)
    assert panel.devices.placed == -1

    tap(qtbot, window, "insert1000")  # no payment waits: the note comes back to the tray
    qtbot.waitUntil(lambda: unit.tray == [1000], timeout=10_000)
    tap(qtbot, window, "tapIc")
    qtbot.waitUntil(lambda: unit.cards.get(DEMO_IC_CARD) == DEMO_IC_BALANCE_YEN, timeout=10_000)
    assert "5,000" in panel.devices.status
    panel.close()
    engine.deleteLater()


def test_the_panel_says_when_the_devices_are_not_open(qapp, identity):
    engine = QQmlApplicationEngine()
    panel = open_demo_panel(engine, identity, lambda _kind: None)
    panel.devices.place(0)
    assert "not open yet" in panel.devices.status
    panel.devices.tapIcCard()
    assert "payment unit" in panel.devices.status
    panel.close()
    engine.deleteLater()


def test_headphones_plug_in_and_out_from_the_panel(qapp, qtbot, identity):
    jack = EmulatedJack()
    heard = []
    jack.subscribe(heard.append)
    engine = QQmlApplicationEngine()
    panel = open_demo_panel(engine, identity, lambda _kind: None, jack)
    qtbot.waitExposed(panel.window)
    tap(qtbot, panel.window, "headphones")
    qtbot.waitUntil(jack.plugged, timeout=10_000)
    assert panel.devices.headphones and "plugged in" in panel.devices.status
    tap(qtbot, panel.window, "headphones")
    qtbot.waitUntil(lambda: not jack.plugged(), timeout=10_000)
    assert heard == [True, False]
    panel.close()
    engine.deleteLater()
