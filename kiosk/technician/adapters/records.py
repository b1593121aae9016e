"""The technician's records in the terminal's store: audit log, counters, PIN lockout, results.

They live in the offline cache's SQLite store beside the datasets and the outbox, so one file
holds what the terminal keeps; each audit entry is also queued in the outbox for the gateway in
the same transaction, so an entry is never kept without being sent or sent without being kept.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import secrets
from typing import Any

from kiosk.technician.core.model import (
    COUNTER_NAMES,
    AuditAction,
    AuditEntry,
    Counters,
    Detail,
    Outcome,
    SelfTestResult,
)
from offline_cache.store import Store

log = logging.getLogger(__name__)
AUDIT_KEPT = 5000  # entries kept on the terminal; the gateway keeps them all
RESULTS_KEPT = 50

_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS technician_audit (id INTEGER PRIMARY KEY AUTOINCREMENT, "
    "at TEXT NOT NULL, who TEXT NOT NULL, action TEXT NOT NULL, target TEXT NOT NULL, "
    "outcome TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS technician_counters (name TEXT PRIMARY KEY, "
    "count INTEGER NOT NULL)",
    "CREATE TABLE IF NOT EXISTS technician_state (name TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS technician_results (id INTEGER PRIMARY KEY AUTOINCREMENT, "
    "target TEXT NOT NULL, body TEXT NOT NULL)",
)


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def prepare(store: Store) -> Store:
    """Create the technician's tables in ``store`` if they are missing; returns the store."""
    with store.transaction() as db:
        for statement in _SCHEMA:
            db.execute(statement)
    return store


def _get(store: Store, name: str) -> str | None:
    row = store.db.execute("SELECT value FROM technician_state WHERE name = ?", [name]).fetchone()
    return None if row is None else str(row[0])


def _put(db: Any, name: str, value: str) -> None:
    db.execute(
        "INSERT INTO technician_state (name, value) VALUES (?, ?) "
        "ON CONFLICT(name) DO UPDATE SET value = excluded.value",
        [name, value],
    )


