"""Terminal registration, token checks and rotation; tokens are stored only as SHA-256 hashes.

A rotated token (``add-terminal --rotate``) is valid beside the current one until the terminal
first presents it; from then on only the new one works. Each valid use is remembered (when, from
which address) at most once a minute per terminal, so checking a token stays a read.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import re
import secrets
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import IntegrityError

from gateway.storage import (
    heartbeats,
    now_iso,
    reading,
    terminal_rotations,
    terminal_use,
    terminals,
)

log = logging.getLogger("machikado.gateway")

TERMINAL_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9-]{0,63}")
# A terminal's last use is written again only after this long, or when its address changes.
USE_RECORD_INTERVAL = dt.timedelta(seconds=60)

_COLUMNS = (terminals.c.id, terminals.c.description, terminals.c.created_at, terminals.c.revoked_at)


class TerminalError(ValueError):
    """A registration request that cannot be carried out; the message says why."""


@dataclass(frozen=True)
class Terminal:
    """A registered terminal as the gateway knows it."""

    id: str
    description: str
    created_at: str
    revoked_at: str | None


@dataclass(frozen=True)
class TerminalStatus:
    """A terminal with what city IT checks: its last use, address, software and rotation."""

    terminal: Terminal
    last_used_at: str | None
    last_address: str
    software_version: str
    rotation_issued_at: str | None


def hash_token(token: str) -> str:
    """The stored form of a token."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _new_token() -> str:
    return "mkt_" + secrets.token_urlsafe(32)


def add_terminal(
    engine: Engine, terminal_id: str, description: str = "", *, rotate: bool = False
) -> str:
    """Register ``terminal_id`` (or give it a new token with ``rotate``); returns the token.

    Rotating an active terminal's token keeps the old one working until the new one is first
    used; rotating a revoked terminal's token brings it back with the new token only.
    """
    if not TERMINAL_ID.fullmatch(terminal_id):
        raise TerminalError(
            f"terminal id {terminal_id!r}: expected 1-64 letters, digits and '-', starting with "
            "a letter or digit"
        )
    token = _new_token()
    with engine.begin() as conn:
        existing = conn.execute(
            sa.select(terminals.c.revoked_at).where(terminals.c.id == terminal_id)
        ).first()
        if existing and not rotate:
            raise TerminalError(
                f"terminal {terminal_id!r} is already registered (use --rotate for a new token)"
            )
        if existing is None and rotate:
            # a misspelt id would otherwise register a new terminal and hand it the token
            raise TerminalError(
                f"terminal {terminal_id!r} is not registered: add it without --rotate"
            )
        if existing is None:
            conn.execute(
                terminals.insert().values(
                    id=terminal_id,
                    token_hash=hash_token(token),
                    description=description,
                    created_at=now_iso(),
                )
            )
            return token
        conn.execute(
            terminal_rotations.delete().where(terminal_rotations.c.terminal_id == terminal_id)
        )
        if existing.revoked_at is not None:
            conn.execute(
                terminals.update()
                .where(terminals.c.id == terminal_id)
                .values(token_hash=hash_token(token), revoked_at=None)
            )
        else:
            conn.execute(
                terminal_rotations.insert().values(
                    terminal_id=terminal_id, token_hash=hash_token(token), issued_at=now_iso()
                )
            )
        if description:
            conn.execute(
                terminals.update()
                .where(terminals.c.id == terminal_id)
                .values(description=description)
            )
    return token


def revoke_terminal(engine: Engine, terminal_id: str) -> None:
    """Revoke a terminal: its token (and a rotated one not yet used) stops working at once."""
    with engine.begin() as conn:
        done = conn.execute(
            terminals.update()
            .where(terminals.c.id == terminal_id, terminals.c.revoked_at.is_(None))
            .values(revoked_at=now_iso())
        )
        conn.execute(
            terminal_rotations.delete().where(terminal_rotations.c.terminal_id == terminal_id)
        )
    if done.rowcount != 1:
        raise TerminalError(f"no active terminal {terminal_id!r}")


def _status_query() -> sa.Select[Any]:
    return sa.select(
        *_COLUMNS,
        terminal_use.c.used_at,
        terminal_use.c.address,
        heartbeats.c.software_version,
        terminal_rotations.c.issued_at,
    ).select_from(
        terminals.outerjoin(terminal_use, terminal_use.c.terminal_id == terminals.c.id)
        .outerjoin(heartbeats, heartbeats.c.terminal_id == terminals.c.id)
        .outerjoin(terminal_rotations, terminal_rotations.c.terminal_id == terminals.c.id)
    )


