"""Terminal registration and token checks; tokens are stored only as SHA-256 hashes."""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from gateway.storage import now_iso, terminals

TERMINAL_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9-]{0,63}")


class TerminalError(ValueError):
    """A registration request that cannot be carried out; the message says why."""


@dataclass(frozen=True)
class Terminal:
    """A registered terminal as the gateway knows it."""

    id: str
    description: str
    created_at: str
    revoked_at: str | None


def hash_token(token: str) -> str:
    """The stored form of a token."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def add_terminal(
    engine: Engine, terminal_id: str, description: str = "", *, rotate: bool = False
) -> str:
    """Register ``terminal_id`` (or give it a new token with ``rotate``); returns the token."""
    if not TERMINAL_ID.fullmatch(terminal_id):
        raise TerminalError(
            f"terminal id {terminal_id!r}: expected 1-64 letters, digits and '-', starting with "
            "a letter or digit"
        )
    token = "mkt_" + secrets.token_urlsafe(32)
    with engine.begin() as conn:
        existing = conn.execute(
            sa.select(terminals.c.id).where(terminals.c.id == terminal_id)
        ).first()
        if existing and not rotate:
            raise TerminalError(
                f"terminal {terminal_id!r} is already registered (use --rotate for a new token)"
            )
        if existing:
            conn.execute(
                terminals.update()
                .where(terminals.c.id == terminal_id)
                .values(token_hash=hash_token(token), revoked_at=None)
            )
        else:
            conn.execute(
                terminals.insert().values(
                    id=terminal_id,
                    token_hash=hash_token(token),
                    description=description,
                    created_at=now_iso(),
                )
            )
    return token


def revoke_terminal(engine: Engine, terminal_id: str) -> None:
    """Revoke a terminal: its token stops working at once."""
    with engine.begin() as conn:
        done = conn.execute(
            terminals.update()
            .where(terminals.c.id == terminal_id, terminals.c.revoked_at.is_(None))
            .values(revoked_at=now_iso())
        )
    if done.rowcount != 1:
        raise TerminalError(f"no active terminal {terminal_id!r}")


def list_terminals(engine: Engine) -> list[Terminal]:
    """All registered terminals, revoked ones included."""
    with engine.connect() as conn:
        rows = conn.execute(
            sa.select(
                terminals.c.id,
                terminals.c.description,
                terminals.c.created_at,
                terminals.c.revoked_at,
            ).order_by(terminals.c.id)
        ).all()
    return [Terminal(*row) for row in rows]


def find_by_token(engine: Engine, token: str) -> Terminal | None:
    """The terminal holding ``token``, revoked or not; ``None`` when no terminal has it."""
    with engine.connect() as conn:
        row = conn.execute(
            sa.select(
                terminals.c.id,
                terminals.c.description,
                terminals.c.created_at,
                terminals.c.revoked_at,
            ).where(terminals.c.token_hash == hash_token(token))
        ).first()
    return Terminal(*row) if row else None
