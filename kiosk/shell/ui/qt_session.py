"""QtSession: the session state machine as properties and slots for QML."""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from pathlib import Path

from PySide6.QtCore import Property, QObject, QTimer, QUrl, Signal, Slot

from kiosk.shell import messages
from kiosk.shell.core.idle import IdlePhase
from kiosk.shell.core.screens import Screen
from kiosk.shell.core.session import Change, Session
from kiosk.shell.ui.wording import tr

SCREENS_DIR = Path(__file__).resolve().parent.parent / "qml" / "Kiosk" / "screens"


class QtSession(QObject):
    """Wraps one :class:`Session`; drives its idle clock with a timer on the UI thread."""

    screenChanged = Signal()
    languageChanged = Signal()
    accessibilityChanged = Signal()
    idleChanged = Signal()
    faultChanged = Signal()
    navigationChanged = Signal()  # where Back, Home and Finish may go

    def __init__(
        self,
        session: Session,
        *,
        terminal_id: str,
        attract_slide_s: float = 8.0,
        clock: Callable[[], float] = time.monotonic,
        service_screens: Mapping[str, Path] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._terminal_id = terminal_id
        self._attract_slide_ms = round(attract_slide_s * 1000)
        self._clock = clock
        self._service_screens = dict(service_screens or {})
        session.subscribe(self._on_change)
        for flow in session.flows.values():
            flow.subscribe(self.navigationChanged.emit)
        self._timer = QTimer(self)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.tick)
        self._timer.start()

    @property
    def core(self) -> Session:
        """The wrapped session."""
        return self._session

    def _on_change(self, change: Change) -> None:
        signal = {
            Change.SCREEN: self.screenChanged,
            Change.LANGUAGE: self.languageChanged,
            Change.ACCESSIBILITY: self.accessibilityChanged,
            Change.IDLE: self.idleChanged,
        }.get(change)
        if signal is not None:
            signal.emit()
        if change in (Change.SCREEN, Change.LANGUAGE):
            self.faultChanged.emit()
            self.navigationChanged.emit()

    # -- properties -----------------------------------------------------------------------

    @Property(str, notify=screenChanged)
    def screen(self) -> str:
        """The shell's screen ('Attract', 'Home', 'OutOfService'), or the open service's id."""
        if self._session.screen is Screen.SERVICE:
            return self._session.service_id
        return self._session.screen.value

    @Property(str, notify=screenChanged)
    def screenSource(self) -> str:
        """The URL of the QML file that shows the current screen."""
        if self._session.screen is Screen.SERVICE:
            path = self._service_screens[self._session.service_id]
        else:
            path = SCREENS_DIR / f"{self._session.screen.value}Screen.qml"
        return QUrl.fromLocalFile(str(path)).toString()

    @Property(bool, notify=screenChanged)
    def inSession(self) -> bool:
        """True while a resident uses the kiosk."""
        return self._session.screen.in_session

    @Property(bool, notify=navigationChanged)
    def canGoBack(self) -> bool:
        """True when Back has somewhere to go (a previous step or screen) and may go there."""
        return self._session.can_go_back

    @Property(bool, notify=navigationChanged)
    def canLeave(self) -> bool:
        """False while a flow holds the resident (paying, printing): no Back, Home or Finish."""
        return self._session.can_leave

    @Property(str, notify=languageChanged)
    def language(self) -> str:
        """The session's language code."""
        return self._session.language

    @Property(bool, notify=accessibilityChanged)
    def largeText(self) -> bool:
        """Large-text mode."""
        return self._session.accessibility.large_text

    @Property(bool, notify=accessibilityChanged)
    def highContrast(self) -> bool:
        """High-contrast theme."""
        return self._session.accessibility.high_contrast

    @Property(bool, notify=accessibilityChanged)
    def lowReach(self) -> bool:
        """Low-reach layout: every control in the lower part of the screen."""
        return self._session.accessibility.low_reach

    @Property(bool, notify=accessibilityChanged)
    def speech(self) -> bool:
        """Speech output."""
        return self._session.accessibility.speech

    @Property(bool, notify=idleChanged)
    def idleWarning(self) -> bool:
        """True while the 'Do you need more time?' warning shows."""
        return self._session.idle_phase is IdlePhase.WARNING

    @Property(int, notify=idleChanged)
    def secondsLeft(self) -> int:
        """Seconds until the session is wiped, while the warning shows."""
        return self._session.seconds_left(self._clock())

    @Property(str, notify=faultChanged)
    def fault(self) -> str:
        """Message key of the fatal problem behind the out-of-service screen."""
        return self._session.fault

    @Property(str, notify=faultChanged)
    def faultText(self) -> str:
        """The fatal problem, in the session's language."""
        return tr(messages.fault(self._session.fault))

    @Property(str, constant=True)
    def terminalId(self) -> str:
        """This terminal's id, shown on the out-of-service screen."""
        return self._terminal_id

    @Property(int, constant=True)
    def attractSlideMs(self) -> int:
        """How long each attract-loop slide shows, in milliseconds."""
        return self._attract_slide_ms

    # -- intents --------------------------------------------------------------------------

    @Slot()
    def start(self) -> None:
        """Begin a session (a touch on the attract loop)."""
        self._session.start(self._clock())

    @Slot(str)
    def openService(self, service_id: str) -> None:
        """Open a service from its home tile."""
        self._session.open_service(service_id)

    def showService(self, service_id: str, item: str = "") -> None:
        """Open a service (at ``item``) from wherever the resident is, leaving the one open."""
        self._session.show_service(service_id, self._clock(), item)

    def now(self) -> float:
        """The session's monotonic clock."""
        return self._clock()

    @Slot()
    def back(self) -> None:
        """Previous screen."""
        self._session.back()

    @Slot()
    def home(self) -> None:
        """Home screen."""
        self._session.home()

    @Slot()
    def finish(self) -> None:
        """End the session now and wipe it (never while money is at stake)."""
        if self._session.can_leave:
            self._session.end()

    @Slot(str)
    def setLanguage(self, code: str) -> None:
        """Switch the language."""
        self._session.set_language(code)

    @Slot(str)
    def toggle(self, mode: str) -> None:
        """Switch one accessibility mode ('large_text', 'high_contrast', 'low_reach', 'speech')."""
        self._session.toggle_accessibility(mode)

    @Slot()
    def extend(self) -> None:
        """'I need more time'."""
        self._session.extend(self._clock())

    @Slot()
    def activity(self) -> None:
        """The resident touched or typed."""
        self._session.activity(self._clock())

    @Slot()
    def tick(self) -> None:
        """Advance the idle countdown."""
        self._session.tick(self._clock())

    def fail(self, fault: str) -> None:
        """Show the out-of-service screen for ``fault`` (a message key)."""
        self._session.fail(fault)

    def resume(self, fault: str) -> None:
        """Leave the out-of-service screen if ``fault`` put it there."""
        self._session.resume(fault)
