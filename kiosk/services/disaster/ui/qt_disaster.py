"""QtDisaster: the disaster tile for QML — the bulletins, one opened, the nearest shelters.

The alert board calls its subscribers on the listener's thread; the view-model carries that to
the UI thread with a queued signal and only then asks the flow to list again. Every text is
composed in Python (``core.texts``) in the session's language.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import Property, QObject, Qt, Signal, Slot

from content.languages import language
from content.shelters.model import Hazard
from kiosk.services.disaster import messages
from kiosk.services.disaster.core.bulletins import AlertSource
from kiosk.services.disaster.core.flow import DisasterFlow, SitesState
from kiosk.services.disaster.core.texts import CITY_LANGUAGE, Texts
from kiosk.shell.core.clock import WallClock
from kiosk.shell.core.session import Change
from kiosk.shell.ui.qt_connection import QtConnection
from kiosk.shell.ui.qt_session import QtSession
from kiosk.shell.ui.wording import tr

ANY = "any"
"""The hazard chip's key for every designated site."""


class Subscribable(AlertSource, Protocol):
    """An alert source that tells of changes (the kiosk's board)."""

    def subscribe(self, subscriber: Callable[[], None]) -> None:
        """Call ``subscriber`` after every change, on any thread."""
        ...


class QtDisaster(QObject):
    """Wraps one :class:`DisasterFlow` for the tile's screens."""

    changed = Signal()
    #: Another page is shown (the screen announces it in speech mode).
    stepChanged = Signal()
    #: The as-of time or the connection changed, and nothing else (lists keep their place).
    asOfChanged = Signal()
    #: Emitted on the alert listener's thread; queued to the UI thread.
    alertsArrived = Signal()

    def __init__(
        self,
        session: QtSession,
        connection: QtConnection | None,
        flow: DisasterFlow,
        board: Subscribable | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._connection = connection
        self._flow = flow
        self._clock = WallClock(flow.zone, flow.clock)
        self.alertsArrived.connect(self._on_alerts, Qt.ConnectionType.QueuedConnection)
        if board is not None:
            board.subscribe(self.alertsArrived.emit)
        self._step = flow.step
        flow.subscribe(self._on_flow)
        flow.on_tick(self.asOfChanged.emit)
        self.changed.connect(self.asOfChanged)
        session.core.subscribe(self._on_session)
        if connection is not None:
            connection.changed.connect(self.asOfChanged)
            # Emitted on the cache's worker; queued here, to the UI thread.
            connection.synced.connect(self._on_synced)

    @property
    def flow(self) -> DisasterFlow:
        """The wrapped flow."""
        return self._flow

    def _on_flow(self) -> None:
        self.changed.emit()
        if self._flow.step is not self._step:
            self._step = self._flow.step
            self.stepChanged.emit()

    @Slot()
    def _on_synced(self) -> None:
        self._flow.load_sites(again=True)

    @Slot()
    def _on_alerts(self) -> None:
        self._flow.alerts_changed()

    def _on_session(self, change: Change) -> None:
        if change in (Change.LANGUAGE, Change.ACCESSIBILITY):
            self.changed.emit()

    @property
    def _texts(self) -> Texts:
        core = self._session.core
        return Texts(tr, core.language, self._clock, core.accessibility.high_contrast)

    # -- where the flow is ------------------------------------------------------------------

    @Property(str, notify=stepChanged)
    def step(self) -> str:
        """The page shown: 'Bulletins', 'Bulletin' or 'Shelters'."""
        return self._flow.step.value

    # -- the list ---------------------------------------------------------------------------

    @Property(list, notify=changed)
    def bulletins(self) -> list[dict[str, Any]]:
        """The bulletins in force, most serious first, then those that ended today."""
        texts = self._texts
        return [texts.row(item) for item in self._flow.items]

    def _last_contact(self) -> dt.datetime | str | None:
        """Now while the gateway answers; offline, when the cache last heard from it (or None)."""
        connection = self._connection
        if connection is not None and connection.property("offline"):
            return str(connection.property("asOf")) or None
        return self._flow.checked_at

    @Property(str, notify=asOfChanged)
    def calmText(self) -> str:
        """The calm page's words when nothing is in force ('' while something is)."""
        return self._texts.calm(self._flow, self._last_contact())

    @Property(str, notify=asOfChanged)
    def asOf(self) -> str:
        """How current the list is ('' when the kiosk has never heard from the city)."""
        moment = self._last_contact()
        return self._texts.as_of(moment) if moment is not None else ""

    @Slot(str)
    def open(self, key: str) -> None:
        """Open one bulletin."""
        self._flow.open(key)

    # -- one bulletin -----------------------------------------------------------------------

    @Property(dict, notify=changed)
    def bulletin(self) -> dict[str, Any]:
        """The opened bulletin's words, level, times and nearest sites ({} when none)."""
        return self._texts.bulletin_page(self._flow)

    # -- shelters ---------------------------------------------------------------------------

    @Slot()
    def showShelters(self) -> None:
        """The shelter screen."""
        self._flow.show_shelters()

    @Property(list, notify=changed)
    def hazards(self) -> list[dict[str, Any]]:
        """The hazard chips: every site first, then each hazard some site takes."""
        chosen = self._flow.hazard
        chips = [{"key": ANY, "label": tr(messages.ANY_HAZARD), "chosen": chosen is None}]
        chips += [
            {"key": h.value, "label": tr(messages.HAZARDS[h]), "chosen": h is chosen}
            for h in self._flow.hazards
        ]
        return chips if self._flow.sites_state is SitesState.READY else []

    @Slot(str)
    def chooseHazard(self, key: str) -> None:
        """List the sites for one hazard chip."""
        if key == ANY:
            self._flow.choose_hazard(None)
            return
        try:
            self._flow.choose_hazard(Hazard(key))
        except ValueError:
            return  # a chip this kiosk does not know: nothing to change

    @Property(list, notify=changed)
    def sites(self) -> list[dict[str, Any]]:
        """The nearest sites taking the chosen hazard, open ones first."""
        texts = self._texts
        return [texts.site(near) for near in self._flow.shelters()]

    @Property(str, notify=changed)
    def sitesProblem(self) -> str:
        """Why no list is shown ('' when it is)."""
        return self._texts.sites_problem(self._flow.sites_state, self._flow.shelters())

    @Property(str, constant=True)
    def siteFont(self) -> str:
        """The font of the sites' Japanese names and addresses, whatever the session's language."""
        return language(CITY_LANGUAGE).font_family

    @Property(str, notify=changed)
    def straightLine(self) -> str:
        """The note under the distances."""
        return tr(messages.STRAIGHT_LINE)

    # -- speech -----------------------------------------------------------------------------

    @Property(str, notify=changed)
    def spokenSummary(self) -> str:
        """What "Read aloud" says on the page shown."""
        return self._texts.summary(self._flow, self._last_contact())
