"""The terminal's local store: SQLite (WAL) through sqlite-utils, with migrations and recovery."""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlite_utils

from offline_cache.errors import StaleDeltaError, StoreError

log = logging.getLogger("machikado.offline_cache")
DATASET_NAME = re.compile(r"[a-z][a-z0-9_]{0,62}")
CHUNK_ROWS = 5000


def utc_now() -> dt.datetime:
    """The terminal's clock, in UTC."""
    return dt.datetime.now(dt.UTC)


def _v1(db: sqlite_utils.Database) -> None:
    db.execute(
        "CREATE TABLE dataset_meta (name TEXT PRIMARY KEY, epoch TEXT NOT NULL, "
        "version INTEGER NOT NULL, etag TEXT NOT NULL, rows INTEGER NOT NULL, "
        "as_of TEXT NOT NULL, gateway_time TEXT)"
    )
    db.execute(
        "CREATE TABLE outbox (id INTEGER PRIMARY KEY AUTOINCREMENT, key TEXT NOT NULL UNIQUE, "
        "endpoint TEXT NOT NULL, body TEXT NOT NULL, created_at TEXT NOT NULL, "
        "state TEXT NOT NULL DEFAULT 'pending', attempts INTEGER NOT NULL DEFAULT 0, "
        "last_error TEXT)"
    )
    db.execute("CREATE INDEX ix_outbox_state ON outbox (state, id)")


# Append only: entry N upgrades a store at user_version N-1, in one transaction.
MIGRATIONS: tuple[Callable[[sqlite_utils.Database], None], ...] = (_v1,)


@dataclass(frozen=True)
class DatasetMeta:
    """What the store holds of one dataset: its version, ETag and when it was last confirmed."""

    name: str
    epoch: str
    version: int
    etag: str
    rows: int
    as_of: dt.datetime
    gateway_time: str | None


@dataclass(frozen=True)
class OutboxItem:
    """One write waiting for the gateway, with the idempotency key it keeps for every attempt."""

    id: int
    key: str
    endpoint: str
    body: dict[str, Any]
    created_at: str
    state: str
    attempts: int
    last_error: str | None


def _table(name: str) -> str:
    if not DATASET_NAME.fullmatch(name):
        raise StoreError(f"dataset name {name!r} is malformed")
    return f"ds_{name}"


