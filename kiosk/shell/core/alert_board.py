"""The disaster alerts this kiosk holds, for the shell and every service to read.

The terminal's alert listener (``offline_cache.alerts.AlertListener``) tells
:meth:`AlertBoard.update` what is in force whenever that changes, on its own threads. The board
keeps that list, keeps what ended in the last day as *recent* (so a resident can read what was in
force this morning), and tells its subscribers; they must carry the news to their own thread
(the UI's, by a signal).
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal, Protocol

from content.alerts.held import Held as HeldAlert

log = logging.getLogger("machikado.kiosk")

RECENT_FOR = dt.timedelta(hours=24)
Surface = Literal["screen", "led"]


class Acknowledger(Protocol):
    """What tells the gateway that an alert is on a surface (the listener's ``acknowledge``)."""

    def __call__(self, alert_key: str, version: int, surface: Surface) -> str | None:
        """Queue the acknowledgement; None when it was given before."""
        ...


@dataclass(frozen=True)
class EndedAlert:
    """An alert no longer in force: its last version as held, and when it left."""

    held: HeldAlert
    ended_at: dt.datetime


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class AlertBoard:
    """What is in force now and what ended recently, fed by the listener, read by anyone."""

    def __init__(
        self,
        acknowledge: Acknowledger | None = None,
        *,
        clock: Callable[[], dt.datetime] = _utc_now,
        recent_for: dt.timedelta = RECENT_FOR,
    ) -> None:
        self._acknowledge = acknowledge
        self._clock = clock
        self._recent_for = recent_for
        self._lock = threading.Lock()
        self._active: list[HeldAlert] = []
        self._ended: dict[str, EndedAlert] = {}
        self._subscribers: list[Callable[[], None]] = []

    def bind(self, acknowledge: Acknowledger) -> None:
        """Acknowledge through ``acknowledge`` from now on (the listener, once it is built)."""
        self._acknowledge = acknowledge

    def subscribe(self, subscriber: Callable[[], None]) -> None:
        """Call ``subscriber`` (on the listener's thread) after every change of what is held."""
        with self._lock:
            self._subscribers.append(subscriber)

    def update(self, active: Sequence[HeldAlert]) -> None:
        """What is in force now (the listener's ``on_change``); an alert that left is *recent*."""
        now = self._clock()
        with self._lock:
            keys = {held.key for held in active}
            for held in self._active:
                if held.key not in keys:
                    self._ended[held.key] = EndedAlert(held, now)
            for key in keys:
                self._ended.pop(key, None)
            self._active = list(active)
            subscribers = tuple(self._subscribers)
        for subscriber in subscribers:
            try:
                subscriber()
            except Exception:  # one reader's fault must not keep the news from the others
                log.exception("alert board subscriber failed")

    def active(self) -> list[HeldAlert]:
        """The alerts in force, most serious first, then the latest sent first."""
        with self._lock:
            active = list(self._active)
        return sorted(active, key=lambda held: (-held.alert.level.rank, -_sent(held)))

    def recent(self) -> list[EndedAlert]:
        """What ended within the last day, the latest ended first."""
        cutoff = self._clock() - self._recent_for
        with self._lock:
            for key in [k for k, ended in self._ended.items() if ended.ended_at < cutoff]:
                del self._ended[key]
            ended = list(self._ended.values())
        return sorted(ended, key=lambda item: item.ended_at, reverse=True)

    def acknowledge(self, held: HeldAlert, surface: Surface) -> None:
        """Tell the gateway that ``held`` is on ``surface``; a failure is logged, never raised."""
        if self._acknowledge is None:
            return
        try:
            self._acknowledge(held.key, held.version, surface)
        except (
            Exception
        ):  # the outbox keeps writes on disk: this is a disk fault, not a network one
            log.exception("alert %s could not be acknowledged", held.key)


def _sent(held: HeldAlert) -> float:
    return held.alert.sent.timestamp()