def _time(text: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(text) if text else None


class StoreAuditLog:
    """Audit entries kept in the store and queued for the gateway (``technician_audit``)."""

    def __init__(self, store: Store) -> None:
        self.store = prepare(store)

    def record(self, entry: AuditEntry) -> None:
        """Keep ``entry`` and queue it for the gateway, in one transaction."""
        body = entry.as_json()
        with self.store.transaction() as db:
            cursor = db.execute(
                "INSERT INTO technician_audit (at, who, action, target, outcome) "
                "VALUES (?, ?, ?, ?, ?)",
                [body["at"], body["who"], body["action"], body["target"], body["outcome"]],
            )
            number = cursor.lastrowid
            db.execute(
                "INSERT INTO outbox (key, endpoint, body, created_at) VALUES (?, ?, ?, ?)",
                [
                    f"audit-{_installation(self.store, db)}-{number}",
                    "technician_audit",
                    json.dumps({"entries": [body]}),
                    _utc_now().isoformat(),
                ],
            )
            db.execute("DELETE FROM technician_audit WHERE id <= ?", [(number or 0) - AUDIT_KEPT])
        log.debug("technician audit: %s %s %s", body["action"], body["target"], body["outcome"])

    def recent(self, limit: int = 100) -> list[AuditEntry]:
        """The last ``limit`` entries, newest first."""
        rows = self.store.db.execute(
            "SELECT at, who, action, target, outcome FROM technician_audit "
            "ORDER BY id DESC LIMIT ?",
            [limit],
        ).fetchall()
        return [
            AuditEntry(dt.datetime.fromisoformat(at), who, AuditAction(action), target, outcome)
            for at, who, action, target, outcome in rows
        ]


def _installation(store: Store, db: Any) -> str:
    """A random id of this store, so audit keys stay unique if the store is ever rebuilt."""
    found = _get(store, "installation")
    if found is None:
        found = secrets.token_hex(6)
        _put(db, "installation", found)
    return found


class StoreCounters:
    """Event counters in the store; ``since`` is the time of the last reset."""

    def __init__(self, store: Store, *, clock: Any = _utc_now) -> None:
        self.store = prepare(store)
        self._clock = clock

    def counters(self) -> Counters:
        """The counts since the last reset (every name present, zero when nothing happened)."""
        rows = dict(self.store.db.execute("SELECT name, count FROM technician_counters").fetchall())
        since = _time(_get(self.store, "counters_since"))
        if since is None:
            since = self._clock()
            with self.store.transaction() as db:
                _put(db, "counters_since", since.isoformat())
        return Counters(since, {name: int(rows.get(name, 0)) for name in COUNTER_NAMES})

    def add(self, name: str, amount: int = 1) -> None:
        """Count ``amount`` more of ``name``; ValueError for a name not in COUNTER_NAMES."""
        if name not in COUNTER_NAMES:
            raise ValueError(f"unknown counter {name!r}; known: {', '.join(COUNTER_NAMES)}")
        with self.store.transaction() as db:
            db.execute(
                "INSERT INTO technician_counters (name, count) VALUES (?, ?) "
                "ON CONFLICT(name) DO UPDATE SET count = count + excluded.count",
                [name, int(amount)],
            )

    def reset(self) -> Counters:
        """Zero every count; returns the counts as they were."""
        before = self.counters()
        with self.store.transaction() as db:
            db.execute("DELETE FROM technician_counters")
            _put(db, "counters_since", self._clock().isoformat())
        return before


class StoreAccessState:
    """The PIN policy's failures and lockout, in the store so a restart keeps them."""

    def __init__(self, store: Store) -> None:
        self.store = prepare(store)

    def load(self) -> tuple[int, dt.datetime | None, dt.datetime | None]:
        """(failures in a row, last failure, locked until)."""
        text = _get(self.store, "access")
        if text is None:
            return 0, None, None
        data = json.loads(text)
        return int(data["failures"]), _time(data["last_failure"]), _time(data["locked_until"])

    def save(
        self, failures: int, last_failure: dt.datetime | None, locked_until: dt.datetime | None
    ) -> None:
        """Keep the values (committed before this returns)."""
        data = {
            "failures": failures,
            "last_failure": last_failure.isoformat() if last_failure else None,
            "locked_until": locked_until.isoformat() if locked_until else None,
        }
        with self.store.transaction() as db:
            _put(db, "access", json.dumps(data))


def result_json(result: SelfTestResult) -> dict[str, Any]:
    """A self-test result as JSON (for the store, the bundle and ``machikado diag --json``)."""
    return {
        "target": result.target,
        "outcome": result.outcome.value,
        "key": result.key,
        "started_at": result.started_at.astimezone(dt.UTC).isoformat(timespec="seconds"),
        "duration_s": round(result.duration_s, 3),
        "details": {d.name: d.value for d in result.details},
        "trace": list(result.trace),
    }


def result_from_json(data: dict[str, Any]) -> SelfTestResult:
    """The result :func:`result_json` wrote."""
    return SelfTestResult(
        data["target"],
        Outcome(data["outcome"]),
        data["key"],
        dt.datetime.fromisoformat(data["started_at"]),
        float(data["duration_s"]),
        tuple(Detail(k, v) for k, v in data["details"].items()),
        tuple(data["trace"]),
    )


class StoreResults:
    """The latest self-test results, kept so the bundle and the CLI show them after a restart."""

    def __init__(self, store: Store) -> None:
        self.store = prepare(store)

    def keep(self, result: SelfTestResult) -> None:
        """Keep ``result`` (older ones beyond RESULTS_KEPT are dropped)."""
        with self.store.transaction() as db:
            cursor = db.execute(
                "INSERT INTO technician_results (target, body) VALUES (?, ?)",
                [result.target, json.dumps(result_json(result))],
            )
            db.execute(
                "DELETE FROM technician_results WHERE id <= ?",
                [(cursor.lastrowid or 0) - RESULTS_KEPT],
            )

    def recent(self, limit: int = RESULTS_KEPT) -> list[SelfTestResult]:
        """The latest results, newest first."""
        rows = self.store.db.execute(
            "SELECT body FROM technician_results ORDER BY id DESC LIMIT ?", [limit]
        ).fetchall()
        return [result_from_json(json.loads(body)) for (body,) in rows]


def out_of_service(store: Store) -> bool:
    """Whether a technician has taken the terminal out of service (kept across restarts)."""
    return _get(prepare(store), "out_of_service") == "1"


def set_out_of_service(store: Store, out: bool) -> None:
    """Keep whether the terminal is out of service."""
    with prepare(store).transaction() as db:
        _put(db, "out_of_service", "1" if out else "0")


def note_start(store: Store) -> str:
    """Record that the app started; returns why the last run ended (a ``restart.*`` key).

    ``restart.first_start`` the first time, ``restart.crash`` when the last run never said it
    stopped (a crash, a kill, the watchdog or power loss), else the reason it gave on stopping.
    """
    previous = _get(prepare(store), "run_state")
    if previous is None:
        reason = "restart.first_start"
    elif previous == "running":
        reason = "restart.crash"
    else:
        reason = f"restart.{previous.removeprefix('stopped:')}"
    with store.transaction() as db:
        _put(db, "run_state", "running")
        _put(db, "last_restart", reason)
    return reason


def note_stop(store: Store, reason: str = "stopped") -> None:
    """Record that the app is ending on purpose: ``stopped``, or ``technician`` for a restart.

    A plain ``stopped`` does not replace a reason already given in this run.
    """
    if reason == "stopped" and (_get(prepare(store), "run_state") or "").startswith("stopped:"):
        return
    with prepare(store).transaction() as db:
        _put(db, "run_state", f"stopped:{reason}")


def last_restart(store: Store) -> str:
    """Why the running app's previous run ended (``restart.unknown`` if never recorded)."""
    return _get(prepare(store), "last_restart") or "restart.unknown"
