"""The tactile keypad on the kiosk window: moves the focus, presses, goes back, says the help.

The keys' meaning, the reading order and the words are decided in
:mod:`kiosk.shell.core.keypad`; this filter finds the controls of the screen shown now and
carries the decisions out on them.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QEvent, QMetaObject, QObject, QPointF, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtQuick import QQuickItem, QQuickWindow

from kiosk.shell.core import keypad
from kiosk.shell.core.keypad import Action, Box, Focus
from kiosk.shell.ui.qt_session import QtSession
from kiosk.shell.ui.wording import tr


class Speaker(Protocol):
    """What the keypad needs of ``App.speech`` (either speech output)."""

    def focused(self, name: str) -> None:
        """Say a control's name (speech mode only)."""
        ...

    def alert(self, text: str) -> None:
        """Say ``text`` whatever the mode."""
        ...

    def stop(self) -> None:
        """Stop speaking."""
        ...


# The frame's quiet ways out in the header's corner: the focus starts after them.
_CORNER = {"homeButton", "finishButton"}


def _shown(item: QQuickItem) -> bool:
    return item.isVisible() and item.opacity() > 0 and item.width() > 0 and item.height() > 0


def _is_text_field(item: QQuickItem) -> bool:
    return item.inherits("QQuickTextInput") or item.inherits("QQuickTextEdit")


def _flag(item: QQuickItem, name: str) -> bool:
    return bool(item.property(name))


def _within(item: QQuickItem | None, name: str) -> QQuickItem | None:
    """``item`` or its nearest ancestor whose property ``name`` is true."""
    while item is not None:
        if _flag(item, name):
            return item
        item = item.parentItem()
    return None


def _scroll_into_view(item: QQuickItem) -> None:
    """Scroll each list that holds ``item`` so that all of it is in view."""
    parent = item.parentItem()
    while parent is not None:
        if parent.inherits("QQuickFlickable"):
            content = parent.property("contentItem")
            top = item.mapToItem(content, QPointF(0, 0)).y()
            shown_top = float(parent.property("contentY"))
            height = parent.height()
            if top < shown_top:
                target = top
            elif top + item.height() > shown_top + height:
                target = top + min(item.height(), height) - height
            else:
                target = shown_top
            highest = max(0.0, float(parent.property("contentHeight")) - height)
            parent.setProperty("contentY", max(0.0, min(highest, target)))
        parent = parent.parentItem()


