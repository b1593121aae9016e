"""Heartbeats and usage counters from terminals; the gateway keeps the latest state of each."""

from __future__ import annotations

import json
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from gateway.storage import counters, heartbeats, now_iso

MAX_DEAD_LETTERS = 1_000_000


def record_heartbeat(conn: Connection, terminal_id: str, beat: dict[str, Any]) -> dict[str, Any]:
    """Replace the terminal's latest heartbeat; returns what was stored."""
    stored = {
        "terminal_id": terminal_id,
        "received_at": now_iso(),
        "terminal_time": beat["terminal_time"],
        "software_version": beat["software_version"],
        "cache_age_s": beat.get("cache_age_s"),
        "dead_letters": int(beat.get("dead_letters", 0)),
        "health": json.dumps(beat.get("health", {}), sort_keys=True),
    }
    conn.execute(heartbeats.delete().where(heartbeats.c.terminal_id == terminal_id))
    conn.execute(heartbeats.insert().values(**stored))
    return {**stored, "health": beat.get("health", {})}


def add_counts(conn: Connection, terminal_id: str, counts: dict[str, int]) -> dict[str, int]:
    """Add ``counts`` to the terminal's running totals; returns the new totals of those names."""
    totals: dict[str, int] = {}
    now = now_iso()
    for name, amount in sorted(counts.items()):
        where = sa.and_(counters.c.terminal_id == terminal_id, counters.c.name == name)
        # One atomic increment: concurrent reports never lose an update.
        done = conn.execute(
            counters.update().where(where).values(total=counters.c.total + amount, updated_at=now)
        )
        if done.rowcount == 0:
            conn.execute(
                counters.insert().values(
                    terminal_id=terminal_id, name=name, total=amount, updated_at=now
                )
            )
        totals[name] = int(conn.execute(sa.select(counters.c.total).where(where)).scalar_one())
    return totals


def terminal_state(engine: Engine, terminal_id: str) -> dict[str, Any]:
    """The latest heartbeat and counter totals of one terminal."""
    with engine.connect() as conn:
        beat = (
            conn.execute(sa.select(heartbeats).where(heartbeats.c.terminal_id == terminal_id))
            .mappings()
            .first()
        )
        totals = conn.execute(
            sa.select(counters.c.name, counters.c.total).where(
                counters.c.terminal_id == terminal_id
            )
        ).all()
    heartbeat = None
    if beat is not None:
        heartbeat = {**beat, "health": json.loads(beat["health"])}
        heartbeat.pop("terminal_id")
    return {"heartbeat": heartbeat, "counters": {name: int(total) for name, total in totals}}


def last_heartbeats(engine: Engine) -> dict[str, dict[str, Any]]:
    """Each terminal's latest heartbeat (received_at, software_version, dead_letters…), by id."""
    with engine.connect() as conn:
        rows = conn.execute(sa.select(heartbeats)).mappings().all()
    return {row["terminal_id"]: dict(row) for row in rows}
