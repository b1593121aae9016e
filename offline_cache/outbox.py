"""The outbox: writes for the gateway kept on disk until delivered, each exactly once.

No item can hold the others back. A write the gateway refuses for good (a 4xx other than 408
and 429) moves to the dead-letter table, kept with the gateway's answer for the technician; a
write that fails for a while (5xx, no answer) waits on its own growing delay while the others go
on. Order is kept only where the gateway needs it: the steps of one issuance (its outcome, then
its settlement) go in the order they were queued; every other write is independent.
"""

from __future__ import annotations

import json
import logging
import re
import sqlite3
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from offline_cache.client import GatewayClient
from offline_cache.errors import CacheError, GatewayAuthError, GatewayError
from offline_cache.store import Store, utc_now

log = logging.getLogger("machikado.offline_cache")

# What a terminal tells the gateway, by outbox endpoint name → API path.
ENDPOINTS = {
    "heartbeat": "telemetry/heartbeat",
    "counters": "telemetry/counters",
    "signage_plays": "signage/plays",
    "technician_audit": "technician/audit",
    "alert_acks": "alerts/acknowledgements",
    # ``technician_bundle/<bundle id>``: one part of a diagnostics bundle.
    "technician_bundle": "technician/bundles/{}",
    # ``issuance_outcome/<issuance id>``: the endpoint name carries the path's one argument.
    "issuance_outcome": "issuance/{}/outcome",
    "issuance_settlement": "issuance/{}/settlement",
}
# Endpoints whose items for one argument must reach the gateway in the order they were queued.
ORDERED = frozenset({"issuance_outcome", "issuance_settlement"})
PATH_ARGUMENT = re.compile(r"[A-Za-z0-9_-]{1,64}")
# Answers that say "not now" rather than "not this": the gateway or a proxy before it is busy
# or away, so whether this item is to blame is known only when another item gets through.
UNAVAILABLE = frozenset({408, 429, 502, 503, 504})
BACKOFF_BASE_S = 30.0
BACKOFF_MAX_S = 1800.0
# After this many items in a row fail for a while, the run ends: the gateway is struggling.
MAX_FAILURES_IN_A_ROW = 3

_SCHEMA = (
    # One row per pending item that failed for a while: when it may be tried again.
    "CREATE TABLE IF NOT EXISTS outbox_backoff (item_id INTEGER PRIMARY KEY, "
    "failures INTEGER NOT NULL, next_attempt_at REAL NOT NULL)",
    "CREATE TABLE IF NOT EXISTS outbox_dead_letter (id INTEGER PRIMARY KEY AUTOINCREMENT, "
    "key TEXT NOT NULL UNIQUE, endpoint TEXT NOT NULL, body TEXT NOT NULL, "
    "created_at TEXT NOT NULL, attempts INTEGER NOT NULL, status INTEGER NOT NULL, "
    "code TEXT NOT NULL, message TEXT NOT NULL, dead_at TEXT NOT NULL)",
)
_LEGACY_ERROR = re.compile(r"(\d{3}) ([^:]*)(?:: (.*))?", re.DOTALL)


def api_path(endpoint: str) -> str:
    """The API path of an outbox endpoint (``name`` or ``name/argument``); ValueError if unknown."""
    name, _, argument = endpoint.partition("/")
    template = ENDPOINTS.get(name)
    if template is None:
        raise ValueError(f"unknown outbox endpoint {name!r}; known: {', '.join(ENDPOINTS)}")
    if "{}" not in template:
        if argument:
            raise ValueError(f"outbox endpoint {name!r} takes no argument")
        return template
    if not PATH_ARGUMENT.fullmatch(argument):
        raise ValueError(f"outbox endpoint {name!r} needs an argument ({name}/<id>)")
    return template.format(argument)


def order_group(endpoint: str) -> str | None:
    """The group whose items keep their order (one issuance's steps); ``None`` if independent."""
    name, _, argument = endpoint.partition("/")
    return f"issuance/{argument}" if name in ORDERED else None