class Store:
    """The local SQLite store; one connection per thread, so readers never block the writer."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._local = threading.local()
        self._all: list[sqlite3.Connection] = []
        self._lock = threading.Lock()

    @classmethod
    def open(cls, path: Path) -> tuple[Store, Path | None]:
        """Open (creating or migrating) the store at ``path``.

        A store that fails its integrity check is moved aside, kept for the technician, and a
        new empty one is created; the second value is where the damaged file went (or ``None``).
        """
        path.parent.mkdir(parents=True, exist_ok=True)
        moved = None
        if path.exists() and not _healthy(path):
            moved = _move_aside(path)
            log.warning("store failed its integrity check; moved aside, rebuilding")
        store = cls(path)
        try:
            store._migrate()
        except sqlite3.DatabaseError as err:
            store.close()
            if moved is not None:
                raise StoreError("the rebuilt store cannot be created") from err
            moved = _move_aside(path)
            log.warning("store cannot be migrated; moved aside, rebuilding")
            store = cls(path)
            store._migrate()
        return store, moved

    @property
    def db(self) -> sqlite_utils.Database:
        """This thread's connection to the store."""
        db = getattr(self._local, "db", None)
        if db is None:
            conn = sqlite3.connect(
                self.path, isolation_level=None, check_same_thread=False, timeout=30
            )
            conn.execute("PRAGMA journal_mode=WAL")
            # FULL: a committed sync or outbox write survives power loss, not only a crash.
            conn.execute("PRAGMA synchronous=FULL")
            conn.execute("PRAGMA busy_timeout=30000")
            db = sqlite_utils.Database(conn)
            self._local.db = db
            with self._lock:
                self._all.append(conn)
        return db

    def close(self) -> None:
        """Close every thread's connection."""
        with self._lock:
            for conn in self._all:
                conn.close()
            self._all.clear()
        self._local = threading.local()

    @contextmanager
    def transaction(self) -> Iterator[sqlite_utils.Database]:
        """One write transaction: all of it is committed, or none of it."""
        db = self.db
        db.execute("BEGIN IMMEDIATE")
        try:
            yield db
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")

    def _migrate(self) -> None:
        with self.transaction() as db:
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version > len(MIGRATIONS):
                raise StoreError(f"store schema {version} is newer than this software")
            for number, step in enumerate(MIGRATIONS[version:], start=version + 1):
                step(db)
                db.execute(f"PRAGMA user_version = {number}")

    def integrity_ok(self) -> bool:
        """``PRAGMA integrity_check`` passes."""
        verdict: str = self.db.execute("PRAGMA integrity_check").fetchone()[0]
        return verdict == "ok"

    # -- datasets -------------------------------------------------------------------------

    def meta(self, name: str) -> DatasetMeta | None:
        """What the store holds of dataset ``name``; ``None`` before its first sync."""
        row = self.db.execute(
            "SELECT name, epoch, version, etag, rows, as_of, gateway_time FROM dataset_meta "
            "WHERE name = ?",
            [name],
        ).fetchone()
        if row is None:
            return None
        return DatasetMeta(
            row[0], row[1], row[2], row[3], row[4], dt.datetime.fromisoformat(row[5]), row[6]
        )

    def all_meta(self) -> list[DatasetMeta]:
        """Every dataset the store holds."""
        names = [r[0] for r in self.db.execute("SELECT name FROM dataset_meta ORDER BY name")]
        return [meta for name in names if (meta := self.meta(name)) is not None]

    def rows(self, name: str) -> list[tuple[str, Any]]:
        """Every row of dataset ``name`` as (key, data), in key order; empty if never synced."""
        table = _table(name)
        if not self.db[table].exists():
            return []
        return [
            (key, json.loads(data))
            for key, data in self.db.execute(f"SELECT key, data FROM [{table}] ORDER BY key")
        ]

    def row(self, name: str, key: str) -> Any | None:
        """One row's data, or ``None``."""
        table = _table(name)
        if not self.db[table].exists():
            return None
        found = self.db.execute(f"SELECT data FROM [{table}] WHERE key = ?", [key]).fetchone()
        return json.loads(found[0]) if found else None

    def apply_snapshot(
        self,
        name: str,
        epoch: str,
        version: int,
        etag: str,
        rows: list[tuple[str, str]],
        *,
        as_of: dt.datetime,
        gateway_time: str | None = None,
        progress: Callable[[int, int], None] | None = None,
    ) -> None:
        """Replace dataset ``name`` with ``rows`` (key, JSON text) in one transaction."""
        table = _table(name)
        fresh = f"{table}__new"
        with self.transaction() as db:
            # The snapshot fills a new table that replaces the old one at commit: dropping a
            # table is cheaper than deleting its rows one by one, and a crash leaves the old.
            db.execute(f"DROP TABLE IF EXISTS [{fresh}]")
            db.execute(
                f"CREATE TABLE [{fresh}] (key TEXT PRIMARY KEY, data TEXT NOT NULL) WITHOUT ROWID"
            )
            insert = f"INSERT INTO [{fresh}] (key, data) VALUES (?, ?)"
            for start in range(0, len(rows), CHUNK_ROWS):
                db.conn.executemany(insert, rows[start : start + CHUNK_ROWS])
                if progress:
                    progress(min(start + CHUNK_ROWS, len(rows)), len(rows))
            db.execute(f"DROP TABLE IF EXISTS [{table}]")
            db.execute(f"ALTER TABLE [{fresh}] RENAME TO [{table}]")
            self._set_meta(db, name, epoch, version, etag, len(rows), as_of, gateway_time)

    def apply_delta(
        self,
        name: str,
        epoch: str,
        base_version: int,
        version: int,
        etag: str,
        changed: list[tuple[str, str]],
        deleted: Iterable[str],
        *,
        as_of: dt.datetime,
        gateway_time: str | None = None,
    ) -> None:
        """Apply changed and deleted rows on top of ``base_version`` in one transaction."""
        table = _table(name)
        with self.transaction() as db:
            held = db.execute(
                "SELECT epoch, version FROM dataset_meta WHERE name = ?", [name]
            ).fetchone()
            if held is None or tuple(held) != (epoch, base_version):
                raise StaleDeltaError(
                    f"delta for {name} starts at {epoch}.{base_version}, store holds "
                    f"{held[0] + '.' + str(held[1]) if held else 'nothing'}"
                )
            db.conn.executemany(
                f"INSERT OR REPLACE INTO [{table}] (key, data) VALUES (?, ?)", changed
            )
            db.conn.executemany(f"DELETE FROM [{table}] WHERE key = ?", [(k,) for k in deleted])
            count = db.execute(f"SELECT count(*) FROM [{table}]").fetchone()[0]
            self._set_meta(db, name, epoch, version, etag, count, as_of, gateway_time)

    def confirm(self, name: str, *, as_of: dt.datetime, gateway_time: str | None = None) -> None:
        """Record that the held version was confirmed current at ``as_of``."""
        with self.transaction() as db:
            db.execute(
                "UPDATE dataset_meta SET as_of = ?, gateway_time = ? WHERE name = ?",
                [as_of.isoformat(), gateway_time, name],
            )

    @staticmethod
    def _set_meta(
        db: sqlite_utils.Database,
        name: str,
        epoch: str,
        version: int,
        etag: str,
        rows: int,
        as_of: dt.datetime,
        gateway_time: str | None,
    ) -> None:
        db.execute(
            "INSERT OR REPLACE INTO dataset_meta "
            "(name, epoch, version, etag, rows, as_of, gateway_time) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [name, epoch, version, etag, rows, as_of.isoformat(), gateway_time],
        )

    # -- outbox ---------------------------------------------------------------------------

    def enqueue(self, key: str, endpoint: str, body: dict[str, Any], created_at: str) -> None:
        """Store one write durably (committed before this returns)."""
        with self.transaction() as db:
            db.execute(
                "INSERT INTO outbox (key, endpoint, body, created_at) VALUES (?, ?, ?, ?)",
                [key, endpoint, json.dumps(body, ensure_ascii=False), created_at],
            )

    def outbox(self, state: str = "pending", limit: int = 100) -> list[OutboxItem]:
        """Items in ``state`` (pending, failed), oldest first."""
        rows = self.db.execute(
            "SELECT id, key, endpoint, body, created_at, state, attempts, last_error FROM outbox "
            "WHERE state = ? ORDER BY id LIMIT ?",
            [state, limit],
        ).fetchall()
        return [
            OutboxItem(r[0], r[1], r[2], json.loads(r[3]), r[4], r[5], r[6], r[7]) for r in rows
        ]

    def outbox_count(self, state: str = "pending") -> int:
        """How many outbox items are in ``state``."""
        count: int = self.db.execute(
            "SELECT count(*) FROM outbox WHERE state = ?", [state]
        ).fetchone()[0]
        return count

    def delivered(self, item_id: int) -> None:
        """The gateway has the item: remove it."""
        with self.transaction() as db:
            db.execute("DELETE FROM outbox WHERE id = ?", [item_id])

    def attempted(self, item_id: int, error: str, *, failed: bool = False) -> None:
        """Count a failed attempt; ``failed`` parks the item for the technician (never resent)."""
        with self.transaction() as db:
            db.execute(
                "UPDATE outbox SET attempts = attempts + 1, last_error = ?, state = ? WHERE id = ?",
                [error[:500], "failed" if failed else "pending", item_id],
            )


def _healthy(path: Path) -> bool:
    try:
        conn = sqlite3.connect(path, timeout=30)
        try:
            verdict: str = conn.execute("PRAGMA integrity_check").fetchone()[0]
            return verdict == "ok"
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return False


def _move_aside(path: Path) -> Path:
    stamp = utc_now().strftime("%Y%m%dT%H%M%S")
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.corrupt-{stamp}-{n}")
    for suffix in ("", "-wal", "-shm"):
        part = Path(str(path) + suffix)
        if part.exists():
            part.rename(Path(str(target) + suffix))
    return target
