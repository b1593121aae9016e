"""The city's disaster alerts as emergency messages: worded, ranked, raised, cleared, acknowledged.

The terminal's alert listener says what is in force whenever that changes; :class:`AlertMessages`
keeps the emergency layer equal to it. Each version of an alert is one message (its id names the
key and the version), so a correction is shown, and acknowledged, afresh. Information below an
advisory stays off signage (the kiosk's disaster tile lists it); an advisory runs on the LED
board and the ticker; from a warning up the message takes the screen. A drill is raised only as
a drill: marked so, and worded with the catalogue's drill label.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Literal, Protocol

from content.alerts.held import Held
from content.alerts.model import Alert, Level
from signage.core.emergency import EmergencyError, EmergencyLayer, EmergencyMessage, Severity

log = logging.getLogger(__name__)

Surface = Literal["screen", "led"]
ID_PREFIX = "alert:"
# The overlay's second line rotates through these, in this order (Japanese is always shown).
SIGNAGE_LANGUAGES: tuple[str, ...] = ("ja", "en", "zh-Hans", "ko", "pt-BR", "vi", "ja-easy")

SEVERITY_OF: dict[Level, Severity] = {
    Level.ADVISORY: Severity.ADVISORY,
    Level.WARNING: Severity.WARNING,
    Level.DANGER: Severity.DANGER,
    Level.EMERGENCY: Severity.CRITICAL,
}


class Words(Protocol):
    """An alert worded in one language (``content.alerts.wording.AlertWords``)."""

    @property
    def event(self) -> str:
        """What happens, e.g. 大雨警報 / Heavy rain warning."""
        ...

    @property
    def headline(self) -> str:
        """The source's headline in this language, or the event."""
        ...

    @property
    def action(self) -> str:
        """What to do now."""
        ...


class WordsFor(Protocol):
    """What words an alert (``content.alerts.wording.words_for``)."""

    def __call__(self, alert: Alert, language: str, *, drill: bool = False) -> Words:
        """``alert`` in ``language``; with ``drill``, labelled as a drill."""
        ...


def message_id(key: str, version: int) -> str:
    """The emergency layer's id of one version of an alert."""
    return f"{ID_PREFIX}{key}@{version}"


def _clean(text: str) -> str:
    return " ".join(text.split())


def screen_text(words: Words) -> str:
    """The overlay's text in one language, one part a line: what happened, the source's
    headline where it says more, then what to do."""
    event, headline, action = _clean(words.event), _clean(words.headline), _clean(words.action)
    lines = [event] if event and event not in headline else []
    lines += [line for line in (headline, action) if line and line not in lines]
    return "\n".join(lines)


def board_text(words: Words) -> str:
    """The LED board's short text: what happened (drill-labelled for a drill)."""
    return _clean(words.event) or _clean(words.headline)


def message_for(
    held: Held, words_for: WordsFor, languages: Iterable[str] = SIGNAGE_LANGUAGES
) -> EmergencyMessage | None:
    """The emergency message for ``held``, or None for information (below an advisory)."""
    alert = held.alert
    severity = SEVERITY_OF.get(alert.level)
    if severity is None:
        return None
    texts: dict[str, str] = {}
    led = ""
    for language in languages:
        words = words_for(alert, language, drill=held.drill)
        text = screen_text(words)
        if text:
            texts[language] = text
        if language == "ja":
            led = board_text(words)
    if "ja" not in texts:
        raise ValueError(f"alert {held.key!r} has no Japanese wording")
    expires = alert.expires.isoformat() if alert.expires is not None else None
    return EmergencyMessage(
        id=message_id(held.key, held.version),
        severity=severity,
        texts=texts,
        expires_at=expires,
        led_text=led or None,
        drill=held.drill,
        issued_at=alert.sent.isoformat(),
    )


@dataclass(frozen=True)
class Worded:
    """One alert version worded as its emergency message."""

    key: str
    version: int
    message: EmergencyMessage


class AlertMessages:
    """Keeps the layer's alert messages equal to the alerts in force; tells what to acknowledge.

    :meth:`word` may run on any thread (the listener's: the catalogue is read there, not on the
    UI thread); :meth:`update` runs on the thread that owns the layer. An alert that cannot be
    worded or has already expired is logged and left out; the others are still shown.
    """

    def __init__(
        self,
        layer: EmergencyLayer,
        words_for: WordsFor,
        *,
        languages: Sequence[str] = SIGNAGE_LANGUAGES,
    ) -> None:
        self.layer = layer
        self.words_for = words_for
        self.languages = tuple(languages)
        self._raised: dict[str, Worded] = {}
        self._acknowledged: set[tuple[str, int, Surface]] = set()

    @property
    def raised(self) -> tuple[str, ...]:
        """The ids of the alert messages on the layer now."""
        return tuple(self._raised)

    def word(self, held: Sequence[Held]) -> list[Worded]:
        """The messages for the alerts in force (information below an advisory left out)."""
        out = []
        for item in held:
            try:
                message = message_for(item, self.words_for, self.languages)
            except (ValueError, KeyError) as err:
                log.error("alert %s v%d cannot be shown: %s", item.key, item.version, err)
                continue
            if message is not None:
                out.append(Worded(item.key, item.version, message))
        return out

    def update(self, worded: Sequence[Worded], now: datetime) -> None:
        """Raise what is new or changed, then clear what is no longer in force."""
        wanted = {entry.message.id: entry for entry in worded}
        for identifier, entry in wanted.items():
            before = self._raised.get(identifier)
            if before is not None and before.message == entry.message:
                continue
            try:
                self.layer.raise_message(entry.message, now)
            except EmergencyError as err:
                log.warning("alert %s not raised: %s", identifier, err)
                continue
            self._raised[identifier] = entry
            log.warning("alert %s raised (%s)", identifier, entry.message.severity.value)
        for identifier in [i for i in self._raised if i not in wanted]:
            del self._raised[identifier]
            self.layer.clear(identifier)
            log.info("alert %s cleared", identifier)

    def shown(self, identifier: str, surface: Surface) -> tuple[str, int] | None:
        """The (key, version) to acknowledge now that ``identifier`` is on ``surface``.

        None for a message that is not an alert's (or no longer raised), and for one already
        acknowledged on that surface: each version is acknowledged once per surface.
        """
        entry = self._raised.get(identifier)
        if entry is None:
            return None
        if (entry.key, entry.version, surface) in self._acknowledged:
            return None
        self._acknowledged.add((entry.key, entry.version, surface))
        return entry.key, entry.version