def backoff_s(failures: int) -> float:
    """How long an item waits after its ``failures``-th failure in a row (bounded, doubling)."""
    return min(BACKOFF_MAX_S, BACKOFF_BASE_S * 2.0 ** min(failures - 1, 32))


@dataclass(frozen=True)
class DeliveryReport:
    """What one delivery run did: ``failed`` items were dead-lettered, ``deferred`` wait."""

    delivered: int
    failed: int
    pending: int
    deferred: int = 0


@dataclass(frozen=True)
class DeadLetter:
    """A write the gateway refused for good, kept with its answer (never resent by itself)."""

    key: str
    endpoint: str
    body: dict[str, Any]
    created_at: str
    attempts: int
    status: int
    code: str
    message: str
    dead_at: str


@dataclass(frozen=True)
class _Pending:
    """A pending item as a run sees it; its body is read only when it is sent."""

    id: int
    key: str
    endpoint: str
    failures: int
    next_attempt_at: float | None


class Outbox:
    """Durable queue of writes; each is retried on its own until the gateway has it or refuses it.

    ``clock`` gives the time in seconds (``time.time``) the backoff delays are counted in.
    """

    def __init__(
        self,
        store: Store,
        client: GatewayClient | None = None,
        *,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.store = store
        self.client = client
        self._clock = clock
        self._prepare()

    def _prepare(self) -> None:
        """Create the outbox's own tables; items parked by an older version become dead letters."""
        with self.store.transaction() as db:
            for statement in _SCHEMA:
                db.execute(statement)
            parked = db.execute(
                "SELECT id, key, endpoint, body, created_at, attempts, last_error FROM outbox "
                "WHERE state = 'failed'"
            ).fetchall()
            for item_id, key, endpoint, body, created_at, attempts, last_error in parked:
                found = _LEGACY_ERROR.fullmatch(last_error or "")
                status, code, message = (
                    (int(found[1]), found[2], found[3] or "") if found else (0, "error", "")
                )
                db.execute(
                    "INSERT OR REPLACE INTO outbox_dead_letter (key, endpoint, body, created_at, "
                    "attempts, status, code, message, dead_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [key, endpoint, body, created_at, attempts, status, code, message, created_at],
                )
                db.execute("DELETE FROM outbox WHERE id = ?", [item_id])

    def enqueue(self, endpoint: str, body: dict[str, Any], *, key: str | None = None) -> str:
        """Keep ``body`` for ``endpoint`` on disk; returns its idempotency key.

        A caller that gives its own ``key`` may enqueue the same write again (after a crash,
        say): a key already waiting in the outbox, or already refused, is not stored twice.
        """
        api_path(endpoint)
        if key is None:
            key = uuid.uuid4().hex
        elif self._is_dead(key):
            log.info("outbox item %s was refused before; not queued again", key)
            return key
        try:
            self.store.enqueue(key, endpoint, body, utc_now().isoformat())
        except sqlite3.IntegrityError:
            log.info("outbox item %s is already queued", key)
        return key

    def deliver(self, limit: int = 500) -> DeliveryReport:
        """Send the items that are due, oldest first, each on its own.

        An item is removed only after the gateway confirmed it. If the confirmation is lost,
        a later run sends it again with the same key and the gateway answers without applying
        it twice. A refused item becomes a dead letter; an item that failed for a while waits
        ``backoff_s`` before its next try, and the steps of one issuance wait for each other.
        A run ends early when several items in a row could not be delivered, raising the last
        error if the gateway gave no answer at all (it is away, not the items), and on a token
        the gateway does not accept (``GatewayAuthError``).
        """
        if self.client is None:
            raise RuntimeError("this outbox has no gateway client")
        now = self._clock()
        delivered = failed = deferred = tried = in_a_row = 0
        heard = cut = False
        held_groups: set[str] = set()
        suspects: list[_Pending] = []
        last_error: CacheError | None = None
        for item in self._pending():
            group = order_group(item.endpoint)
            if group is not None and group in held_groups:
                continue  # an earlier step of this issuance has not gone yet
            if item.next_attempt_at is not None and item.next_attempt_at > now:
                if group is not None:
                    held_groups.add(group)
                continue
            if tried >= limit:
                break
            tried += 1
            outcome, error = self._send(item)
            delivered += outcome == "delivered"
            failed += outcome == "refused"
            if outcome != "unavailable":  # the gateway answered: earlier silences were the items'
                heard = True
                deferred += self._back_off(suspects, now)
                suspects.clear()
            if outcome == "failed":
                deferred += self._back_off([item], now)
            elif outcome == "unavailable":
                suspects.append(item)
            if outcome in ("failed", "unavailable"):
                last_error = error
                in_a_row += 1
                if group is not None:
                    held_groups.add(group)
                if in_a_row >= MAX_FAILURES_IN_A_ROW or len(suspects) >= 2:
                    cut = True  # the gateway itself looks unwell: try again on the next run
                    break
            else:
                in_a_row = 0
        if suspects:
            if not heard or cut:  # nothing shows that these items, not the gateway, are at fault
                assert last_error is not None
                raise last_error
            deferred += self._back_off(suspects, now)
        return DeliveryReport(delivered, failed, self.store.outbox_count("pending"), deferred)

    def _send(self, item: _Pending) -> tuple[str, CacheError | None]:
        """Post one item: 'delivered', 'refused', 'failed' or 'unavailable' with the error."""
        assert self.client is not None
        try:
            body = self._body(item)
            if body is None:
                return "delivered", None  # gone meanwhile (another run sent it)
            self.client.post(api_path(item.endpoint), body, item.key)
        except GatewayAuthError:
            raise
        except GatewayError as err:
            if err.status in UNAVAILABLE:
                self.store.attempted(item.id, f"{err.status} {err.code}")
                return "unavailable", err
            if err.status >= 500:
                self.store.attempted(item.id, f"{err.status} {err.code}: {err.message}")
                log.warning("outbox item %s failed at the gateway: %s", item.key, err.status)
                return "failed", err
            self._bury(item, err)
            log.warning("outbox item %s refused by the gateway: %s", item.key, err.code)
            return "refused", err
        except CacheError as err:  # no answer, or one that is not what the API promises
            self.store.attempted(item.id, f"{type(err).__name__}: {str(err)[:200]}")
            return "unavailable", err
        except Exception as err:
            log.exception("outbox item %s could not be sent", item.key)
            self.store.attempted(item.id, type(err).__name__)
            return "failed", CacheError(f"{type(err).__name__} while sending")
        self._done(item)
        return "delivered", None

    def _body(self, item: _Pending) -> Any:
        found = self.store.db.execute("SELECT body FROM outbox WHERE id = ?", [item.id]).fetchone()
        return json.loads(found[0]) if found else None

    def _pending(self) -> list[_Pending]:
        # Without bodies: a screen back from weeks offline may hold thousands of batches.
        rows = self.store.db.execute(
            "SELECT o.id, o.key, o.endpoint, coalesce(b.failures, 0), b.next_attempt_at "
            "FROM outbox o LEFT JOIN outbox_backoff b ON b.item_id = o.id "
            "WHERE o.state = 'pending' ORDER BY o.id"
        ).fetchall()
        return [_Pending(*row) for row in rows]

    def _done(self, item: _Pending) -> None:
        with self.store.transaction() as db:
            db.execute("DELETE FROM outbox WHERE id = ?", [item.id])
            db.execute("DELETE FROM outbox_backoff WHERE item_id = ?", [item.id])

    def _back_off(self, items: list[_Pending], now: float) -> int:
        """Make each item wait its next delay; returns how many."""
        if items:
            with self.store.transaction() as db:
                db.conn.executemany(
                    "INSERT OR REPLACE INTO outbox_backoff (item_id, failures, next_attempt_at) "
                    "VALUES (?, ?, ?)",
                    [(i.id, i.failures + 1, now + backoff_s(i.failures + 1)) for i in items],
                )
        return len(items)

    def _bury(self, item: _Pending, err: GatewayError) -> None:
        """Move a refused item to the dead letters in one transaction: it is never lost."""
        with self.store.transaction() as db:
            held = db.execute(
                "SELECT body, created_at, attempts FROM outbox WHERE id = ?", [item.id]
            ).fetchone()
            if held is None:
                return
            body, created_at, attempts = held
            db.execute(
                "INSERT OR REPLACE INTO outbox_dead_letter (key, endpoint, body, created_at, "
                "attempts, status, code, message, dead_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    item.key,
                    item.endpoint,
                    body,
                    created_at,
                    attempts + 1,
                    err.status,
                    err.code,
                    err.message[:500],
                    utc_now().isoformat(),
                ],
            )
            db.execute("DELETE FROM outbox WHERE id = ?", [item.id])
            db.execute("DELETE FROM outbox_backoff WHERE item_id = ?", [item.id])

    def _is_dead(self, key: str) -> bool:
        found = self.store.db.execute(
            "SELECT 1 FROM outbox_dead_letter WHERE key = ?", [key]
        ).fetchone()
        return found is not None

    def dead_letter_count(self) -> int:
        """How many refused writes are kept for the technician."""
        count: int = self.store.db.execute("SELECT count(*) FROM outbox_dead_letter").fetchone()[0]
        return count

    def dead_letters(self) -> list[DeadLetter]:
        """Every refused write, oldest refusal first."""
        return _dead_letters(self.store.db.conn)

    def requeue(self, key: str) -> bool:
        """Put a dead letter back in the outbox under its own key (after the gateway was fixed)."""
        with self.store.transaction() as db:
            return bool(_requeue(db.conn, [key]))


