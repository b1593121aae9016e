"""The terminal's issuance journal: each order's money and outcome, kept on disk, told to the city.

Every order is one row (its reference, the gateway's issuance id, the payment hold, the fee and
where it stands: held → issued → printed | failed → settled); nothing about the resident is kept.
The outcome and then the settlement are reported to the gateway through the offline cache's
durable outbox, which delivers oldest first and stops at the first failure, so the gateway always
hears the outcome before the settlement (it refuses a settlement before its outcome). Each report
has a fixed idempotency key derived from the order, so a report queued again after a crash is
neither stored nor applied twice.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from kiosk.blocks.checkout.ports import Held


class Reporter(Protocol):
    """Where reports for the gateway go: the offline cache's durable outbox."""

    def enqueue(self, endpoint: str, body: dict[str, Any], *, key: str | None = None) -> str:
        """Keep ``body`` for ``endpoint`` until the gateway has it; returns its key."""
        ...


def clean_detail(detail: str) -> str:
    """``detail`` as the gateway accepts it: ``[a-z0-9_.]``, at most 64 characters."""
    return re.sub(r"[^a-z0-9_.]", "_", detail.lower())[:64]


@dataclass(frozen=True)
class Entry:
    """One order as the journal knows it (no personal data)."""

    reference: str
    issuance_id: str | None
    hold_id: str
    method: str
    amount_yen: int
    state: str
    outcome: str | None
    detail: str
    settlement: str | None
    outcome_queued: bool
    settlement_queued: bool


def _v1(conn: sqlite3.Connection) -> None:
    conn.execute(
        "CREATE TABLE orders (reference TEXT PRIMARY KEY, issuance_id TEXT UNIQUE, "
        "hold_id TEXT NOT NULL DEFAULT '', method TEXT NOT NULL DEFAULT '', "
        "amount_yen INTEGER NOT NULL DEFAULT 0, state TEXT NOT NULL, outcome TEXT, "
        "detail TEXT NOT NULL DEFAULT '', settlement TEXT, "
        "outcome_queued INTEGER NOT NULL DEFAULT 0, settlement_queued INTEGER NOT NULL DEFAULT 0, "
        "created_at TEXT NOT NULL, updated_at TEXT NOT NULL)"
    )
    conn.execute("CREATE INDEX ix_orders_state ON orders (state)")


# Append only: entry N upgrades a journal at user_version N-1, in one transaction.
MIGRATIONS: tuple[Callable[[sqlite3.Connection], None], ...] = (_v1,)
_COLUMNS = (
    "reference, issuance_id, hold_id, method, amount_yen, state, outcome, detail, settlement, "
    "outcome_queued, settlement_queued"
)


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


