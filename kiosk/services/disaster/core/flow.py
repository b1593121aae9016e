"""The disaster tile's flow: the bulletins, one bulletin opened, the nearest shelters.

The flow never holds the resident (nothing is at stake here), so a takeover may come at any
time. The alerts come from the kiosk's board; :meth:`DisasterFlow.alerts_changed` is called on
the UI thread whenever the board changed. The shelter sites are read from the terminal's cache
on the runner each time the tile opens (a sync may have brought new ones).
"""

from __future__ import annotations

import datetime as dt
import enum
import logging
from collections.abc import Callable
from typing import Protocol
from zoneinfo import ZoneInfo

from content.shelters.hazards import hazard_for
from content.shelters.model import Hazard, Site
from content.shelters.nearby import NearbySite, shelters_for
from content.shelters.opening import open_shelters
from kiosk.services.disaster.core.bulletins import AlertSource, Bulletin, bulletins, find
from kiosk.services.disaster.core.shelters import hazards_offered
from kiosk.shell.core.jobs import Runner

log = logging.getLogger("machikado.kiosk")

REFRESH_S = 60.0
"""How often the list is read again without news (a bulletin that ended yesterday leaves at
midnight, and the calm screen's "as of" time moves on)."""

SHELTERS_SHOWN = 10
"""How many sites the shelter screen lists."""

BULLETIN_SHELTERS = 3
"""How many sites a bulletin lists under its words."""


class Step(enum.Enum):
    """One screen of the tile; the value names its QML page."""

    LIST = "Bulletins"
    BULLETIN = "Bulletin"
    SHELTERS = "Shelters"


class SitesState(enum.Enum):
    """What the tile knows of the shelter sites."""

    LOADING = "loading"  # being read from the cache
    NOT_SYNCED = "not_synced"  # the terminal has not received the city's list yet
    UNREADABLE = "unreadable"  # the cache could not be read
    READY = "ready"


class SiteSource(Protocol):
    """Reads the city's shelter sites from the terminal's cache (blocking: run on a worker)."""

    def __call__(self) -> tuple[Site, ...] | None:
        """The sites; None before the first sync. Raises when the cache cannot be read."""
        ...


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _shown(items: list[Bulletin]) -> list[tuple[str, int, dt.datetime | None]]:
    """What of the list a screen shows: each bulletin's key, version and end."""
    return [(item.key, item.held.version, item.ended_at) for item in items]