def _status(row: sa.Row[Any]) -> TerminalStatus:
    return TerminalStatus(
        Terminal(row.id, row.description, row.created_at, row.revoked_at),
        last_used_at=row.used_at,
        last_address=row.address or "",
        software_version=row.software_version or "",
        rotation_issued_at=row.issued_at,
    )


def list_terminals(engine: Engine) -> list[TerminalStatus]:
    """All registered terminals, revoked ones included, with their last use and software."""
    with engine.connect() as conn:
        rows = conn.execute(_status_query().order_by(terminals.c.id)).all()
    return [_status(row) for row in rows]


def terminal_status(engine: Engine, terminal_id: str) -> TerminalStatus | None:
    """One terminal's status; ``None`` when it is not registered."""
    with engine.connect() as conn:
        row = conn.execute(_status_query().where(terminals.c.id == terminal_id)).first()
    return _status(row) if row else None


def find_by_token(engine: Engine, token: str, *, address: str = "") -> Terminal | None:
    """The terminal holding ``token``, revoked or not; ``None`` when no terminal has it.

    A rotated token's first use makes it the terminal's only token. The use of an active
    terminal's token is recorded with ``address`` (throttled to once a minute).
    """
    digest = hash_token(token)
    query = sa.select(*_COLUMNS, terminal_use.c.used_at, terminal_use.c.address).select_from(
        terminals.outerjoin(terminal_use, terminal_use.c.terminal_id == terminals.c.id)
    )
    with reading(engine) as conn:
        row = conn.execute(query.where(terminals.c.token_hash == digest)).first()
    if row is None:
        if not _promote(engine, digest):
            return None
        with engine.connect() as conn:
            row = conn.execute(query.where(terminals.c.token_hash == digest)).first()
        if row is None:
            return None
    found = Terminal(row.id, row.description, row.created_at, row.revoked_at)
    if found.revoked_at is None and _use_is_stale(row.used_at, row.address, address):
        _record_use(engine, found.id, address)
    return found


def _promote(engine: Engine, digest: str) -> bool:
    """Make a rotated token its terminal's current one; False if no active rotation has it."""
    with engine.begin() as conn:
        pending = conn.execute(
            sa.select(terminal_rotations.c.terminal_id)
            .select_from(
                terminal_rotations.join(
                    terminals, terminals.c.id == terminal_rotations.c.terminal_id
                )
            )
            .where(terminal_rotations.c.token_hash == digest, terminals.c.revoked_at.is_(None))
        ).first()
        if pending is None:
            return False
        conn.execute(
            terminal_rotations.delete().where(
                terminal_rotations.c.terminal_id == pending.terminal_id
            )
        )
        conn.execute(
            terminals.update()
            .where(terminals.c.id == pending.terminal_id)
            .values(token_hash=digest)
        )
    log.info(
        "terminal %s used its new token; the previous one no longer works", pending.terminal_id
    )
    return True


def _use_is_stale(used_at: str | None, recorded: str | None, address: str) -> bool:
    if used_at is None or (address and address != recorded):
        return True
    return dt.datetime.now(dt.UTC) - dt.datetime.fromisoformat(used_at) >= USE_RECORD_INTERVAL


def _record_use(engine: Engine, terminal_id: str, address: str) -> None:
    values = {"used_at": now_iso(), "address": address[:64]}
    try:
        with engine.begin() as conn:
            _upsert_use(conn, terminal_id, values)
    except IntegrityError:  # another gateway process recorded it at the same moment
        pass


def _upsert_use(conn: Connection, terminal_id: str, values: dict[str, str]) -> None:
    done = conn.execute(
        terminal_use.update().where(terminal_use.c.terminal_id == terminal_id).values(**values)
    )
    if done.rowcount == 0:
        conn.execute(terminal_use.insert().values(terminal_id=terminal_id, **values))


def expire_silent(
    engine: Engine, silent_for: dt.timedelta, *, dry_run: bool = False
) -> list[TerminalStatus]:
    """Revoke every active terminal not heard from for ``silent_for``; returns those terminals.

    A terminal never heard from counts from its registration.
    """
    cutoff = dt.datetime.now(dt.UTC) - silent_for
    silent = [
        status
        for status in list_terminals(engine)
        if status.terminal.revoked_at is None
        and dt.datetime.fromisoformat(status.last_used_at or status.terminal.created_at) < cutoff
    ]
    if dry_run:
        return silent
    expired = []
    for status in silent:
        try:
            revoke_terminal(engine, status.terminal.id)
        except TerminalError:  # revoked meanwhile by someone else
            continue
        expired.append(status)
    return expired
