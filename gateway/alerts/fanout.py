"""Alert changes told to every gateway process: PostgreSQL ``NOTIFY``, or in-process for SQLite.

Whoever changes alerts calls :func:`notify_in` inside its transaction (on PostgreSQL the
notification goes out when, and only if, the transaction commits, to every process listening)
and :func:`notify_here` after the commit (this process's hubs wake at once, on any database).
A notification carries nothing but "alerts changed": each process's :class:`~gateway.alerts.hub.
AlertHub` reads what is in force from the database itself, so a notification lost while a
listener reconnects costs only the wait until its next reread.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

log = logging.getLogger("machikado.gateway.alerts")

CHANNEL = "machikado_alerts"

_lock = threading.Lock()
_wakers: list[Callable[[], None]] = []


def on_postgres(engine: Engine | Connection) -> bool:
    """True when the database is PostgreSQL (so other processes may share it)."""
    return engine.dialect.name == "postgresql"


def notify_in(conn: Connection, changes: Sequence[object]) -> None:
    """Within the caller's transaction: tell every process listening, once it commits."""
    if changes and on_postgres(conn):
        conn.execute(sa.text("SELECT pg_notify(:channel, '')"), {"channel": CHANNEL})


def notify_here(changes: Sequence[object]) -> None:
    """After a commit: wake this process's hubs."""
    if not changes:
        return
    with _lock:
        wakers = list(_wakers)
    for wake in wakers:
        wake()


def subscribe_here(wake: Callable[[], None]) -> Callable[[], None]:
    """Call ``wake`` after each change this process commits; returns the unsubscribe function."""
    with _lock:
        _wakers.append(wake)

    def unsubscribe() -> None:
        with _lock:
            if wake in _wakers:
                _wakers.remove(wake)

    return unsubscribe


class PostgresListener:
    """``LISTEN`` on its own connection, calling ``wake`` for each notification; reconnects.

    ``wake`` is also called after each (re)connection, since a notification sent while the
    listener was away is lost.
    """

    def __init__(self, engine: Engine, wake: Callable[[], None], *, retry_s: float = 1.0) -> None:
        self.dsn = engine.url.set(drivername="postgresql").render_as_string(hide_password=False)
        self.wake = wake
        self.retry_s = retry_s
        self.listening = threading.Event()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="alerts-listen", daemon=True)

    def start(self) -> None:
        """Start listening on a thread of its own."""
        self._thread.start()

    def stop_soon(self) -> None:
        """Stop listening: the connection closes within half a second."""
        self._stop.set()

    def _run(self) -> None:
        import psycopg  # only on PostgreSQL

        while not self._stop.is_set():
            try:
                with psycopg.connect(self.dsn, autocommit=True, connect_timeout=5) as conn:
                    conn.execute(f"LISTEN {CHANNEL}")
                    self.listening.set()
                    self.wake()
                    while not self._stop.is_set():
                        for _note in conn.notifies(timeout=0.5):
                            self.wake()
            except psycopg.Error as err:
                self.listening.clear()
                log.warning("alert notifications: listening failed (%s); retrying", err)
                self._stop.wait(self.retry_s)