class QtKeypad(QObject):
    """An event filter on the kiosk window for a kiosk keypad (or any keyboard)."""

    #: The volume level changed (1 to :data:`keypad.VOLUME_STEPS`).
    volumeChanged = Signal(int)

    def __init__(
        self,
        session: QtSession,
        speech: Speaker,
        window: QQuickWindow,
        parent: QObject | None = None,
        keys: dict[int, Action] = keypad.KEYMAP,
    ) -> None:
        super().__init__(parent)
        self._keys = keys
        self._session = session
        self._speech = speech
        self._window = window
        self.volume = keypad.VOLUME_STEPS * 7 // 10
        window.installEventFilter(self)

    # -- what is on the screen ------------------------------------------------------------

    def _layer(self) -> QQuickItem:
        """Where the controls are now: an open panel (modal) or the whole window."""
        top: QQuickItem = self._window.contentItem()
        found: list[QQuickItem] = []

        def walk(item: QQuickItem) -> None:
            if not item.isVisible():
                return
            if _flag(item, "modal"):
                found.append(item)
            for child in item.childItems():
                walk(child)

        walk(top)
        return max(found, key=lambda i: i.z()) if found else top

    def stops(self) -> list[QQuickItem]:
        """The controls the focus visits on this screen, in reading order."""
        items: list[QQuickItem] = []

        def walk(item: QQuickItem) -> None:
            if not item.isVisible() or item.objectName() == "keyboard":
                return
            if item.activeFocusOnTab() and item.isEnabled() and _shown(item):
                items.append(item)
            for child in item.childItems():
                walk(child)

        walk(self._layer())
        boxes = []
        for item in items:
            corner = item.mapToScene(QPointF(0, 0))
            boxes.append(Box(corner.x(), corner.y(), item.width(), item.height()))
        return [items[i] for i in keypad.reading_order(boxes)]

    def _focus(self) -> Focus:
        item = self._window.activeFocusItem()
        if item is None:
            return Focus()
        return Focus(
            secret_entry=_within(item, "secretEntry") is not None,
            text_field=_is_text_field(item),
        )

    # -- the keys -------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Carry out the keypad's keys; leave every other key to the screen."""
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if event.modifiers() & ~(
            Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier
        ):
            return False
        action = keypad.decide(event.key(), event.text(), self._focus(), self._keys)
        return self.press(action, event.text())

    def press(self, action: Action, text: str = "") -> bool:
        """Do ``action``; True when the keypad used the key (the screen does not see it)."""
        if action is Action.PASS:
            return False
        if action is Action.SECRET:
            if len(text) == 1 and text in keypad.DIGITS:
                self._speech.focused(tr(keypad.ENTERED))
            return False  # the entry takes the key itself
        if action in (Action.VOLUME_UP, Action.VOLUME_DOWN):
            self._change_volume(action is Action.VOLUME_UP)
            return True
        if not self._session.inSession:
            if action in (Action.ACTIVATE, Action.NEXT, Action.PREVIOUS, Action.HELP):
                self._session.start()
                return True
            return False
        if action is Action.HELP:
            self.help()
        elif action is Action.BACK:
            self._back()
        elif action is Action.ACTIVATE:
            return self._activate()
        else:
            self.move(forward=action is Action.NEXT)
        return True

    def move(self, forward: bool) -> None:
        """Give the focus to the next (or previous) control and let it say its name."""
        stops = self.stops()
        current = self._window.activeFocusItem()
        index = next((i for i, s in enumerate(stops) if s is current), None)
        if index is None and stops:
            # Where a screen starts: its content, after the corner's ways out.
            starts = [i for i, s in enumerate(stops) if s.objectName() not in _CORNER]
            index = (starts[0] if forward else starts[-1]) if starts else 0
            chosen = stops[index]
        else:
            target = keypad.step(len(stops), index, forward)
            if target is None:
                self._speech.alert(tr(keypad.NOTHING_TO_PRESS))
                return
            chosen = stops[target]
        chosen.forceActiveFocus(Qt.FocusReason.TabFocusReason)
        _scroll_into_view(chosen)
        if _flag(chosen, "secretEntry"):
            self._speech.focused(str(chosen.property("instructions") or ""))

    def _activate(self) -> bool:
        item = self._window.activeFocusItem()
        if item is None or _within(item, "secretEntry") is not None:
            return False
        if item.inherits("QQuickAbstractButton"):
            if item.isEnabled():
                QMetaObject.invokeMethod(item, "click")
            return True
        return False

    def _back(self) -> None:
        layer = self._layer()
        if _flag(layer, "modal"):
            QMetaObject.invokeMethod(layer, "closed")
        elif self._session.canGoBack:
            self._session.back()

    def _frame(self) -> QQuickItem | None:
        found: list[QQuickItem] = []

        def walk(item: QQuickItem) -> None:
            if not item.isVisible() or found:
                return
            if item.property("actionDock") is not None:
                found.append(item)
                return
            for child in item.childItems():
                walk(child)

        walk(self._window.contentItem())
        return found[0] if found else None

    def help(self) -> None:
        """Say the screen's title and instructions (in speech mode its text), then the keys."""
        frame = self._frame()
        lines = []
        if frame is not None:
            lines = keypad.help_lines(
                str(frame.property("title") or ""), str(frame.property("instructions") or "")
            )
            if self._session.speech:  # the screen's own words may be the resident's data
                lines += [t for t in self._texts(frame) if t not in lines]
        self._speech.alert(" ".join([*lines, tr(keypad.HOW_TO)]))

    def _texts(self, frame: QQuickItem) -> list[str]:
        """The words shown in the frame's content, outside its buttons, in reading order."""
        content = next((c for c in frame.childItems() if c.objectName() == "screenContent"), None)
        if content is None:
            return []
        found: list[tuple[QQuickItem, str]] = []

        def walk(item: QQuickItem) -> None:
            if not _shown(item) or item.inherits("QQuickAbstractButton"):
                return
            text = str(item.property("text") or "") if item.inherits("QQuickText") else ""
            if text.strip():
                found.append((item, text.strip()))
            for child in item.childItems():
                walk(child)

        walk(content)
        boxes = []
        for item, _text in found:
            corner = item.mapToScene(QPointF(0, 0))
            boxes.append(Box(corner.x(), corner.y(), item.width(), item.height()))
        return [found[i][1] for i in keypad.reading_order(boxes)]

    def _change_volume(self, up: bool) -> None:
        self.volume = keypad.volume_step(self.volume, up)
        set_volume = getattr(self._speech, "setVolume", None)
        if callable(set_volume):
            set_volume(self.volume / keypad.VOLUME_STEPS)
        self.volumeChanged.emit(self.volume)
        self._speech.alert(
            tr(keypad.VOLUME)
            .replace("%1", str(self.volume))
            .replace("%2", str(keypad.VOLUME_STEPS))
        )
