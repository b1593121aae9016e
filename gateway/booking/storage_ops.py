"""Small portable statements booking needs on SQLite and PostgreSQL alike."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection

# PostgreSQL SQLSTATEs and SQLite error names that mean "another live row holds this".
CONFLICT_SQLSTATES = ("23505", "23P01")
CONFLICT_SQLITE = ("SQLITE_CONSTRAINT_UNIQUE", "SQLITE_CONSTRAINT_TRIGGER")


def upsert(conn: Connection, table: sa.Table) -> Any:
    """An INSERT of ``table`` that takes ``ON CONFLICT`` (SQLite's or PostgreSQL's)."""
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    return dialect.insert(table)


def per_dialect(build: Callable[[Connection], Any]) -> Callable[[Connection], Any]:
    """``build``'s statement made once per dialect and reused, its values bound at execution.

    SQLAlchemy keys its compiled cache on the whole statement: one made afresh for every
    execution costs some 50 µs more to build and key than one made once, and a booking runs a
    dozen of them inside its write.
    """
    made: dict[str, Any] = {}

    def statement(conn: Connection) -> Any:
        name = conn.dialect.name
        if name not in made:
            made[name] = build(conn)
        return made[name]

    return statement


def insert_ignore(
    conn: Connection, table: sa.Table, values: dict[str, Any], keys: tuple[str, ...]
) -> bool:
    """Insert ``values`` unless a row with the same ``keys`` exists; whether it was inserted."""
    statement = upsert(conn, table).values(**values).on_conflict_do_nothing(index_elements=keys)
    return bool(conn.execute(statement).rowcount)


def is_conflict(err: sa.exc.IntegrityError) -> bool:
    """Whether an integrity error is a unique or exclusion conflict (not a CHECK, not a NULL)."""
    orig = err.orig
    state = getattr(orig, "sqlstate", None) or getattr(orig, "pgcode", None)
    if state is not None:
        return state in CONFLICT_SQLSTATES
    name = getattr(orig, "sqlite_errorname", "")
    return name in CONFLICT_SQLITE or "booking_overlap" in str(orig)


def is_check_failure(err: sa.exc.IntegrityError) -> bool:
    """Whether an integrity error is a CHECK constraint refusing the row."""
    orig = err.orig
    state = getattr(orig, "sqlstate", None) or getattr(orig, "pgcode", None)
    if state is not None:
        return bool(state == "23514")
    return "CHECK constraint failed" in str(orig)


# Serialisation failures and deadlocks (PostgreSQL can report two inserts racing under one
# exclusion constraint as a deadlock): the whole transaction is tried again, never a refusal.
RETRY_SQLSTATES = ("40001", "40P01")


def is_retryable(err: sa.exc.DBAPIError) -> bool:
    """Whether the transaction failed only for its timing and may simply be run again."""
    state = getattr(err.orig, "sqlstate", None) or getattr(err.orig, "pgcode", None)
    return state in RETRY_SQLSTATES