class DisasterFlow:
    """One resident's reading of the disaster information."""

    busy = False
    can_leave = True
    allows_back = True

    def __init__(
        self,
        alerts: AlertSource,
        sites: SiteSource,
        runner: Runner,
        *,
        lat: float,
        lon: float,
        zone: ZoneInfo,
        clock: Callable[[], dt.datetime] = _utc_now,
    ) -> None:
        self._alerts = alerts
        self._read_sites = sites
        self._runner = runner
        self.lat = lat
        self.lon = lon
        self.zone = zone
        self.clock = clock
        self.step = Step.LIST
        self.items: list[Bulletin] = []
        self.selected: str | None = None
        self.hazard: Hazard | None = None
        self.sites: tuple[Site, ...] = ()
        self.sites_state = SitesState.LOADING
        self.checked_at: dt.datetime | None = None
        self._shelters_from = Step.LIST
        self._loads = 0
        self._last_tick: float | None = None
        self._listeners: list[Callable[[], None]] = []
        self._tick_listeners: list[Callable[[], None]] = []
        self._refresh()

    # -- the shell's contract ----------------------------------------------------------

    def subscribe(self, listener: Callable[[], None]) -> None:
        """Call ``listener`` after every change."""
        self._listeners.append(listener)

    def on_leave(self, callback: Callable[[], None]) -> None:
        """The tile never leaves by itself; Back and Home leave it."""

    def _changed(self) -> None:
        for listener in list(self._listeners):
            listener()

    def begin(self, language: str) -> None:
        """The resident opened the tile: the bulletins, and the sites read afresh."""
        self.reset()
        self._refresh()
        self.load_sites()
        self._changed()

    def back(self) -> bool:
        """Shelters → where they were opened from; a bulletin → the list; False on the list."""
        if self.step is Step.SHELTERS:
            self.step = self._shelters_from
            if self.step is Step.LIST:
                self.selected = None
        elif self.step is Step.BULLETIN:
            self.step = Step.LIST
            self.selected = None
        else:
            return False
        self._changed()
        return True

    def reset(self) -> None:
        """Forget the opened bulletin and the chosen hazard (session end, leaving the tile)."""
        self.step = Step.LIST
        self.selected = None
        self.hazard = None
        self._shelters_from = Step.LIST

    def set_language(self, language: str) -> None:
        """The words follow the session's language (the view-model words them again)."""
        self._changed()

    def on_tick(self, listener: Callable[[], None]) -> None:
        """Call ``listener`` after a minute's reading that changed nothing but the as-of time."""
        self._tick_listeners.append(listener)

    def tick(self, now: float) -> None:
        """Read the list again once a minute, so today's bulletins and the as-of time move on.

        Only a list that changed is a change (a screen rebuilt every minute would lose the
        resident's place in it); otherwise the tick listeners hear that the time moved on.
        """
        if self._last_tick is not None and now - self._last_tick < REFRESH_S:
            return
        self._last_tick = now
        before = (self.step, _shown(self.items))
        self._refresh()
        if (self.step, _shown(self.items)) != before:
            self._changed()
            return
        for listener in list(self._tick_listeners):
            listener()

    # -- alerts ------------------------------------------------------------------------

    def _refresh(self) -> None:
        now = self.clock()
        self.items = bulletins(self._alerts, now, self.zone)
        self.checked_at = now
        if self.selected is not None and find(self.items, self.selected) is None:
            self.selected = None
            if self.step is Step.BULLETIN or self._shelters_from is Step.BULLETIN:
                self.step = Step.LIST
                self._shelters_from = Step.LIST

    def alerts_changed(self) -> None:
        """The board changed (called on the UI thread): list again; a bulletin gone closes."""
        self._refresh()
        self._changed()

    @property
    def in_force(self) -> list[Bulletin]:
        """The bulletins in force, most serious first."""
        return [item for item in self.items if item.in_force]

    @property
    def bulletin(self) -> Bulletin | None:
        """The bulletin opened, or None."""
        return find(self.items, self.selected) if self.selected is not None else None

    def open(self, key: str) -> bool:
        """Open one bulletin from the list; False when there is no such bulletin."""
        if self.step is not Step.LIST or find(self.items, key) is None:
            return False
        self.selected = key
        self.step = Step.BULLETIN
        self._changed()
        return True

    # -- shelters ----------------------------------------------------------------------

    def load_sites(self, *, again: bool = False) -> None:
        """Read the sites from the cache on the runner: on opening (saying so until they are
        read), or ``again`` after a sync (the screen stays as it is until they differ)."""
        self._loads += 1
        load = self._loads
        if not again and self.sites_state is not SitesState.READY:
            self.sites_state = SitesState.LOADING
        before = (self.sites_state, self.sites, self.hazard)

        def done(result: object, error: BaseException | None) -> None:
            if load != self._loads:
                return  # a later read is under way
            if error is not None:
                log.warning("shelter sites could not be read: %s", error)
                self.sites_state = SitesState.UNREADABLE
            elif result is None:
                self.sites, self.sites_state = (), SitesState.NOT_SYNCED
            else:
                assert isinstance(result, tuple)
                self.sites, self.sites_state = result, SitesState.READY
            if self.hazard is not None and self.hazard not in self.hazards:
                self.hazard = None
            if (self.sites_state, self.sites, self.hazard) != before:
                self._changed()  # the same list read again changes nothing on screen

        self._runner.run(lambda _progress: self._read_sites(), done)

    @property
    def hazards(self) -> list[Hazard]:
        """The hazards some site takes, in the national data's order: the chips offered."""
        return hazards_offered(self.sites)

    def _default_hazard(self, item: Bulletin | None) -> Hazard | None:
        """The hazard of ``item`` (or of the most serious alert in force) when a site takes it."""
        for candidate in [item] if item is not None else self.in_force:
            hazard = hazard_for(candidate.alert.kind)
            if hazard is not None and hazard in self.hazards:
                return hazard
        return None

    def show_shelters(self) -> None:
        """The shelter screen, for the opened bulletin's hazard (or the most serious in force)."""
        if self.step is Step.SHELTERS:
            return
        self._shelters_from = self.step
        self.hazard = self._default_hazard(self.bulletin)
        self.step = Step.SHELTERS
        if self.sites_state is SitesState.UNREADABLE:
            self.load_sites()  # try once more
        self._changed()

    def choose_hazard(self, hazard: Hazard | None) -> None:
        """List the sites that take ``hazard`` (None: every designated site)."""
        if hazard is not None and hazard not in self.hazards:
            return
        if hazard is not self.hazard:
            self.hazard = hazard
            self._changed()

    def open_site_ids(self) -> frozenset[str]:
        """The sites the city's alerts in force have opened."""
        return open_shelters(item.alert for item in self.in_force)

    def _nearby(self, hazard: Hazard | None, limit: int) -> list[NearbySite]:
        alerts = [item.alert for item in self.in_force]
        found = shelters_for(self.sites, alerts, self.lat, self.lon, hazard=hazard, limit=limit)
        return list(found)

    def shelters(self) -> list[NearbySite]:
        """The nearest sites taking the chosen hazard, open ones first."""
        return self._nearby(self.hazard, SHELTERS_SHOWN)

    def bulletin_shelters(self) -> list[NearbySite]:
        """The nearest sites for the opened bulletin's hazard, open ones first."""
        item = self.bulletin
        hazard = hazard_for(item.alert.kind) if item is not None else None
        if hazard is not None and hazard not in self.hazards:
            hazard = None
        return self._nearby(hazard, BULLETIN_SHELTERS)
