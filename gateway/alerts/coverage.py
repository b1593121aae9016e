"""Which terminals showed an alert: their acknowledgements, and the coverage city IT reads.

A terminal acknowledges an alert once it is on a surface (``screen``, ``led``); the gateway
keeps, per terminal, alert and surface, the latest version shown. Coverage counts the
registered terminals that are not revoked: those that showed the alert on any surface, and for
the others when each was last heard from (its last request, its last heartbeat).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from gateway.alerts.store import MAX_KEY
from gateway.storage import alert_acks, alerts, heartbeats, now_iso, terminal_use, terminals

SURFACES = ("screen", "led")


@dataclass(frozen=True)
class Acknowledgement:
    """One terminal's word that an alert's version is on one of its surfaces."""

    key: str
    version: int
    surface: str
    shown_at: str


@dataclass(frozen=True)
class Unseen:
    """A terminal that has not shown the alert, and when it was last heard from (or None)."""

    terminal_id: str
    description: str
    last_seen_at: str | None


@dataclass(frozen=True)
class Coverage:
    """How far one alert reached: shown on ``shown`` of ``terminals``; per surface; the rest."""

    key: str
    version: int
    state: str
    terminals: int
    shown: int
    by_surface: dict[str, int]
    current: int  # terminals that showed its latest version
    unseen: tuple[Unseen, ...]


def record(conn: Connection, terminal_id: str, acks: list[Acknowledgement]) -> dict[str, Any]:
    """Keep ``acks`` (the latest version per alert and surface); alerts unknown here are named
    in the answer and not kept."""
    keys = {ack.key for ack in acks}
    known = set(
        conn.execute(sa.select(alerts.c.key).where(alerts.c.key.in_(sorted(keys)))).scalars()
    )
    kept = 0
    for ack in acks:
        if ack.key not in known:
            continue
        where = (
            (alert_acks.c.terminal_id == terminal_id)
            & (alert_acks.c.key == ack.key)
            & (alert_acks.c.surface == ack.surface)
        )
        held = conn.execute(sa.select(alert_acks.c.version).where(where)).scalar()
        values = {"version": ack.version, "shown_at": ack.shown_at, "received_at": now_iso()}
        if held is None:
            conn.execute(
                alert_acks.insert().values(
                    terminal_id=terminal_id, key=ack.key, surface=ack.surface, **values
                )
            )
        elif ack.version >= held:
            conn.execute(alert_acks.update().where(where).values(**values))
        kept += 1
    return {"kept": kept, "unknown": sorted(keys - known)}


def coverage(engine: Engine, key: str) -> Coverage | None:
    """How far the alert ``key`` reached, or None when there is no such alert."""
    if "\x00" in key or len(key) > MAX_KEY:  # no key holds them (PostgreSQL refuses NUL)
        return None
    with engine.connect() as conn:
        alert = conn.execute(
            sa.select(alerts.c.version, alerts.c.state).where(alerts.c.key == key)
        ).first()
        if alert is None:
            return None
        fleet = conn.execute(
            sa.select(terminals.c.id, terminals.c.description)
            .where(terminals.c.revoked_at.is_(None))
            .order_by(terminals.c.id)
        ).all()
        acks = conn.execute(
            sa.select(alert_acks.c.terminal_id, alert_acks.c.surface, alert_acks.c.version).where(
                alert_acks.c.key == key
            )
        ).all()
        used = {
            str(r[0]): str(r[1])
            for r in conn.execute(sa.select(terminal_use.c.terminal_id, terminal_use.c.used_at))
        }
        beats = {
            str(r[0]): str(r[1])
            for r in conn.execute(sa.select(heartbeats.c.terminal_id, heartbeats.c.received_at))
        }
    ids = {row.id for row in fleet}
    acks = [ack for ack in acks if ack.terminal_id in ids]
    shown = {ack.terminal_id for ack in acks}
    by_surface = {
        surface: len({a.terminal_id for a in acks if a.surface == surface}) for surface in SURFACES
    }
    # An ended alert's last version is its end; the one before is the last that was shown.
    latest = alert.version if alert.state == "active" else alert.version - 1
    current = len({a.terminal_id for a in acks if a.version >= latest})
    unseen = tuple(
        Unseen(row.id, row.description, _latest(used.get(row.id), beats.get(row.id)))
        for row in fleet
        if row.id not in shown
    )
    return Coverage(
        key, alert.version, alert.state, len(fleet), len(shown), by_surface, current, unseen
    )


def _latest(*stamps: str | None) -> str | None:
    found = [stamp for stamp in stamps if stamp]
    return max(found) if found else None
