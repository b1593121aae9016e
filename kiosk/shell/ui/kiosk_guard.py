"""Keeps residents inside the kiosk: no closing, no escaping shortcuts, activity to the session."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent

_ACTIVITY = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.TouchBegin,
    QEvent.Type.KeyPress,
    QEvent.Type.Wheel,
}

_MODIFIERS_THAT_ESCAPE = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)
_KEYS_THAT_ESCAPE = {
    Qt.Key.Key_F4,
    Qt.Key.Key_F11,
    Qt.Key.Key_Super_L,
    Qt.Key.Key_Super_R,
    Qt.Key.Key_Meta,
    Qt.Key.Key_Menu,
    Qt.Key.Key_Close,
}


def escapes(event: QKeyEvent) -> bool:
    """True for keys that would close, switch away from, or reconfigure the window."""
    if event.key() in _KEYS_THAT_ESCAPE:
        return True
    # Ctrl/Alt/Meta chords (Ctrl+Q, Ctrl+W, Alt+Tab, Alt+F4 …) mean nothing on a kiosk.
    return bool(event.modifiers() & _MODIFIERS_THAT_ESCAPE)


class KioskGuard(QObject):
    """An application-wide event filter installed by the kiosk in kiosk mode."""

    def __init__(self, on_activity: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_activity = on_activity
        self.allow_close = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Swallow closes and escaping keys; report presses as activity."""
        kind = event.type()
        if kind == QEvent.Type.Close and not self.allow_close:
            event.ignore()
            return True
        is_key = kind in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride)
        if is_key and isinstance(event, QKeyEvent) and escapes(event):
            return True
        if kind in _ACTIVITY:
            self._on_activity()
        return False
