"""The demo's "Demo devices" window: place or remove a demo card, pay, plug in headphones,
and have the city's disaster desk issue an alert.

Only ``machikado demo`` opens it. It drives the emulated devices the device monitor opened
(the in-process card reader and the payment unit) through their own scripting methods, as a
resident's hands would; the kiosk sees the same events a real reader and cash unit give.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Property, QObject, QTimer, QUrl, Signal, Slot
from PySide6.QtQml import QQmlComponent, QQmlEngine

from devices.audio_jack.emulator import EmulatedJack
from devices.errors import DeviceError
from devices.smartcard.emulator.card import EmulatedCard
from kiosk.demo.setup import DEMO_PIN, DemoIdentity

log = logging.getLogger(__name__)

QML_FILE = Path(__file__).parent / "qml" / "DemoDevices" / "DemoPanel.qml"
DEMO_IC_CARD = "DEMO-IC-0001"
DEMO_IC_BALANCE_YEN = 5000
IC_TAP_MS = 1500

DeviceLookup = Callable[[str], Any]


class DemoDevices(QObject):
    """What the panel's buttons do; ``device(kind)`` gives the open device or None."""

    changed = Signal()

    def __init__(
        self,
        identity: DemoIdentity,
        device: DeviceLookup,
        parent: QObject | None = None,
        jack: object = None,
    ) -> None:
        super().__init__(parent)
        self._identity = identity
        self._device = device
        self._jack = jack if isinstance(jack, EmulatedJack) else None
        self._cards: dict[int, EmulatedCard] = {}  # built once: PIN tries count across visits
        self._placed = -1
        self._status = ""

    def _say(self, status: str) -> None:
        self._status = status
        self.changed.emit()

    @Property("QVariantList", constant=True)
    def cards(self) -> list[dict[str, str]]:
        """Each demo card: the name on it and what its resident may get."""
        return [
            {
                "name": card.name,
                "offers": f"{card.offers.get('ja', '')} / {card.offers.get('en', '')}",
            }
            for card in self._identity.cards
        ]

    @Property(str, constant=True)
    def pin(self) -> str:
        """The PIN of every demo card."""
        return DEMO_PIN

    @Property(int, notify=changed)
    def placed(self) -> int:
        """The index of the card on the reader, -1 when none."""
        return self._placed

    @Property(str, notify=changed)
    def status(self) -> str:
        """What the last button did, or why it could not."""
        return self._status

    def _reader(self) -> Any:
        reader = self._device("card_reader")
        if reader is None or not hasattr(reader, "insert"):
            self._say("The emulated card reader is not open yet.")
            return None
        return reader

    def _payment(self) -> Any:
        unit = self._device("payment")
        if unit is None or not hasattr(unit, "present_card"):
            self._say("The emulated payment unit is not open yet.")
            return None
        return unit

    @Slot(int)
    def place(self, index: int) -> None:
        """Put demo card ``index`` on the reader (the card there before is taken away)."""
        reader = self._reader()
        if reader is None or not 0 <= index < len(self._identity.cards):
            return
        card = self._cards.get(index)
        try:
            if card is None:
                card = self._cards[index] = self._identity.cards[index].load().build()
            reader.insert(card)
        except (DeviceError, ValueError) as err:
            log.warning("demo card could not be placed: %s", type(err).__name__)
            self._say("The card could not be placed.")
            return
        self._placed = index
        self._say(f"Card {index + 1} is on the reader.")

    @Slot()
    def remove(self) -> None:
        """Take the card off the reader."""
        reader = self._reader()
        if reader is None:
            return
        try:
            reader.remove()
        except DeviceError as err:
            log.warning("demo card could not be removed: %s", err.key)
        self._placed = -1
        self._say("The reader is empty.")

    @Slot(int)
    def insertCash(self, yen: int) -> None:
        """Insert a coin or note (it falls back into the tray unless a payment waits)."""
        unit = self._payment()
        if unit is None:
            return
        try:
            unit.insert(yen)
        except (DeviceError, ValueError) as err:
            log.warning("demo cash refused: %s", type(err).__name__)
            self._say("The payment unit refused that.")
            return
        self._say(f"Inserted ¥{yen:,}.")

    @Slot()
    def tapIcCard(self) -> None:
        """Hold the demo IC card to the reader for a moment (¥5,000 on it at first)."""
        unit = self._payment()
        if unit is None:
            return
        known = DEMO_IC_CARD in getattr(unit, "cards", {})
        unit.present_card(DEMO_IC_CARD, None if known else DEMO_IC_BALANCE_YEN)
        QTimer.singleShot(IC_TAP_MS, self, unit.remove_card)
        balance = getattr(unit, "cards", {}).get(DEMO_IC_CARD)
        self._say(f"IC card held to the reader (balance ¥{balance:,})." if balance else "")

    @Property(bool, notify=changed)
    def hasJack(self) -> bool:
        """True when the kiosk's headphone jack is the emulated one."""
        return self._jack is not None

    @Property(bool, notify=changed)
    def headphones(self) -> bool:
        """True while the demo headphones are plugged in."""
        return self._jack is not None and self._jack.plugged()

    @Slot()
    def toggleHeadphones(self) -> None:
        """Plug the demo headphones into the jack, or pull them out."""
        if self._jack is None:
            return
        if self._jack.plugged():
            self._jack.unplug()
            self._say("Headphones unplugged: speech stops.")
        else:
            self._jack.plug()
            self._say("Headphones plugged in: the kiosk speaks; use the arrow keys and Enter.")


class DemoPanel:
    """The open window and the object behind it (kept alive together)."""

    def __init__(self, devices: DemoDevices, window: QObject, component: QQmlComponent) -> None:
        self.devices = devices
        self.window = window
        self._component = component

    def close(self) -> None:
        """Close the window."""
        self.window.close()
        self.window.deleteLater()


def open_demo_panel(
    engine: QQmlEngine,
    identity: DemoIdentity,
    device: DeviceLookup,
    jack: object = None,
    desk: QObject | None = None,
) -> DemoPanel:
    """Show the "Demo devices" window on ``engine``; raises RuntimeError if its QML fails.

    ``jack``, when it is the emulated headphone jack, gets a button to plug headphones in;
    ``desk`` (the city's disaster desk) buttons to issue and cancel city alerts.
    """
    devices = DemoDevices(identity, device, engine, jack=jack)
    component = QQmlComponent(engine, QUrl.fromLocalFile(str(QML_FILE)))
    window = component.createWithInitialProperties({"devices": devices, "desk": desk})
    if window is None:
        raise RuntimeError(
            "the demo panel's QML did not load: "
            + "; ".join(e.toString() for e in component.errors())
        )
    QQmlEngine.setObjectOwnership(window, QQmlEngine.ObjectOwnership.CppOwnership)
    return DemoPanel(devices, window, component)
