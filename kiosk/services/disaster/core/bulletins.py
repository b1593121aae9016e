"""The bulletins the tile lists: what is in force, most serious first, then what ended today."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol
from zoneinfo import ZoneInfo

from content.alerts.held import Held as HeldAlert
from content.alerts.model import Alert, Level, MsgType
from kiosk.shell.core.alert_board import EndedAlert


class AlertSource(Protocol):
    """What the kiosk's alert board offers: the alerts in force and those that ended lately."""

    def active(self) -> list[HeldAlert]:
        """The alerts in force, most serious first."""
        ...

    def recent(self) -> list[EndedAlert]:
        """The alerts that ended within the last day, the latest ended first."""
        ...


@dataclass(frozen=True)
class Bulletin:
    """One alert as the tile lists it: in force (``ended_at`` None) or ended today."""

    held: HeldAlert
    ended_at: dt.datetime | None = None

    @property
    def key(self) -> str:
        """The alert's key, the same over its versions."""
        return self.held.key

    @property
    def alert(self) -> Alert:
        """The message itself."""
        return self.held.alert

    @property
    def level(self) -> Level:
        """How serious it is."""
        return self.held.alert.level

    @property
    def drill(self) -> bool:
        """True for a drill, which is only ever shown as one."""
        return self.held.drill

    @property
    def in_force(self) -> bool:
        """True while the alert has not ended."""
        return self.ended_at is None

    @property
    def updated(self) -> bool:
        """True when this is a later version than the first (a correction or an update)."""
        return self.held.version > 1 or self.held.alert.msg_type is MsgType.UPDATE


def ended_today(ended_at: dt.datetime, now: dt.datetime, zone: ZoneInfo) -> bool:
    """True when ``ended_at`` falls on today's date in the terminal's zone."""
    return ended_at.astimezone(zone).date() == now.astimezone(zone).date()


def bulletins(source: AlertSource, now: dt.datetime, zone: ZoneInfo) -> list[Bulletin]:
    """The alerts in force as the board orders them, then those that ended today, latest first.

    An alert that ended yesterday (in Japan time, whatever the machine's zone) is not listed,
    even within the board's 24 hours.
    """
    active: Sequence[HeldAlert] = source.active()
    found = [Bulletin(held) for held in active]
    keys = {held.key for held in active}
    for ended in source.recent():
        if ended.held.key not in keys and ended_today(ended.ended_at, now, zone):
            found.append(Bulletin(ended.held, ended.ended_at))
    return found


def find(items: Sequence[Bulletin], key: str) -> Bulletin | None:
    """The bulletin with ``key`` among ``items``, or None."""
    return next((item for item in items if item.key == key), None)
