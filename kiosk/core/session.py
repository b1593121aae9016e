"""The kiosk session: which screen shows, the resident's choices, idle timeout and the wipe."""

from __future__ import annotations

import enum
import logging
from collections.abc import Callable

from content.notices import NoticeBoard
from kiosk.core.accessibility import Accessibility
from kiosk.core.certificate.flow import CertificateFlow, Step
from kiosk.core.idle import IdlePhase, IdleTimer
from kiosk.core.notice_browser import NoticeBrowser
from kiosk.core.screens import Screen
from kiosk.core.services import ServiceRegistry

log = logging.getLogger(__name__)


class Change(enum.Enum):
    """What changed, so the UI updates only what it must."""

    SCREEN = "screen"
    LANGUAGE = "language"
    ACCESSIBILITY = "accessibility"
    IDLE = "idle"
    NOTICES = "notices"
    SERVICES = "services"


class EndReason(enum.Enum):
    """Why a session ended (logged; never with personal data)."""

    FINISHED = "finished"
    IDLE_TIMEOUT = "idle_timeout"


Listener = Callable[[Change], None]


class Session:
    """One resident's use of the kiosk, from the first touch to the wipe.

    Pure state: the caller feeds it intents and a monotonic ``now``; it tells listeners what
    changed. Everything personal lives here or in a registered wipe hook, and ``end`` drops it.
    """

    def __init__(
        self,
        *,
        languages: tuple[str, ...],
        default_language: str,
        services: ServiceRegistry,
        notices: NoticeBrowser,
        idle: IdleTimer,
        certificate: CertificateFlow | None = None,
    ) -> None:
        self.languages = languages
        self.default_language = default_language
        self.services = services
        self.notices = notices
        self.idle = idle
        self.screen = Screen.ATTRACT
        self.language = default_language
        self.accessibility = Accessibility()
        self.idle_phase = IdlePhase.ACTIVE
        self.fault = ""
        self.sessions_started = 0
        self._history: list[Screen] = []
        self._listeners: list[Listener] = []
        self._wipe_hooks: list[Callable[[], None]] = [notices.reset]
        self.certificate = certificate
        if certificate is not None:
            self._wipe_hooks.append(certificate.reset)
            certificate.on_leave(self.home)

    # -- observers ------------------------------------------------------------------------

    def subscribe(self, listener: Listener) -> None:
        """Call ``listener`` with a :class:`Change` after every change."""
        self._listeners.append(listener)

    def add_wipe_hook(self, hook: Callable[[], None]) -> None:
        """Call ``hook`` when a session ends, to drop whatever it holds for the resident."""
        self._wipe_hooks.append(hook)

    def _emit(self, *changes: Change) -> None:
        for change in changes:
            for listener in list(self._listeners):
                listener(change)

    # -- navigation -----------------------------------------------------------------------

    def start(self, now: float) -> None:
        """A touch on the attract loop: a new session begins on the home screen."""
        if self.screen is not Screen.ATTRACT:
            return
        self.sessions_started += 1
        self.idle.restart(now)
        self.idle_phase = IdlePhase.ACTIVE
        self._history.clear()
        self._go(Screen.HOME)
        log.info("session started")

    def open_service(self, service_id: str) -> bool:
        """Open a service from its tile; False (and nothing happens) if it cannot serve now."""
        if self.screen is not Screen.HOME:
            return False
        try:
            status = self.services.status(service_id)
        except KeyError:
            return False
        if not status.available:
            return False
        if status.spec.entry is Screen.CERTIFICATE:
            if self.certificate is None:
                return False
            self.certificate.begin(self.language)
        self._push(status.spec.entry)
        return True

    def open_notice(self, notice_id: str) -> bool:
        """Show one notice in full; False if there is no such notice."""
        if self.screen is not Screen.NOTICES:
            return False
        try:
            self.notices.board.notice(notice_id)
        except KeyError:
            return False
        self.notices.selected = notice_id
        self._push(Screen.NOTICE_DETAIL)
        return True

    def replace_board(self, board: NoticeBoard) -> None:
        """New city notices arrived: show them; a notice that was withdrawn closes."""
        self.notices.board = board
        self.services.data.names.add("notices")
        selected = self.notices.selected
        if selected is not None and all(n.id != selected for n in board.notices):
            self.notices.selected = None
            if self.screen is Screen.NOTICE_DETAIL:
                self.back()
        self._emit(Change.NOTICES, Change.SERVICES)

    def search_notices(self, query: str) -> None:
        """Filter the notice list by ``query``."""
        if query != self.notices.query:
            self.notices.query = query
            self._emit(Change.NOTICES)

    @property
    def _in_flow(self) -> CertificateFlow | None:
        if self.screen is Screen.CERTIFICATE and self.certificate is not None:
            return self.certificate
        return None

    @property
    def can_leave(self) -> bool:
        """False while a flow holds the resident (paying, printing): no Back, Home or Finish."""
        flow = self._in_flow
        return flow is None or flow.can_leave

    @property
    def can_go_back(self) -> bool:
        """True when :meth:`back` has somewhere to go (not once certificates are printed)."""
        flow = self._in_flow
        if flow is not None and flow.step in (Step.TAKE_DOCUMENTS, Step.RECEIPT):
            return False
        return bool(self._history) and self.can_leave

    def back(self) -> None:
        """Return to the previous step of a flow, or the previous screen of this session."""
        flow = self._in_flow
        if flow is not None:
            if not flow.can_leave or flow.back():
                return
            flow.reset()
        if self._history:
            self._go(self._history.pop())

    def home(self) -> None:
        """Return to the home screen of this session."""
        if self.screen.in_session and self.screen is not Screen.HOME and self.can_leave:
            flow = self._in_flow
            self._history.clear()
            self._go(Screen.HOME)
            if flow is not None:
                flow.reset()

    def _push(self, screen: Screen) -> None:
        self._history.append(self.screen)
        self._go(screen)

    def _go(self, screen: Screen) -> None:
        if screen is not self.screen:
            self.screen = screen
            self._emit(Change.SCREEN)

    # -- the resident's choices -------------------------------------------------------------

    def set_language(self, code: str) -> None:
        """Switch the language for the rest of this session; unknown codes are ignored."""
        if code in self.languages and code != self.language:
            self.language = code
            if self.certificate is not None:
                self.certificate.set_language(code)
            self._emit(Change.LANGUAGE, Change.NOTICES)

    def toggle_accessibility(self, mode: str) -> None:
        """Switch one accessibility mode on or off for the rest of this session."""
        self.accessibility = self.accessibility.toggled(mode)
        self._emit(Change.ACCESSIBILITY)

    # -- time -----------------------------------------------------------------------------

    def activity(self, now: float) -> None:
        """The resident touched or typed: push the idle timeout back, unless already warned.

        Once the warning shows, only its own button (:meth:`extend`) keeps the session.
        """
        if self.screen.in_session and self.idle_phase is IdlePhase.ACTIVE:
            self.idle.restart(now)

    def extend(self, now: float) -> None:
        """'I need more time': dismiss the warning and start the countdown over."""
        if self.screen.in_session:
            self.idle.restart(now)
            self._set_idle(IdlePhase.ACTIVE)

    def tick(self, now: float) -> None:
        """Advance the idle countdown; ends the session when it expires."""
        if not self.screen.in_session:
            return
        flow = self._in_flow
        if flow is not None:
            flow.tick(now)
            if flow.busy:
                # The resident waits for the kiosk (reading, paying, printing): no timeout.
                self.idle.restart(now)
        phase = self.idle.phase(now)
        if phase is IdlePhase.EXPIRED:
            self.end(EndReason.IDLE_TIMEOUT)
        elif phase is not self.idle_phase:
            self._set_idle(phase)
        elif phase is IdlePhase.WARNING:
            self._emit(Change.IDLE)  # the countdown moved on

    def seconds_left(self, now: float) -> int:
        """Seconds until the wipe while the warning shows."""
        return self.idle.seconds_left(now)

    def _set_idle(self, phase: IdlePhase) -> None:
        if phase is not self.idle_phase:
            self.idle_phase = phase
            self._emit(Change.IDLE)

    # -- ending ---------------------------------------------------------------------------

    def end(self, reason: EndReason = EndReason.FINISHED) -> None:
        """End the session: wipe everything the resident left and return to the attract loop."""
        if not self.screen.in_session:
            return
        wiped = self._run_wipe_hooks()
        self._history.clear()
        changed = [Change.SCREEN, Change.NOTICES]
        if self.language != self.default_language:
            self.language = self.default_language
            changed.append(Change.LANGUAGE)
        if self.accessibility != Accessibility():
            self.accessibility = Accessibility()
            changed.append(Change.ACCESSIBILITY)
        self.idle_phase = IdlePhase.ACTIVE
        self.screen = Screen.ATTRACT
        log.info("session ended: %s", reason.value)
        self._emit(*changed, Change.IDLE)
        if not wiped:
            # Something may still hold the resident's data: serve nobody until restarted.
            self.fail("software_error")

    def _run_wipe_hooks(self) -> bool:
        """Run every hook even if one fails; False if any failed."""
        ok = True
        for hook in self._wipe_hooks:
            try:
                hook()
            except Exception:
                log.exception("wiping session data failed")
                ok = False
        return ok

    def fail(self, fault: str) -> None:
        """A fatal problem: wipe any session and show the out-of-service screen."""
        self.end(EndReason.FINISHED)
        self.fault = fault
        log.error("out of service: %s", fault)
        self._go(Screen.OUT_OF_SERVICE)
