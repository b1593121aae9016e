"""What the tile's screens say, composed in Python for the session's language.

A ``Word`` gives a catalogue message in the session's language (``tr`` in the kiosk, the
Qt-free catalogue in tests). The alerts' own words come from ``content.alerts.wording``; the
shelter sites keep their Japanese names and addresses whatever the language (they are names).
Texts for the screen are typeset so Japanese and Chinese break between phrases; speech reads
them through :func:`content.phrasing.spoken`.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from content.alerts.model import Alert
from content.alerts.wording import AlertWords, drill_notice, for_screen, words_for
from content.languages import language
from content.phrasing import spoken, typeset
from content.shelters.model import Hazard
from content.shelters.nearby import NearbySite
from kiosk.services.disaster import messages
from kiosk.services.disaster.core.bulletins import Bulletin
from kiosk.services.disaster.core.distance import distance_parts, distance_text
from kiosk.services.disaster.core.flow import DisasterFlow, SitesState, Step
from kiosk.services.disaster.core.levels import colours
from kiosk.shell.core.clock import WallClock
from kiosk.shell.core.messages import Message

log = logging.getLogger("machikado.kiosk")

Word = Callable[[Message], str]

CITY_LANGUAGE = "ja"
"""The language the kiosk falls back to for a language the alert wording does not know."""

_LIST_SEPARATOR = {"ja": "、", "ja-easy": "、", "zh-Hans": "、"}


def arg(template: str, *values: str) -> str:
    """``template`` with ``%1``, ``%2``… replaced, as Qt's ``arg`` does."""
    for number, value in enumerate(values, start=1):
        template = template.replace(f"%{number}", value)
    return template


def words(bulletin: Bulletin, language: str) -> AlertWords:
    """The bulletin worded for the screen in ``language`` (Japanese for a code not ours)."""
    try:
        found = words_for(bulletin.alert, language, drill=bulletin.drill)
    except ValueError as err:
        log.warning("alert worded in %s instead: %s", CITY_LANGUAGE, err)
        found = words_for(bulletin.alert, CITY_LANGUAGE, drill=bulletin.drill)
    return for_screen(found)


def font_of(code: str) -> str:
    """The font for text written in ``code`` (Japanese text in an English screen keeps Japanese
    glyphs); the city's language's font for a code not ours."""
    try:
        return language(code).font_family
    except KeyError:
        return language(CITY_LANGUAGE).font_family


def areas_text(alert: Alert, language: str) -> str:
    """Where the alert applies: each area's description or its coded areas' names."""
    names: list[str] = []
    for area in alert.areas:
        found = [area.description] if area.description else [c.name for c in area.codes if c.name]
        names += [name for name in found if name and name not in names]
    return typeset(_LIST_SEPARATOR.get(language, ", ").join(names), CITY_LANGUAGE)