class IssuanceJournal:
    """The certificate journal (``JournalPort``) on a small SQLite file of its own.

    Calls come from worker threads; one connection serves them under a lock. Every change is
    committed (synchronous=FULL) before the call returns.
    """

    def __init__(self, path: Path, reporter: Reporter) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.reporter = reporter
        self._lock = threading.RLock()
        self._conn = sqlite3.connect(
            path, isolation_level=None, check_same_thread=False, timeout=30
        )
        self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.execute("PRAGMA synchronous=FULL")
        path.chmod(0o600)
        self._migrate()

    def _migrate(self) -> None:
        with self._transaction() as conn:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version > len(MIGRATIONS):
                raise RuntimeError(f"issuance journal schema {version} is newer than this software")
            for number, step in enumerate(MIGRATIONS[version:], start=version + 1):
                step(conn)
                conn.execute(f"PRAGMA user_version = {number}")

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    def close(self) -> None:
        """Close the journal file."""
        with self._lock:
            self._conn.close()

    # -- reading --------------------------------------------------------------------------

    def entry(self, reference: str) -> Entry | None:
        """The order named ``reference``, or ``None``."""
        return self._one("WHERE reference = ?", reference)

    def entry_for(self, issuance_id: str) -> Entry | None:
        """The order the gateway journaled as ``issuance_id``, or ``None``."""
        return self._one("WHERE issuance_id = ?", issuance_id)

    def open_entries(self) -> list[Entry]:
        """Orders whose fee is not settled yet, oldest first."""
        with self._lock:
            rows = self._conn.execute(
                f"SELECT {_COLUMNS} FROM orders WHERE state != 'settled' ORDER BY created_at, rowid"
            ).fetchall()
        return [_entry(row) for row in rows]

    def _one(self, where: str, value: str) -> Entry | None:
        with self._lock:
            row = self._conn.execute(f"SELECT {_COLUMNS} FROM orders {where}", [value]).fetchone()
        return _entry(row) if row else None

    # -- the JournalPort ------------------------------------------------------------------

    def held(self, reference: str, held: Held) -> None:
        """Money is held for the order."""
        with self._transaction() as conn:
            conn.execute(
                "INSERT INTO orders (reference, hold_id, method, amount_yen, state, created_at, "
                "updated_at) VALUES (?, ?, ?, ?, 'held', ?, ?) ON CONFLICT (reference) DO UPDATE "
                "SET hold_id = excluded.hold_id, method = excluded.method, "
                "amount_yen = excluded.amount_yen, updated_at = excluded.updated_at "
                "WHERE state = 'held'",
                [reference, held.hold_id, held.method, held.amount_yen, _now(), _now()],
            )

    def issued(self, reference: str, issuance_id: str) -> None:
        """The gateway journaled the order as ``issuance_id``."""
        with self._transaction() as conn:
            self._ensure(conn, reference)
            conn.execute(
                "UPDATE orders SET issuance_id = ?, state = 'issued', updated_at = ? "
                "WHERE reference = ? AND state = 'held'",
                [issuance_id, _now(), reference],
            )

    def printed(self, reference: str) -> None:
        """Every document came out of the printer."""
        self._outcome(reference, "printed", "")

    def failed(self, reference: str, detail: str) -> None:
        """The order ended without documents; ``detail`` is a message key."""
        self._outcome(reference, "failed", clean_detail(detail))

    def settled(self, reference: str, result: str, amount_yen: int) -> None:
        """The fee was 'collected' or 'refunded' (``amount_yen`` is what was held)."""
        if result not in ("collected", "refunded"):
            raise ValueError(f"settlement must be collected or refunded, not {result!r}")
        entry = self.entry(reference)
        if entry is not None and entry.outcome is None:
            # Outcome first, always: the gateway takes no settlement before it.
            self._outcome(
                reference, "printed" if result == "collected" else "failed", "settled_unprinted"
            )
        with self._transaction() as conn:
            self._ensure(conn, reference)
            conn.execute(
                "UPDATE orders SET state = 'settled', settlement = ?, updated_at = ? "
                "WHERE reference = ? AND state != 'settled'",
                [result, _now(), reference],
            )
        self.flush(reference)

    # -- reporting ------------------------------------------------------------------------

    def _outcome(self, reference: str, outcome: str, detail: str) -> None:
        with self._transaction() as conn:
            self._ensure(conn, reference)
            conn.execute(
                "UPDATE orders SET state = ?, outcome = ?, detail = ?, updated_at = ? "
                "WHERE reference = ? AND state IN ('held', 'issued')",
                [outcome, outcome, detail, _now(), reference],
            )
        self.flush(reference)

    def _ensure(self, conn: sqlite3.Connection, reference: str) -> None:
        conn.execute(
            "INSERT OR IGNORE INTO orders (reference, state, created_at, updated_at) "
            "VALUES (?, 'held', ?, ?)",
            [reference, _now(), _now()],
        )

    def flush(self, reference: str | None = None) -> int:
        """Queue every report not queued yet (of one order, or of all); how many were queued.

        Run again after a crash, it queues what a crash left out; the reports' fixed keys keep
        anything queued already from being stored or applied twice.
        """
        where = "WHERE issuance_id IS NOT NULL AND ((outcome IS NOT NULL AND outcome_queued = 0)"
        where += " OR (settlement IS NOT NULL AND settlement_queued = 0))"
        args: list[str] = []
        if reference is not None:
            where += " AND reference = ?"
            args.append(reference)
        with self._lock:
            rows = self._conn.execute(
                f"SELECT {_COLUMNS} FROM orders {where} ORDER BY created_at, rowid", args
            ).fetchall()
            queued = 0
            for entry in map(_entry, rows):
                assert entry.issuance_id is not None
                if entry.outcome is not None and not entry.outcome_queued:
                    body: dict[str, Any] = {"outcome": entry.outcome, "detail": entry.detail}
                    self.reporter.enqueue(
                        f"issuance_outcome/{entry.issuance_id}",
                        body,
                        key=f"{entry.reference}-outcome",
                    )
                    self._mark(entry.reference, "outcome_queued")
                    queued += 1
                if entry.settlement is not None and not entry.settlement_queued:
                    # The gateway's amount is the fee kept: nothing when it was refunded.
                    kept = entry.amount_yen if entry.settlement == "collected" else 0
                    settlement: dict[str, Any] = {"result": entry.settlement, "amount_yen": kept}
                    self.reporter.enqueue(
                        f"issuance_settlement/{entry.issuance_id}",
                        settlement,
                        key=f"{entry.reference}-settlement",
                    )
                    self._mark(entry.reference, "settlement_queued")
                    queued += 1
        return queued

    def _mark(self, reference: str, column: str) -> None:
        with self._transaction() as conn:
            conn.execute(
                f"UPDATE orders SET {column} = 1, updated_at = ? WHERE reference = ?",
                [_now(), reference],
            )

    def adopt(self, issuance_id: str, gateway_state: str, detail: str) -> bool:
        """Close an issuance only the gateway knows (the terminal stopped during the request).

        Reports it failed (unless the gateway has that already) and refunded, under a
        reference of its own; False when the journal knows the issuance already.
        """
        if self.entry_for(issuance_id) is not None:
            return False
        reference = f"gateway-{issuance_id}"
        known_failed = gateway_state == "failed"
        with self._transaction() as conn:
            conn.execute(
                "INSERT OR IGNORE INTO orders (reference, issuance_id, state, outcome, detail, "
                "outcome_queued, created_at, updated_at) VALUES (?, ?, 'failed', 'failed', ?, ?, "
                "?, ?)",
                [reference, issuance_id, clean_detail(detail), int(known_failed), _now(), _now()],
            )
        self.flush(reference)
        self.settled(reference, "refunded", 0)
        return True


def _entry(row: tuple[Any, ...]) -> Entry:
    return Entry(
        row[0],
        row[1],
        row[2],
        row[3],
        int(row[4]),
        row[5],
        row[6],
        row[7],
        row[8],
        bool(row[9]),
        bool(row[10]),
    )
