"""The kiosk session: which screen shows, the resident's choices, idle timeout and the wipe."""

from __future__ import annotations

import enum
import logging
from collections.abc import Callable, Mapping
from typing import cast

from kiosk.shell.core.accessibility import Accessibility
from kiosk.shell.core.flow import OpensItems, ServiceFlow
from kiosk.shell.core.idle import IdlePhase, IdleTimer
from kiosk.shell.core.screens import Screen
from kiosk.shell.core.services import ServiceRegistry

log = logging.getLogger(__name__)


class Change(enum.Enum):
    """What changed, so the UI updates only what it must."""

    SCREEN = "screen"
    LANGUAGE = "language"
    ACCESSIBILITY = "accessibility"
    IDLE = "idle"
    SERVICES = "services"


class EndReason(enum.Enum):
    """Why a session ended (logged; never with personal data)."""

    FINISHED = "finished"
    IDLE_TIMEOUT = "idle_timeout"


Listener = Callable[[Change], None]


class Session:
    """One resident's use of the kiosk, from the first touch to the wipe.

    Pure state: the caller feeds it intents and a monotonic ``now``; it tells listeners what
    changed. The services' flows are held by service id and driven through the
    :class:`~kiosk.shell.core.flow.ServiceFlow` contract. Everything personal lives in a flow or
    a registered wipe hook, and ``end`` drops it.
    """

    def __init__(
        self,
        *,
        languages: tuple[str, ...],
        default_language: str,
        services: ServiceRegistry,
        idle: IdleTimer,
        flows: Mapping[str, ServiceFlow] | None = None,
    ) -> None:
        self.languages = languages
        self.default_language = default_language
        self.services = services
        self.idle = idle
        self.flows: dict[str, ServiceFlow] = dict(flows or {})
        self.screen = Screen.ATTRACT
        self.service_id = ""
        self.language = default_language
        self.accessibility = Accessibility()
        self.idle_phase = IdlePhase.ACTIVE
        self.fault = ""
        self.sessions_started = 0
        self._listeners: list[Listener] = []
        self._wipe_hooks: list[Callable[[], None]] = []
        for flow in self.flows.values():
            self._wipe_hooks.append(flow.reset)
            flow.on_leave(self._flow_left)

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
        self._go(Screen.HOME)
        log.info("session started")

    def open_service(self, service_id: str) -> bool:
        """Open a service from its tile; False (and nothing happens) if it cannot serve now."""
        if self.screen is not Screen.HOME:
            return False
        flow = self.flows.get(service_id)
        try:
            status = self.services.status(service_id)
        except KeyError:
            return False
        if flow is None or not status.available:
            return False
        flow.begin(self.language)
        self.service_id = service_id
        self._go(Screen.SERVICE)
        return True

    def show_service(self, service_id: str, now: float, item: str = "") -> bool:
        """Open a service from wherever the resident is (a disaster banner's tap), at ``item``
        when given and the flow opens items (:class:`~kiosk.shell.core.flow.OpensItems`).

        From the attract loop a session begins; from another service the resident leaves it
        (only when it may be left). False, and nothing changes, when it cannot open now.
        """
        if self.screen is Screen.SERVICE and self.service_id == service_id:
            self._open_item(service_id, item)
            return True
        flow = self.flows.get(service_id)
        try:
            available = self.services.status(service_id).available
        except KeyError:
            return False
        if flow is None or not available or not self.can_leave:
            return False
        if self.screen is Screen.ATTRACT:
            self.start(now)
        elif self.screen is Screen.SERVICE:
            self._leave_service()
        if not self.open_service(service_id):
            return False
        self._open_item(service_id, item)
        return True

    def _open_item(self, service_id: str, item: str) -> None:
        flow = self.flows.get(service_id)
        if item and flow is not None and callable(getattr(flow, "open", None)):
            cast(OpensItems, flow).open(item)

    def dataset_synced(self, name: str) -> None:
        """The city's dataset ``name`` is now held locally: services that need it may open."""
        if not self.services.data.has(name):
            self.services.data.names.add(name)
        self._emit(Change.SERVICES)

    @property
    def flow(self) -> ServiceFlow | None:
        """The open service's flow (None outside a service)."""
        if self.screen is Screen.SERVICE:
            return self.flows.get(self.service_id)
        return None

    @property
    def can_leave(self) -> bool:
        """False while a flow holds the resident (paying, printing): no Back, Home or Finish."""
        flow = self.flow
        return flow is None or flow.can_leave

    @property
    def can_go_back(self) -> bool:
        """True when :meth:`back` has somewhere to go and may go there."""
        flow = self.flow
        return flow is not None and flow.can_leave and flow.allows_back

    def back(self) -> None:
        """Return to the previous step of the open service, or from it to the home screen."""
        flow = self.flow
        if flow is None or not flow.can_leave or not flow.allows_back or flow.back():
            return
        self._leave_service()

    def home(self) -> None:
        """Return to the home screen of this session."""
        if self.screen is Screen.SERVICE and self.can_leave:
            self._leave_service()

    def _flow_left(self) -> None:
        """A flow ended by itself (finished or cancelled): back to the home screen."""
        if self.screen is Screen.SERVICE:
            self._leave_service()

    def _leave_service(self) -> None:
        flow = self.flow
        self.service_id = ""
        self._go(Screen.HOME)
        if flow is not None:
            flow.reset()

    def _go(self, screen: Screen) -> None:
        if screen is not self.screen:
            self.screen = screen
            self._emit(Change.SCREEN)

    # -- the resident's choices -------------------------------------------------------------

    def set_language(self, code: str) -> None:
        """Switch the language for the rest of this session; unknown codes are ignored."""
        if code in self.languages and code != self.language:
            self.language = code
            flow = self.flow
            if flow is not None:
                flow.set_language(code)
            self._emit(Change.LANGUAGE)

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
        flow = self.flow
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
        self.service_id = ""
        changed = [Change.SCREEN]
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

    def resume(self, fault: str) -> None:
        """Leave the out-of-service screen shown for ``fault`` (no other fault is cleared)."""
        if self.screen is Screen.OUT_OF_SERVICE and self.fault == fault:
            self.fault = ""
            log.info("back in service after: %s", fault)
            self._go(Screen.ATTRACT)

    def fail(self, fault: str) -> None:
        """A fatal problem: wipe any session and show the out-of-service screen."""
        self.end(EndReason.FINISHED)
        self.fault = fault
        log.error("out of service: %s", fault)
        self._go(Screen.OUT_OF_SERVICE)
