"""City IT's operators, who issue the city's own alerts over the API; tokens kept as hashes.

An operator token is not a terminal token: a terminal's token presented where an operator's is
needed is refused as such, so a stolen kiosk token can never raise an alert.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from gateway.storage import now_iso, operators, terminal_rotations, terminals
from gateway.terminals import hash_token

OPERATOR_ID = re.compile(r"[a-z0-9][a-z0-9._-]{0,63}")


class OperatorError(ValueError):
    """A request about operators that cannot be carried out; the message says why."""


@dataclass(frozen=True)
class Operator:
    """A registered operator."""

    id: str
    description: str
    created_at: str
    revoked_at: str | None


def add_operator(engine: Engine, operator_id: str, description: str = "") -> str:
    """Register an operator (or give a revoked one a new token); returns the token, shown once."""
    if not OPERATOR_ID.fullmatch(operator_id):
        raise OperatorError(
            f"operator id {operator_id!r}: expected 1-64 lower-case letters, digits, '.', '_'"
            " and '-'"
        )
    token = "mko_" + secrets.token_urlsafe(32)
    with engine.begin() as conn:
        row = conn.execute(
            sa.select(operators.c.revoked_at).where(operators.c.id == operator_id)
        ).first()
        if row is not None and row.revoked_at is None:
            raise OperatorError(f"operator {operator_id!r} is already registered")
        values = {"token_hash": hash_token(token), "revoked_at": None}
        if description:
            values["description"] = description
        if row is None:
            conn.execute(operators.insert().values(id=operator_id, created_at=now_iso(), **values))
        else:
            conn.execute(operators.update().where(operators.c.id == operator_id).values(**values))
    return token


def revoke_operator(engine: Engine, operator_id: str) -> None:
    """Stop an operator's token from working."""
    with engine.begin() as conn:
        done = conn.execute(
            operators.update()
            .where(operators.c.id == operator_id, operators.c.revoked_at.is_(None))
            .values(revoked_at=now_iso())
        )
    if done.rowcount != 1:
        raise OperatorError(f"no active operator {operator_id!r}")


def list_operators(engine: Engine) -> list[Operator]:
    """Every operator, revoked ones included."""
    with engine.connect() as conn:
        rows = conn.execute(sa.select(operators).order_by(operators.c.id)).all()
    return [Operator(r.id, r.description, r.created_at, r.revoked_at) for r in rows]


def operator_by_token(engine: Engine, token: str) -> tuple[Operator | None, bool]:
    """The operator holding ``token`` (revoked or not), and whether it is a terminal's token
    (its current one, or a rotated one not yet used)."""
    digest = hash_token(token)
    with engine.connect() as conn:
        row = conn.execute(sa.select(operators).where(operators.c.token_hash == digest)).first()
        if row is not None:
            return Operator(row.id, row.description, row.created_at, row.revoked_at), False
        terminal = conn.execute(
            sa.union_all(
                sa.select(terminals.c.id).where(terminals.c.token_hash == digest),
                sa.select(terminal_rotations.c.terminal_id).where(
                    terminal_rotations.c.token_hash == digest
                ),
            )
        ).first()
    return None, terminal is not None
