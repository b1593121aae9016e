"""The emergency layer: raise, clear and expire messages that take over the screen and board."""

from __future__ import annotations

import enum
import types
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from content.config.schema import FieldError, build, require
from content.languages import LANGUAGE_CODES
from signage.core.clock import to_jst


class Severity(enum.Enum):
    """How grave a message is: 注意報 advisory < 警報 warning < 危険警報 danger < 特別警報 critical.

    An advisory runs on the LED board and the screen's ticker line while the loop plays on;
    from a warning up the message takes the whole screen.
    """

    ADVISORY = "advisory"
    WARNING = "warning"
    DANGER = "danger"
    CRITICAL = "critical"

    @property
    def rank(self) -> int:
        """0 for advisory, 1 for warning, 2 for danger, 3 for critical."""
        return list(Severity).index(self)

    @property
    def takes_screen(self) -> bool:
        """True from a warning up: the message replaces the loop on screen."""
        return self.rank >= Severity.WARNING.rank


class EmergencyError(ValueError):
    """A message the layer refuses; ``key`` names the reason for the UI's wording."""

    def __init__(self, key: str, message: str) -> None:
        super().__init__(message)
        self.key = key


@dataclass(frozen=True, eq=False)
class EmergencyMessage:
    """An emergency message: texts by language code (``ja`` required), severity and expiry.

    ``expires_at`` is an ISO date and time (naive = Japan time) or ``None`` for a message that
    stays until cleared. ``led_text`` is what the LED board shows; by default the ``ja`` text.
    ``drill`` marks an exercise, which the screen labels as one and never shows as real.
    ``issued_at`` (ISO, naive = Japan time) is when the source issued it, shown as its time.
    """

    id: str
    severity: Severity
    texts: Mapping[str, str]
    expires_at: str | None = None
    led_text: str | None = None
    drill: bool = False
    issued_at: str | None = None
    expiry: datetime | None = field(init=False, repr=False)
    issued: datetime | None = field(init=False, repr=False)

    def __post_init__(self) -> None:
        require(bool(self.id.strip()), "id", "must not be empty")
        require("ja" in self.texts, "texts", "a Japanese text ('ja') is required")
        for code, text in self.texts.items():
            require(
                code in LANGUAGE_CODES,
                f"texts.{code}",
                f"unknown language; known: {', '.join(LANGUAGE_CODES)}",
            )
            require(bool(text.strip()), f"texts.{code}", "must not be blank")
        if self.led_text is not None:
            require(bool(self.led_text.strip()), "led_text", "must not be blank when given")
        expiry = None
        if self.expires_at is not None:
            try:
                expiry = to_jst(datetime.fromisoformat(self.expires_at))
            except ValueError:
                raise FieldError(
                    "expires_at", f"expected an ISO date and time, got {self.expires_at!r}"
                ) from None
        issued = None
        if self.issued_at is not None:
            try:
                issued = to_jst(datetime.fromisoformat(self.issued_at))
            except ValueError:
                raise FieldError(
                    "issued_at", f"expected an ISO date and time, got {self.issued_at!r}"
                ) from None
        object.__setattr__(self, "texts", types.MappingProxyType(dict(self.texts)))
        object.__setattr__(self, "expiry", expiry)
        object.__setattr__(self, "issued", issued)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, EmergencyMessage):
            return NotImplemented
        mine = (self.id, self.severity, dict(self.texts), self.expiry, self.led_text, self.drill)
        return (*mine, self.issued) == (
            other.id,
            other.severity,
            dict(other.texts),
            other.expiry,
            other.led_text,
            other.drill,
            other.issued,
        )

    def __hash__(self) -> int:
        return hash((self.id, self.severity, self.expiry))

    def text(self, language: str) -> str:
        """The text in ``language``, or the Japanese text when that language is missing."""
        return self.texts.get(language, self.texts["ja"])

    @property
    def board_text(self) -> str:
        """What the LED board shows."""
        return self.led_text or self.texts["ja"]

    @property
    def quick_board_text(self) -> str | None:
        """A first LED frame in the board's own font, sent before ``board_text``, or None.

        Japanese goes to the board as pictures, seconds on a 9600-baud line; the English first
        line (plain ASCII) takes a few bytes and is on the board at once. None when the board
        text is plain ASCII already or there is no such English line.
        """
        board = self.board_text
        if board.isascii() and board.isprintable():
            return None
        english = " ".join(self.texts.get("en", "").split("\n", 1)[0].split())
        if not english or not english.isascii() or not english.isprintable():
            return None
        return english

    def expired(self, now: datetime) -> bool:
        """True once the wall clock reaches ``expires_at``."""
        return self.expiry is not None and to_jst(now) >= self.expiry


def message_from_data(data: Any, *, source: str) -> EmergencyMessage:
    """Validate parsed JSON into an :class:`EmergencyMessage` (``ConfigError`` names key paths)."""
    return build(EmergencyMessage, data, source=source)


class EmergencyLayer:
    """Holds the raised messages; the highest severity (then the latest raised) is shown.

    Only messages that take the screen (from a warning up) are :meth:`current`; an advisory is
    the :meth:`notice` the LED board and ticker carry while the loop plays.

    Expiry is judged on the wall clock, because an alert's expiry is a wall-clock fact: a clock
    jumping forward past ``expires_at`` ends the message at the next look, a clock jumping back
    keeps it longer. A message the terminal's clock already sees as expired is refused at raise
    time (``signage.emergency.expired``) rather than silently never shown. Clearing always works.
    """

    def __init__(self) -> None:
        self._raised: dict[str, tuple[int, EmergencyMessage]] = {}
        self._counter = 0
        self._listeners: list[Callable[[], None]] = []

    def subscribe(self, listener: Callable[[], None]) -> None:
        """Call ``listener`` after every raise and every clear that changed something.

        The player uses this to poll its sequencer at once, so a raised message is on screen
        and on the LED board without waiting for the current item to end.
        """
        self._listeners.append(listener)

    def _changed(self) -> None:
        for listener in tuple(self._listeners):
            listener()

    def raise_message(self, message: EmergencyMessage, now: datetime) -> None:
        """Show ``message`` from now on; raising an id again replaces the earlier message."""
        if message.expired(now):
            raise EmergencyError(
                "signage.emergency.expired", f"emergency {message.id!r} has already expired"
            )
        self._counter += 1
        self._raised[message.id] = (self._counter, message)
        self._changed()

    def clear(self, message_id: str | None = None) -> bool:
        """Take down one message (or all with ``None``); False when there was nothing to clear."""
        if message_id is None:
            cleared = bool(self._raised)
            self._raised.clear()
        else:
            cleared = self._raised.pop(message_id, None) is not None
        if cleared:
            self._changed()
        return cleared

    def active(self, now: datetime) -> tuple[EmergencyMessage, ...]:
        """Messages still in force at ``now``, most urgent first; expired ones are dropped."""
        for key in [k for k, (_n, m) in self._raised.items() if m.expired(now)]:
            del self._raised[key]
        ranked = sorted(self._raised.values(), key=lambda p: (p[1].severity.rank, p[0]))
        return tuple(message for _n, message in reversed(ranked))

    def current(self, now: datetime) -> EmergencyMessage | None:
        """The message taking the screen at ``now``, or ``None`` when the loop may play."""
        active = self.active(now)
        return active[0] if active and active[0].severity.takes_screen else None

    def notice(self, now: datetime) -> EmergencyMessage | None:
        """The advisory for the LED board and ticker while the loop plays at ``now``, if any."""
        active = self.active(now)
        return active[0] if active and not active[0].severity.takes_screen else None
