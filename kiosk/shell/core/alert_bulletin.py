"""What the kiosk's banner and takeover say of one alert, in every language the kiosk offers.

Made off the UI thread (the wording reads catalogues, the shelter list comes from the cache):
the alert's words per language, when it was last confirmed, and the shelters nearest this
terminal that take its hazard, the ones the city has opened first (the rule the disaster tile
and signage follow too: :func:`content.shelters.nearby.shelters_for`).
"""

from __future__ import annotations

import datetime as dt
import enum
import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from content.alerts.held import Held as HeldAlert
from content.alerts.wording import AlertWords, drill_notice, for_screen, words_for
from content.phrasing import typeset
from content.shelters.hazards import hazard_for
from content.shelters.model import Site
from content.shelters.nearby import shelters_for

log = logging.getLogger(__name__)

SHELTERS_SHOWN = 3


class ShelterState(enum.Enum):
    """What the takeover can say about shelters."""

    OPEN = "open"  # the city opened some of these: they come first
    DESIGNATED = "designated"  # none opened yet: the nearest designated sites for the hazard
    NONE_NEAR = "none_near"  # the list has no site for this hazard
    NO_DATA = "no_data"  # no shelter list on this terminal yet (before the first sync)


@dataclass(frozen=True)
class ShelterLine:
    """One shelter on the takeover: its name, address and distance from this terminal."""

    name: str
    address: str
    distance_km: float
    open: bool = False  # opened by the city's alerts in force


@dataclass(frozen=True)
class Bulletin:
    """One alert as the kiosk shows it: its words per language, as-of time and shelters."""

    held: HeldAlert
    words: dict[str, AlertWords]
    as_of: dt.datetime
    shelter_state: ShelterState
    shelters: tuple[ShelterLine, ...] = ()
    drill_notes: dict[str, str] = field(default_factory=dict)  # per language, for a drill

    def words_in(self, language: str) -> AlertWords:
        """The words in ``language`` (Japanese if that one could not be made)."""
        return self.words.get(language) or self.words.get("ja") or next(iter(self.words.values()))


def as_of(held: HeldAlert) -> dt.datetime:
    """When the alert was last confirmed: its gateway update, or when it was sent if later."""
    sent = held.alert.sent
    updated = getattr(held, "updated_at", "")
    try:
        moment = dt.datetime.fromisoformat(updated) if updated else sent
    except (TypeError, ValueError):
        return sent
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return max(moment, sent)


def shelters_near(
    held: HeldAlert,
    active: Iterable[HeldAlert],
    sites: Sequence[Site] | None,
    position: tuple[float, float],
) -> tuple[ShelterState, tuple[ShelterLine, ...]]:
    """The sites to name for ``held``: those taking its hazard, the city's open ones first."""
    if sites is None:
        return ShelterState.NO_DATA, ()
    lat, lon = position
    found = shelters_for(
        sites,
        [h.alert for h in active],
        lat,
        lon,
        hazard=hazard_for(held.alert.kind),
        limit=SHELTERS_SHOWN,
    )
    if not found:
        return ShelterState.NONE_NEAR, ()
    state = ShelterState.OPEN if any(near.open for near in found) else ShelterState.DESIGNATED
    lines = tuple(ShelterLine(n.site.name, n.site.address, n.distance_km, n.open) for n in found)
    return state, lines


def bulletins(
    active: Sequence[HeldAlert],
    languages: Sequence[str],
    sites: Callable[[], Sequence[Site] | None],
    position: tuple[float, float],
) -> list[Bulletin]:
    """A bulletin for each alert in ``active``, worded in each of ``languages``.

    ``sites`` reads the shelter list (None before the first sync); a list that cannot be read
    counts as none yet, and is logged.
    """
    try:
        held_sites = sites()
    except Exception:  # a cache that cannot be read: say the list is not there, show the rest
        log.exception("the shelter list could not be read")
        held_sites = None
    made = []
    for held in active:
        words = worded(held, languages)
        if not words:
            continue
        state, lines = shelters_near(held, active, held_sites, position)
        notes = {lang: typeset(drill_notice(lang), lang) for lang in words} if held.drill else {}
        made.append(Bulletin(held, words, as_of(held), state, lines, notes))
    return made


def worded(held: HeldAlert, languages: Sequence[str]) -> dict[str, AlertWords]:
    """``held`` worded for a screen in each of ``languages``; one that fails is logged, left out."""
    words = {}
    for language in languages:
        try:
            words[language] = for_screen(words_for(held.alert, language, drill=held.drill))
        except Exception:  # one language's fault must not keep the alert off the screen
            log.exception("alert %s could not be worded in %s", held.key, language)
    return words