def _requeue(conn: sqlite3.Connection, keys: list[str] | None) -> list[str]:
    """Move the dead letters ``keys`` (all if None) back into the outbox, in the open transaction.

    Each keeps its idempotency key, so one the gateway took after all is not applied twice.
    """
    if keys is None:
        keys = [row[0] for row in conn.execute("SELECT key FROM outbox_dead_letter ORDER BY id")]
    moved = []
    for key in keys:
        row = conn.execute(
            "SELECT endpoint, body, created_at FROM outbox_dead_letter WHERE key = ?", [key]
        ).fetchone()
        if row is None:
            continue
        conn.execute(
            "INSERT OR IGNORE INTO outbox (key, endpoint, body, created_at) VALUES (?, ?, ?, ?)",
            [key, *row],
        )
        conn.execute("DELETE FROM outbox_dead_letter WHERE key = ?", [key])
        moved.append(key)
    return moved


def requeue_dead_letters(path: Path, keys: list[str] | None = None) -> list[str]:
    """Queue the store's dead letters ``keys`` (all if None) again; returns the keys moved.

    One short transaction on the store at ``path``, safe while the terminal runs (it sends them
    on its next delivery run); ``sqlite3.Error`` if the store cannot be written.
    """
    conn = sqlite3.connect(
        f"{path.resolve().as_uri()}?mode=rw", uri=True, isolation_level=None, timeout=30
    )
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            known = conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'outbox_dead_letter'"
            ).fetchone()
            moved = _requeue(conn, keys) if known else []
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
        return moved
    finally:
        conn.close()


def _dead_letters(conn: sqlite3.Connection) -> list[DeadLetter]:
    rows = conn.execute(
        "SELECT key, endpoint, body, created_at, attempts, status, code, message, dead_at "
        "FROM outbox_dead_letter ORDER BY dead_at, id"
    ).fetchall()
    return [DeadLetter(r[0], r[1], json.loads(r[2]), *r[3:]) for r in rows]


def read_dead_letters(path: Path) -> list[DeadLetter]:
    """The dead letters of the store at ``path``, read only: a running terminal is not disturbed.

    A store that has none (or no dead-letter table yet) gives an empty list; one that cannot be
    read raises ``sqlite3.Error``.
    """
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=10)
    try:
        known = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'outbox_dead_letter'"
        ).fetchone()
        return _dead_letters(conn) if known else []
    finally:
        conn.close()