@dataclass(frozen=True)
class Texts:
    """The words of one session's language: a word function, the language and the clock."""

    word: Word
    language: str
    clock: WallClock
    high_contrast: bool = False

    def _t(self, message: Message, *values: str) -> str:
        return arg(self.word(message), *values)

    def level(self, bulletin: Bulletin) -> dict[str, str]:
        """The level's words and its colours for the session's contrast mode."""
        shade = colours(bulletin.level, high_contrast=self.high_contrast)
        return {
            "levelText": self._t(messages.LEVELS[bulletin.level]),
            "levelFill": shade.fill,
            "levelInk": shade.text,
            "levelOutline": shade.outline,
        }

    def when(self, bulletin: Bulletin) -> str:
        """Issued (or updated) when, in the terminal's zone."""
        moment = self.clock.show(bulletin.alert.sent, self.language)
        return self._t(messages.UPDATED if bulletin.updated else messages.ISSUED, moment)

    def status(self, bulletin: Bulletin) -> str:
        """In force, or ended at what time."""
        if bulletin.ended_at is None:
            return self._t(messages.IN_FORCE)
        return self._t(messages.ENDED, f"{self.clock.local(bulletin.ended_at):%H:%M}")

    def row(self, bulletin: Bulletin) -> dict[str, Any]:
        """A bulletin as the list shows it."""
        said = words(bulletin, self.language)
        return {
            "key": bulletin.key,
            "event": said.event,
            "headline": said.headline if said.headline != said.event else "",
            "when": self.when(bulletin),
            "status": self.status(bulletin),
            "ended": not bulletin.in_force,
            "drill": bulletin.drill,
            **self.level(bulletin),
        }

    def bulletin(self, bulletin: Bulletin) -> dict[str, Any]:
        """A bulletin opened in full."""
        said = words(bulletin, self.language)
        return {
            **self.row(bulletin),
            "action": said.action,
            "areas": areas_text(bulletin.alert, self.language),
            "details": said.details,
            "detailsFont": font_of(said.details_language),
            "areasFont": font_of(CITY_LANGUAGE),
            "note": said.note,
            "drillNotice": typeset(drill_notice(said.language), said.language)
            if bulletin.drill
            else "",
        }

    def site(self, near: NearbySite) -> dict[str, Any]:
        """A designated site as the shelter lists show it."""
        site = near.site
        kind = (
            messages.BOTH
            if site.emergency_site and site.shelter
            else messages.SHELTER
            if site.shelter
            else messages.EMERGENCY_SITE
        )
        return {
            "siteId": site.id,
            "name": typeset(site.name, CITY_LANGUAGE),
            "address": typeset(site.address, CITY_LANGUAGE),
            "distance": distance_text(near.distance_km, self.language),
            "distanceSpoken": self.spoken_distance(near.distance_km),
            "open": near.open,
            "openText": self._t(messages.OPEN) if near.open else "",
            "kind": self._t(kind),
            "hazards": self.hazards(site.hazards),
            "mapUrl": near.map_url,
        }

    def hazards(self, taken: frozenset[Hazard]) -> str:
        """The hazards a site takes, in the national data's order ('' for a shelter alone)."""
        names = [self._t(messages.HAZARDS[h]) for h in Hazard if h in taken]
        return _LIST_SEPARATOR.get(self.language, ", ").join(names)

    def spoken_distance(self, km: float) -> str:
        """The distance as speech says it: units as words, not letters."""
        number, in_km = distance_parts(km, self.language)
        return self._t(messages.SPOKEN_KILOMETRES if in_km else messages.SPOKEN_METRES, number)

    def sites_problem(self, state: SitesState, shown: Sequence[NearbySite]) -> str:
        """What stands in for the list when it cannot be shown ('' when it can)."""
        if state is SitesState.LOADING:
            return self._t(messages.SITES_LOADING)
        if state is SitesState.NOT_SYNCED:
            return self._t(messages.SITES_NOT_SYNCED)
        if state is SitesState.UNREADABLE:
            return self._t(messages.SITES_UNREADABLE)
        return "" if shown else self._t(messages.SITES_NONE)

    # -- whole pages, for the view-model and for speech ----------------------------------

    def bulletin_page(self, flow: DisasterFlow) -> dict[str, Any]:
        """The opened bulletin with its nearest sites ({} when none is open)."""
        item = flow.bulletin
        if item is None:
            return {}
        shown = flow.bulletin_shelters()
        return {
            **self.bulletin(item),
            "sites": [self.site(near) for near in shown],
            "sitesProblem": self.sites_problem(flow.sites_state, shown),
        }

    def calm(self, flow: DisasterFlow, contact: dt.datetime | str | None) -> str:
        """The calm page's words when nothing is in force ('' while something is): that the
        kiosk has never heard from the city, rather than that nothing is in force."""
        if flow.in_force:
            return ""
        return self._t(messages.NOT_HEARD if not contact else messages.NO_ALERTS)

    def summary(self, flow: DisasterFlow, contact: dt.datetime | str | None) -> str:
        """What Read aloud says on the page shown, as speech reads it."""
        if flow.step is Step.BULLETIN:
            page = self.bulletin_page(flow)
            keys = ("drillNotice", "levelText", "event", "headline", "action", "status", "when")
            return said(*(page.get(key, "") for key in (*keys, "areas", "details")))
        if flow.step is Step.SHELTERS:
            shown = flow.shelters()
            problem = self.sites_problem(flow.sites_state, shown)
            if problem:
                return said(problem)
            sites = (self.site(near) for near in shown)
            return said(
                *(f"{s['openText']} {s['name']} {s['distanceSpoken']}".strip() for s in sites),
                self._t(messages.STRAIGHT_LINE),
            )
        if not flow.items:
            return said(self.calm(flow, contact), self.as_of(contact) if contact else "")
        rows = (self.row(item) for item in flow.items)
        return said(*(f"{r['levelText']} {r['event']} {r['status']}" for r in rows))

    def as_of(self, moment: dt.datetime | str | None) -> str:
        """How current the calm screen is (a moment, or one already shown as text); that the
        kiosk never heard from the city, without one."""
        if not moment:
            return self._t(messages.NOT_HEARD)
        shown = moment if isinstance(moment, str) else self.clock.show(moment, self.language)
        return self._t(messages.AS_OF, shown)


def said(*texts: str) -> str:
    """Texts as one spoken summary: joiners and shown readings dropped, empty ones skipped."""
    return " ".join(spoken(text).strip() for text in texts if text.strip())
