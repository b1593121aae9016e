"""QtTechnician: the technician's menu for QML, and the hidden gesture as an event filter."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Property, QEvent, QObject, QPointF, QTimer, Signal, Slot
from PySide6.QtGui import QMouseEvent, QTouchEvent, QWindow

from kiosk.shell.ui.qt_session import QtSession
from kiosk.technician import messages as m
from kiosk.technician.core.access import PIN_DIGITS
from kiosk.technician.ui.gesture import CornerTaps
from kiosk.technician.ui.menu import TOUCH_COLUMNS, TOUCH_ROWS, Page, TechnicianMenu

_PRESS = {QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin}
_FOLLOW = {
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.MouseMove,
    QEvent.Type.TouchUpdate,
    QEvent.Type.TouchEnd,
}


def _position(event: QEvent) -> QPointF | None:
    """Where a press or touch is, in window coordinates."""
    if isinstance(event, QMouseEvent):
        return event.scenePosition()
    if isinstance(event, QTouchEvent) and event.points():
        return event.points()[0].scenePosition()
    return None


class QtTechnician(QObject):
    """Wraps one :class:`TechnicianMenu`; its QML is the overlay over every screen.

    An event filter on the kiosk window (:meth:`watch`): between residents' sessions, taps in
    the gesture's corner are taken (they do not start a session) and counted; while the menu is
    open every touch pushes its idle exit back.
    """

    changed = Signal()

    def __init__(
        self,
        menu: TechnicianMenu,
        session: QtSession,
        *,
        gesture: CornerTaps | None = None,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._menu = menu
        self._session = session
        self._gesture = gesture or CornerTaps()
        self._clock = clock
        self._taking = False  # a press in the corner was taken: take what follows it too
        self._window: QWindow | None = None
        menu.subscribe(self.changed.emit)
        self._timer = QTimer(self)
        self._timer.setInterval(500)
        self._timer.timeout.connect(self.tick)
        self._timer.start()

    @property
    def menu(self) -> TechnicianMenu:
        """The wrapped menu (tests and the tour)."""
        return self._menu

    # -- the gesture ----------------------------------------------------------------------

    def watch(self, window: QWindow) -> None:
        """Look for the gesture on ``window`` (the kiosk's, not another window of the app)."""
        self._window = window
        window.installEventFilter(self)

    def unwatch(self) -> None:
        """Stop looking at the window."""
        if self._window is not None:
            self._window.removeEventFilter(self)
            self._window = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Count corner taps between sessions; note touches while the menu is open."""
        kind = event.type()
        if not isinstance(watched, QWindow):
            return False
        if kind in _PRESS and self._menu.is_open:
            self._menu.touched(self._clock())
            return False
        if kind in _FOLLOW and self._taking:
            if kind in (QEvent.Type.MouseButtonRelease, QEvent.Type.TouchEnd):
                self._taking = False
            return True
        if kind not in _PRESS or self._menu.is_open or self._session.inSession:
            return False
        point = _position(event)
        if point is None:
            return False
        if not self._gesture.in_corner(point.x(), point.y()):
            self._gesture.reset()
            return False
        self._taking = True
        if self._gesture.tap(point.x(), point.y(), self._clock()):
            self._menu.gesture(self._clock())
        return True

    # -- properties -----------------------------------------------------------------------

    @Property(bool, notify=changed)
    def open(self) -> bool:
        """True while the PIN pad or the menu shows (the overlay covers the kiosk)."""
        return self._menu.is_open

    @Property(str, notify=changed)
    def page(self) -> str:
        """The page: pin, menu, status, devices, device, … (see :class:`Page`)."""
        return self._menu.page.value

    @Property(str, notify=changed)
    def title(self) -> str:
        """The page's title."""
        return self._menu.view().title

    @Property(str, notify=changed)
    def notice(self) -> str:
        """A line under the title: what just happened or what to do."""
        return self._menu.view().notice

    @Property(bool, notify=changed)
    def noticeBad(self) -> bool:
        """True when the notice tells of a problem (a wrong PIN, a lockout, a failure)."""
        return self._menu.view().notice_bad

    @Property(str, notify=changed)
    def confirm(self) -> str:
        """The question before a confirmed action ('' when none is asked)."""
        return self._menu.view().confirm

    @Property("QVariantList", notify=changed)
    def rows(self) -> list[dict[str, Any]]:
        """The page's lines: label, value, bad."""
        return [{"label": r.label, "value": r.value, "bad": r.bad} for r in self._menu.view().rows]

    @Property("QVariantList", notify=changed)
    def buttons(self) -> list[dict[str, Any]]:
        """The page's buttons: id, label, kind (normal, danger, selected)."""
        return [{"id": b.id, "label": b.label, "kind": b.kind} for b in self._menu.view().buttons]

    @Property(bool, notify=changed)
    def busy(self) -> bool:
        """True while an action runs."""
        return self._menu.busy

    @Property(str, notify=changed)
    def pinMask(self) -> str:
        """One dot per digit entered; the digits never reach QML."""
        return "●" * len(self._menu.pin)

    @Property(int, constant=True)
    def pinMaxLength(self) -> int:
        """The most digits a PIN has."""
        return PIN_DIGITS[1]

    @Property(str, notify=changed)
    def banner(self) -> str:
        """The maintenance banner residents see while the menu is open."""
        return self._menu.words(m.BANNER)

    @Property("QVariantMap", notify=changed)
    def labels(self) -> dict[str, str]:
        """The fixed words of the PIN pad and the screen tests, in the menu's language."""
        w = self._menu.words
        return {
            "ok": w(m.OK),
            "erase": w(m.ERASE),
            "cancel": w(m.CANCEL),
            "busy": w(m.BUSY),
            "placeholder": w(m.KEYBOARD_PLACEHOLDER),
        }

    @Property(int, constant=True)
    def touchColumns(self) -> int:
        """Columns of the touch grid."""
        return TOUCH_COLUMNS

    @Property(int, constant=True)
    def touchRows(self) -> int:
        """Rows of the touch grid."""
        return TOUCH_ROWS

    @Property("QVariantList", notify=changed)
    def touchedCells(self) -> list[bool]:
        """For each square of the touch grid, whether it was touched."""
        cells = self._menu.touched_cells
        return [i in cells for i in range(TOUCH_COLUMNS * TOUCH_ROWS)]

    # -- intents --------------------------------------------------------------------------

    @Slot(str)
    def digit(self, digit: str) -> None:
        """A PIN pad digit."""
        self._menu.press_digit(digit, self._clock())

    @Slot()
    def erase(self) -> None:
        """Erase the last digit."""
        self._menu.erase(self._clock())

    @Slot()
    def submit(self) -> None:
        """Check the PIN."""
        self._menu.submit(self._clock())

    @Slot()
    def cancel(self) -> None:
        """Leave the PIN pad or the menu."""
        self._menu.close()

    @Slot(str)
    def press(self, button: str) -> None:
        """A page's button, by its id."""
        self._menu.press(button, self._clock())

    @Slot(int)
    def touchCell(self, index: int) -> None:
        """A square of the touch grid was touched."""
        self._menu.touch_cell(index, self._clock())

    @Slot()
    def tick(self) -> None:
        """Idle exit and live device state."""
        self._menu.tick(self._clock())

    def gesture(self) -> None:
        """Make the hidden gesture (the tour and tests)."""
        self._menu.gesture(self._clock())

    @property
    def showing(self) -> Page:
        """The page shown now."""
        return self._menu.page
