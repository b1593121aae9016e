"""Technicians' audit entries and diagnostics bundles from terminals, kept for city IT."""

from __future__ import annotations

import base64
import binascii
import hashlib
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from gateway.storage import now_iso, technician_audit, technician_bundle_parts


def record_audit(conn: Connection, terminal_id: str, entries: list[dict[str, Any]]) -> int:
    """Keep the terminal's audit entries; returns how many were kept."""
    received = now_iso()
    for entry in entries:
        conn.execute(
            technician_audit.insert().values(terminal_id=terminal_id, received_at=received, **entry)
        )
    return len(entries)


def audit_of(engine: Engine, terminal_id: str, limit: int = 100) -> list[dict[str, Any]]:
    """The terminal's latest audit entries, newest first."""
    query = (
        sa.select(
            technician_audit.c.at,
            technician_audit.c.who,
            technician_audit.c.action,
            technician_audit.c.target,
            technician_audit.c.outcome,
        )
        .where(technician_audit.c.terminal_id == terminal_id)
        .order_by(technician_audit.c.at.desc(), technician_audit.c.id.desc())
        .limit(limit)
    )
    with engine.connect() as conn:
        return [dict(row) for row in conn.execute(query).mappings()]


def store_part(
    conn: Connection, terminal_id: str, bundle_id: str, part: dict[str, Any]
) -> dict[str, Any]:
    """Keep one part of a bundle; returns how many of its parts have arrived."""
    table = technician_bundle_parts
    where = sa.and_(
        table.c.terminal_id == terminal_id,
        table.c.bundle_id == bundle_id,
        table.c.part == part["part"],
    )
    if conn.execute(sa.select(table.c.part).where(where)).first() is None:
        conn.execute(
            table.insert().values(
                terminal_id=terminal_id, bundle_id=bundle_id, received_at=now_iso(), **part
            )
        )
    have = conn.execute(
        sa.select(sa.func.count())
        .select_from(table)
        .where(table.c.terminal_id == terminal_id, table.c.bundle_id == bundle_id)
    ).scalar_one()
    return {"bundle_id": bundle_id, "received": int(have), "parts": part["parts"]}


def bundles_of(engine: Engine, terminal_id: str) -> list[dict[str, Any]]:
    """The terminal's bundles: id, file name, parts expected and received, last arrival."""
    table = technician_bundle_parts
    query = (
        sa.select(
            table.c.bundle_id,
            sa.func.max(table.c.name).label("name"),
            sa.func.max(table.c.parts).label("parts"),
            sa.func.count().label("received"),
            sa.func.max(table.c.received_at).label("received_at"),
        )
        .where(table.c.terminal_id == terminal_id)
        .group_by(table.c.bundle_id)
        .order_by(sa.func.max(table.c.received_at).desc())
    )
    with engine.connect() as conn:
        return [dict(row) for row in conn.execute(query).mappings()]


def bundle_bytes(engine: Engine, terminal_id: str, bundle_id: str) -> bytes | None:
    """The whole bundle once every part arrived and its SHA-256 matches; None otherwise."""
    table = technician_bundle_parts
    with engine.connect() as conn:
        rows = conn.execute(
            sa.select(table.c.part, table.c.parts, table.c.sha256, table.c.data)
            .where(table.c.terminal_id == terminal_id, table.c.bundle_id == bundle_id)
            .order_by(table.c.part)
        ).all()
    if not rows or len(rows) != rows[0].parts or [r.part for r in rows] != list(range(len(rows))):
        return None
    try:
        data = b"".join(base64.b64decode(r.data, validate=True) for r in rows)
    except (binascii.Error, ValueError):
        return None
    return data if hashlib.sha256(data).hexdigest() == rows[0].sha256 else None
