"""When a disaster alert shows on the kiosk: a banner on every screen, or the whole screen.

From what is in force (the :class:`~kiosk.shell.core.alert_board.AlertBoard`), whether the open
flow is in the middle of a step, and what the resident has already dismissed, the policy says
which alert the banner shows (``advisory`` and above, the most serious) and whether a takeover
is due (``warning`` and above). A takeover never starts in the middle of a step (a card
operation, a payment, a print): it waits for the step to end. Once the resident dismisses it,
the same alert takes over again only when it becomes more serious (a correction as serious as
before updates its words, not the screen); a new alert takes over on its own. A cancelled or
expired alert leaves the banner and the takeover with the board's list.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from content.alerts.held import Held as HeldAlert
from content.alerts.model import Level
from kiosk.shell.core.flow import ServiceFlow

BANNER_FROM = Level.ADVISORY
TAKEOVER_FROM = Level.WARNING


@dataclass(frozen=True)
class AlertScreen:
    """What the kiosk shows of the alerts in force, at one moment.

    ``banner``: the most serious alert at banner level, shown on every screen (None: no
    banner); ``others``: how many more alerts at banner level are in force beside it.
    ``takeover``: the alert that takes the whole screen now. ``waiting``: a takeover that is
    due but held back until the open flow's step ends. ``announce``: the takeover shows an
    alert, or a seriousness of it, this kiosk has not announced before — chime and speak now
    (a takeover shown again for the next resident comes silently).
    """

    banner: HeldAlert | None = None
    others: int = 0
    takeover: HeldAlert | None = None
    waiting: HeldAlert | None = None
    announce: bool = False


NOTHING = AlertScreen()


def seriousness(held: HeldAlert) -> tuple[int, int]:
    """How serious an alert is: its level, then its 警戒レベル (0 where it states none)."""
    return held.alert.level.rank, held.alert.evacuation_level or 0


def by_seriousness(active: Sequence[HeldAlert]) -> list[HeldAlert]:
    """``active`` most serious first, then the latest sent first."""
    return sorted(active, key=lambda h: (*(-n for n in seriousness(h)), -h.alert.sent.timestamp()))


def mid_step(flow: ServiceFlow | None) -> bool:
    """True while ``flow`` must not be interrupted: it is busy, or in a step it declares held.

    A flow may say more than ``busy`` with an ``in_step`` property (a PIN half typed, a card in
    the reader, money being paid); without one, ``busy`` alone decides.
    """
    if flow is None:
        return False
    return bool(flow.busy or getattr(flow, "in_step", False))


class AlertPolicy:
    """Decides the banner and the takeover; remembers what the resident dismissed.

    Pure state: the caller asks :meth:`decide` after every change of the alerts in force or of
    the open flow, and reports the resident's :meth:`dismiss`; :meth:`forget` at session end,
    so the next resident (and the attract loop) is shown every takeover again.
    """

    def __init__(self) -> None:
        self._dismissed: dict[str, tuple[int, int]] = {}
        self._showing: tuple[str, tuple[int, int]] | None = None
        self._due: list[HeldAlert] = []
        self._announced: dict[str, tuple[int, int]] = {}  # kept for the kiosk's lifetime

    def decide(self, active: Sequence[HeldAlert], *, busy: bool) -> AlertScreen:
        """What to show now, for the alerts ``active`` and a flow ``busy`` in mid-step or not."""
        shown = [h for h in by_seriousness(active) if h.alert.level.rank >= BANNER_FROM.rank]
        self._due = []
        if not shown:
            self._showing = None
            return NOTHING
        banner = shown[0]
        due = [h for h in shown if h.alert.level.rank >= TAKEOVER_FROM.rank and not self._seen(h)]
        if not due:
            self._showing = None
            return AlertScreen(banner, len(shown) - 1)
        candidate = due[0]
        self._due = due
        if self._showing is None and busy:
            return AlertScreen(banner, len(shown) - 1, waiting=candidate)
        # Once on screen, the takeover covers the flow: it stays, and moves to a more serious one.
        self._showing = (candidate.key, seriousness(candidate))
        announced = self._announced.get(candidate.key)
        announce = announced is None or seriousness(candidate) > announced
        if announce:
            self._announced[candidate.key] = seriousness(candidate)
        return AlertScreen(banner, len(shown) - 1, takeover=candidate, announce=announce)

    def dismiss(self) -> None:
        """The resident went back to what they were doing from the takeover.

        Every alert that was due then counts as seen (the takeover said how many more there
        are), so one dismissal is enough, not one per alert.
        """
        if self._showing is None:
            return
        for held in self._due:
            known = self._dismissed.get(held.key, (-1, -1))
            self._dismissed[held.key] = max(known, seriousness(held))
        self._due = []
        self._showing = None

    def forget(self) -> None:
        """The session ended: every takeover due is shown again (without a second chime)."""
        self._dismissed.clear()
        self._due = []
        self._showing = None

    def _seen(self, held: HeldAlert) -> bool:
        dismissed = self._dismissed.get(held.key)
        return dismissed is not None and dismissed >= seriousness(held)
