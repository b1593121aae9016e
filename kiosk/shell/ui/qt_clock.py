"""QtClock: the terminal's time for the screens that show it, formatted in its configured zone."""

from __future__ import annotations

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.shell.core.clock import WallClock
from kiosk.shell.ui.qt_session import QtSession


class QtClock(QObject):
    """The current time as text in the session's language and the terminal's zone.

    QML's own ``Date`` formats in the process's zone; a screen showing the time binds to
    ``now`` and calls ``refresh`` as often as it wants the text to move on.
    """

    changed = Signal()

    def __init__(self, session: QtSession, clock: WallClock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._clock = clock
        session.languageChanged.connect(self.changed)

    @Slot()
    def refresh(self) -> None:
        """Read the clock again: ``now`` changes."""
        self.changed.emit()

    @Property(str, notify=changed)
    def now(self) -> str:
        """Today's date and the time to the second, in the terminal's zone."""
        return self._clock.show(self._clock.now(), self._session.language, seconds=True)
