"""QtAlerts: the disaster banner on every screen and the takeover between steps, for QML.

The alert board calls back on the listener's thread; a queued signal brings the news to the UI
thread, which has the bulletins (words in every language, shelters) made on the runner's pool
and then asks :class:`~kiosk.shell.core.alert_policy.AlertPolicy` what to show. The policy is
asked again whenever the session or the open flow changes, so a takeover held back during a
card operation, a payment or a print comes as soon as that step ends. What is on screen is
acknowledged to the gateway once QML has drawn it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Property, QObject, Qt, Signal, Slot

from content.alerts.held import Held as HeldAlert
from content.languages import LANGUAGE_CODES, language
from content.shelters.model import Site
from kiosk.shell.core.alert_board import AlertBoard
from kiosk.shell.core.alert_bulletin import Bulletin, ShelterState, bulletins
from kiosk.shell.core.alert_policy import NOTHING, AlertPolicy, AlertScreen, mid_step
from kiosk.shell.core.attention import Attention
from kiosk.shell.core.clock import WallClock
from kiosk.shell.core.messages import translate
from kiosk.shell.core.screens import Screen
from kiosk.shell.core.session import Change
from kiosk.shell.core.theme import level_colours
from kiosk.shell.ui.qt_runner import QtRunner
from kiosk.shell.ui.qt_session import QtSession
from kiosk.shell.ui.wording import tr

log = logging.getLogger(__name__)

DISASTER_SERVICE = "disaster"

AS_OF = translate("shell", "As of %1")
#: %1 is a number (1 or more) of other disaster alerts in force besides the one shown.
MORE = translate("shell", "Other alerts in force: %1.")
TAP = translate("shell", "Touch here for what to do.")
#: Beside a shelter the city has opened during this alert.
OPEN_NOW = translate("shell", "Open")
SHELTERS = {
    ShelterState.OPEN: translate("shell", "Nearest shelters, open ones first"),
    ShelterState.DESIGNATED: translate(
        "shell", "No shelter has been opened yet. Nearest designated evacuation sites"
    ),
    ShelterState.NONE_NEAR: translate(
        "shell", "No evacuation site for this hazard is listed near here. Please ask the staff."
    ),
    ShelterState.NO_DATA: translate(
        "shell", "The list of shelters is not on this kiosk yet. Please ask the staff."
    ),
}


def distance_text(km: float) -> str:
    """A walking distance as people read it: metres to 1 km, then kilometres."""
    if km < 1:
        return f"{max(10, round(km * 100) * 10)} m"
    return f"{km:.1f} km"


class QtAlerts(QObject):
    """The banner's and the takeover's words, colours and buttons, in the resident's language."""

    changed = Signal()
    tileChanged = Signal()  # whether the disaster tile can be opened from here
    _boardChanged = Signal()  # from the listener's thread to the UI thread

    def __init__(
        self,
        session: QtSession,
        board: AlertBoard | None,
        runner: QtRunner,
        *,
        clock: WallClock,
        sites: Callable[[], Sequence[Site] | None],
        position: tuple[float, float],
        attention: Attention,
        speech: QObject,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._board = board
        self._runner = runner
        self._clock = clock
        self._sites = sites
        self._position = position
        self._attention = attention
        self._speech = speech
        self._policy = AlertPolicy()
        self._bulletins: dict[str, Bulletin] = {}
        self._active: list[HeldAlert] = []
        self._screen: AlertScreen = NOTHING
        self._sheet = False
        self._acked: set[tuple[str, int]] = set()
        self._generation = 0
        self._boardChanged.connect(self._refresh, Qt.ConnectionType.QueuedConnection)
        # Queued: worded again once the new language's translators are installed.
        session.languageChanged.connect(self.changed, Qt.ConnectionType.QueuedConnection)
        session.accessibilityChanged.connect(self.changed)
        session.navigationChanged.connect(self.tileChanged)
        session.screenChanged.connect(self.tileChanged)
        core = session.core
        core.subscribe(self._on_session)
        core.add_wipe_hook(self._policy.forget)
        for flow in core.flows.values():
            flow.subscribe(self._decide)
        if board is not None:
            board.subscribe(self._boardChanged.emit)
            self._refresh()

    # -- news -----------------------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        """Make the bulletins again if any alert is shown (a sync may bring the shelter list)."""
        if self._active:
            self._refresh()

    @Slot()
    def _refresh(self) -> None:
        """Make the bulletins of what is in force on the pool; apply them when made."""
        if self._board is None:
            return
        board = self._board
        self._generation += 1
        generation = self._generation
        languages = tuple(self._session.core.languages)
        sites, position = self._sites, self._position

        def make(_progress: Callable[[object], None]) -> list[Bulletin]:
            return bulletins(board.active(), languages, sites, position)

        def done(result: object, error: BaseException | None) -> None:
            if error is not None:
                log.error("alert bulletins could not be made", exc_info=error)
                return
            if generation == self._generation and isinstance(result, list):
                self._apply(result)

        self._runner.run(make, done)

    def _apply(self, made: list[Bulletin]) -> None:
        self._bulletins = {b.held.key: b for b in made}
        self._active = [b.held for b in made]
        self._decide()

    def _on_session(self, change: Change) -> None:
        if change is Change.SCREEN:
            closed, self._sheet = self._sheet, False  # a sheet belongs to the screen it was on
            self._decide()
            if closed:
                self.changed.emit()

    def _decide(self) -> None:
        before = self._screen
        self._screen = self._policy.decide(self._active, busy=mid_step(self._session.core.flow))
        if self._sheet and self._screen.banner is None:
            self._sheet = False
        if self._screen.announce and self._screen.takeover is not None:
            self._announce(self._screen.takeover)
        if self._screen != before or self._screen.announce:
            self.changed.emit()

    def _announce(self, held: HeldAlert) -> None:
        words = self._bulletins[held.key].words_in(self._session.language)
        said = words.headline
        if self._session.speech and words.action:  # a resident listening hears what to do
            stop = "。" if self._session.language in ("ja", "ja-easy", "zh-Hans") else ". "
            said = f"{said}{stop}{words.action}"
        attention = getattr(self._speech, "attention", None)
        if callable(attention):
            attention(said, self._attention.rings, self._attention.repeats)

    # -- what is shown ----------------------------------------------------------------------

    @property
    def screen(self) -> AlertScreen:
        """The policy's last decision (tests)."""
        return self._screen

    def _overlay_alert(self) -> HeldAlert | None:
        if self._screen.takeover is not None:
            return self._screen.takeover
        return self._screen.banner if self._sheet else None

    def _bulletin(self, held: HeldAlert | None) -> Bulletin | None:
        return None if held is None else self._bulletins.get(held.key)

    def _words(self, held: HeldAlert | None) -> Any:
        bulletin = self._bulletin(held)
        return None if bulletin is None else bulletin.words_in(self._session.language)

    def _colours(self, held: HeldAlert | None) -> tuple[str, str]:
        level = held.alert.level.value if held is not None else "info"
        colours = level_colours(level, high_contrast=self._session.highContrast)
        return colours.band, colours.text

    @Property(bool, notify=changed)
    def bannerVisible(self) -> bool:
        """True while an advisory or more serious alert is in force."""
        return self._screen.banner is not None

    @Property(str, notify=changed)
    def bannerText(self) -> str:
        """The banner's line: the alert's headline in the resident's language."""
        words = self._words(self._screen.banner)
        return "" if words is None else words.headline

    @Property(str, notify=changed)
    def bannerHint(self) -> str:
        """Under the headline: how many more alerts, and that a touch says what to do."""
        hint = tr(TAP)
        if self._screen.others:
            more = tr(MORE).replace("%1", str(self._screen.others))
            # Japanese and Chinese sentences follow each other without a space.
            hint = f"{more}{'' if more.endswith('。') else ' '}{hint}"
        return hint

    @Property(bool, notify=changed)
    def bannerDrill(self) -> bool:
        """True when the banner's alert is a drill (it says so)."""
        return self._screen.banner is not None and self._screen.banner.drill

    @Property(str, notify=changed)
    def bannerColour(self) -> str:
        """The banner's background: its level's colour."""
        return self._colours(self._screen.banner)[0]

    @Property(str, notify=changed)
    def bannerTextColour(self) -> str:
        """The banner's text colour on its level's colour."""
        return self._colours(self._screen.banner)[1]

    @Property(bool, notify=changed)
    def overlayVisible(self) -> bool:
        """True while the takeover (or the banner's detail sheet) covers the screen."""
        return self._overlay_alert() is not None

    @Property(bool, notify=changed)
    def takeover(self) -> bool:
        """True while a takeover (not a sheet the resident opened) covers the screen."""
        return self._screen.takeover is not None

    @Property(bool, notify=changed)
    def waiting(self) -> bool:
        """True while a takeover is due but waits for the open flow's step to end."""
        return self._screen.waiting is not None

    @Property(str, notify=changed)
    def levelColour(self) -> str:
        """The takeover's band: its level's colour."""
        return self._colours(self._overlay_alert())[0]

    @Property(str, notify=changed)
    def levelTextColour(self) -> str:
        """The text colour on the takeover's band."""
        return self._colours(self._overlay_alert())[1]

    def _word(self, name: str) -> str:
        words = self._words(self._overlay_alert())
        return "" if words is None else str(getattr(words, name, ""))

    @Property(str, notify=changed)
    def event(self) -> str:
        """What happened: the kind and level worded (大雨警報, 警戒レベル4 避難指示)."""
        return self._word("event")

    @Property(str, notify=changed)
    def headline(self) -> str:
        """The source's headline in the resident's language, or the event."""
        return self._word("headline")

    @Property(str, notify=changed)
    def action(self) -> str:
        """What to do now."""
        return self._word("action")

    @Property(str, notify=changed)
    def details(self) -> str:
        """The source's own text (may be in Japanese: see ``note``)."""
        return self._word("details")

    @Property(str, notify=changed)
    def detailsLanguage(self) -> str:
        """The language ``details`` is in (for its font)."""
        return self._word("details_language")

    @Property(str, notify=changed)
    def detailsFont(self) -> str:
        """The font for ``details``: its own language's (Japanese text on an English screen)."""
        code = self._word("details_language")
        return language(code if code in LANGUAGE_CODES else self._session.language).font_family

    @Property(str, constant=True)
    def shelterFont(self) -> str:
        """The font for shelter names and addresses, which the national data gives in Japanese."""
        return language("ja").font_family

    @Property(str, notify=changed)
    def note(self) -> str:
        """'' or, in the resident's language, that the details are in Japanese."""
        return self._word("note")

    @Property(bool, notify=changed)
    def drill(self) -> bool:
        """True when the alert shown is a drill."""
        held = self._overlay_alert()
        return held is not None and held.drill

    @Property(str, notify=changed)
    def drillNotice(self) -> str:
        """For a drill: the sentence saying it is not real ('' otherwise)."""
        bulletin = self._bulletin(self._overlay_alert())
        if bulletin is None:
            return ""
        return bulletin.drill_notes.get(self._session.language, "")

    @Property(str, notify=changed)
    def asOf(self) -> str:
        """When the alert was last confirmed, in the terminal's zone and the resident's words."""
        bulletin = self._bulletin(self._overlay_alert())
        if bulletin is None:
            return ""
        when = self._clock.show(bulletin.as_of, self._session.language)
        return tr(AS_OF).replace("%1", when)

    @Property(str, notify=changed)
    def sheltersTitle(self) -> str:
        """The heading over the shelters, or why none are listed."""
        bulletin = self._bulletin(self._overlay_alert())
        return "" if bulletin is None else tr(SHELTERS[bulletin.shelter_state])

    @Property("QVariantList", notify=changed)
    def shelters(self) -> list[dict[str, str]]:
        """The shelters nearest this terminal: name, address and distance."""
        bulletin = self._bulletin(self._overlay_alert())
        if bulletin is None:
            return []
        return [
            {
                "name": s.name,
                "address": s.address,
                "distance": distance_text(s.distance_km),
                "state": tr(OPEN_NOW) if s.open else "",
            }
            for s in bulletin.shelters
        ]

    @Property(str, notify=changed)
    def moreText(self) -> str:
        """On the takeover: how many other alerts are in force ('' when none)."""
        if self._overlay_alert() is None or not self._screen.others:
            return ""
        return tr(MORE).replace("%1", str(self._screen.others))

    @Property(bool, notify=tileChanged)
    def disasterTile(self) -> bool:
        """True when the disaster tile can be opened from here (offered, and leaving allowed)."""
        core = self._session.core
        if DISASTER_SERVICE not in core.flows or not core.can_leave:
            return False
        if core.screen is Screen.SERVICE and core.service_id == DISASTER_SERVICE:
            return False
        try:
            return core.services.status(DISASTER_SERVICE).available
        except KeyError:
            return False

    @Property(bool, notify=changed)
    def ackPending(self) -> bool:
        """True while what is on screen has not been acknowledged yet."""
        held = self._on_screen()
        return held is not None and (held.key, held.version) not in self._acked

    # -- intents ----------------------------------------------------------------------------

    @Slot()
    def goBack(self) -> None:
        """'Back to what I was doing': the takeover (or sheet) leaves; the screen is as it was."""
        if self._screen.takeover is not None:
            self._policy.dismiss()
        self._sheet = False
        self._decide()
        self.changed.emit()

    @Slot()
    def openDisasterTile(self) -> None:
        """Open the disaster tile at the alert shown (leaving the takeover, and the service)."""
        if not self.disasterTile:
            return
        shown = self._overlay_alert() or self._screen.banner
        if self._screen.takeover is not None:
            self._policy.dismiss()
        self._sheet = False
        # At the bulletin of the alert shown, where the tile opens bulletins by key.
        self._session.showService(DISASTER_SERVICE, shown.key if shown is not None else "")
        self._decide()
        self.changed.emit()

    @Slot()
    def openBanner(self) -> None:
        """The banner was touched: the disaster tile from the start screens, else its sheet."""
        if self._screen.banner is None:
            return
        screen = self._session.core.screen
        if self.disasterTile and screen in (Screen.ATTRACT, Screen.HOME):
            self.openDisasterTile()
            return
        self._session.activity()
        self._sheet = True
        self.changed.emit()

    @Slot()
    def painted(self) -> None:
        """QML drew a frame with the banner or the takeover: acknowledge what is on screen."""
        held = self._on_screen()
        if held is None or self._board is None or (held.key, held.version) in self._acked:
            return
        self._acked.add((held.key, held.version))
        log.info("alert %s version %d on screen", held.key, held.version)
        board = self._board

        def ack(_progress: Callable[[object], None]) -> None:
            board.acknowledge(held, "screen")

        self._runner.run(ack, lambda _result, _error: None)
        self.changed.emit()

    def _on_screen(self) -> HeldAlert | None:
        return self._overlay_alert() or self._screen.banner
