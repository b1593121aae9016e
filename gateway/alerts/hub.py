"""What is in force, pushed to every terminal connected to this gateway process.

One :class:`AlertHub` per process reads the alerts in force whenever it is woken (a change
committed here, a PostgreSQL notification from another process) and at least every
``reread_s`` (so an expiry is seen without anyone waking it), compares them with what it read
before, and hands each subscriber the differences as stream events:

- ``alert``: an alert in force, new or changed (its ``version`` tells which is newer);
- ``end``: an alert no longer in force, with its ``state`` (``cancelled``, ``ended``,
  ``expired``).

Every event carries the revision it was read at (the newest audit entry's id); a terminal that
reconnects with it gets only what changed since (:func:`changes_since`).
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from content.alerts.codec import to_json
from content.alerts.model import Status
from gateway.alerts import fanout
from gateway.alerts.store import ACTIVE, EXPIRED, StoredAlert, active_alerts
from gateway.storage import alert_events, alerts

log = logging.getLogger("machikado.gateway.alerts")

REREAD_S = 5.0


@dataclass(frozen=True)
class StreamEvent:
    """One server-sent event: its name, its JSON data and the revision it was read at."""

    name: str
    data: dict[str, Any]
    revision: int


def delivered(stored: StoredAlert) -> dict[str, Any]:
    """An alert in force as terminals receive it."""
    return {
        "key": stored.key,
        "version": stored.version,
        "drill": stored.drill,
        "updated_at": stored.updated_at,
        "alert": to_json(stored.alert),
    }


def ended(key: str, state: str, version: int) -> dict[str, Any]:
    """An alert no longer in force as terminals receive it."""
    return {"key": key, "state": state, "version": version}


def revision(engine: Engine) -> int:
    """The newest audit entry's id: what a terminal resumes from."""
    with engine.connect() as conn:
        return int(conn.execute(sa.select(sa.func.max(alert_events.c.id))).scalar() or 0)


@dataclass(frozen=True)
class Snapshot:
    """The alerts in force at one revision."""

    revision: int
    alerts: tuple[StoredAlert, ...]


def read_snapshot(engine: Engine, *, drills: bool, now: dt.datetime | None = None) -> Snapshot:
    """What is in force now; the revision is read first, so nothing newer can be missed."""
    at = revision(engine)
    found = active_alerts(engine, now or dt.datetime.now(dt.UTC), drills=drills)
    return Snapshot(at, tuple(found))


def changes_since(
    engine: Engine, since: int, *, drills: bool, now: dt.datetime | None = None
) -> tuple[Snapshot, list[StreamEvent]]:
    """The events a terminal that has seen revision ``since`` needs to be up to date."""
    snapshot = read_snapshot(engine, drills=drills, now=now)
    statuses = [Status.ACTUAL.value] + ([Status.EXERCISE.value] if drills else [])
    with engine.connect() as conn:
        keys = {
            str(key)
            for key in conn.execute(
                sa.select(alert_events.c.key).where(alert_events.c.id > since).distinct()
            ).scalars()
        }
        rows = conn.execute(
            sa.select(alerts.c.key, alerts.c.state, alerts.c.version).where(
                alerts.c.key.in_(sorted(keys)), alerts.c.status.in_(statuses)
            )
        ).all()
    in_force = {stored.key: stored for stored in snapshot.alerts}
    events = [
        StreamEvent("alert", delivered(in_force[key]), snapshot.revision)
        for key in sorted(keys)
        if key in in_force
    ]
    for row in sorted(rows, key=lambda r: str(r.key)):
        if row.key not in in_force:
            state = EXPIRED if row.state == ACTIVE else str(row.state)
            events.append(StreamEvent("end", ended(row.key, state, row.version), snapshot.revision))
    return snapshot, events


def differences(before: Snapshot, after: Snapshot, engine: Engine) -> list[StreamEvent]:
    """The events that turn ``before`` into ``after``."""
    old = {stored.key: stored for stored in before.alerts}
    new = {stored.key: stored for stored in after.alerts}
    events = [
        StreamEvent("alert", delivered(stored), after.revision)
        for key, stored in new.items()
        if key not in old or old[key].version != stored.version
    ]
    gone = [key for key in old if key not in new]
    if gone:
        with engine.connect() as conn:
            rows = {
                row.key: row
                for row in conn.execute(
                    sa.select(alerts.c.key, alerts.c.state, alerts.c.version).where(
                        alerts.c.key.in_(gone)
                    )
                )
            }
        for key in gone:
            row = rows.get(key)
            state = EXPIRED if row is None or row.state == ACTIVE else str(row.state)
            version = row.version if row is not None else old[key].version
            events.append(StreamEvent("end", ended(key, state, version), after.revision))
    return events


class _Run:
    """One spell of the hub's work, from its first subscriber to its last leaving."""

    def __init__(self) -> None:
        self.stop = threading.Event()
        self.woken = threading.Event()
        # Set once the first reading is taken: changes from then on reach every subscriber.
        self.ready = threading.Event()
        self.snapshot: Snapshot | None = None
        self.listener: fanout.PostgresListener | None = None
        self.unsubscribe: Callable[[], None] = lambda: None


class Subscriber:
    """One connected stream: the hub puts lists of events on its queue."""

    def __init__(self, loop: asyncio.AbstractEventLoop, ready: threading.Event) -> None:
        self.loop = loop
        self.ready = ready
        self.queue: asyncio.Queue[list[StreamEvent]] = asyncio.Queue()

    def put(self, events: list[StreamEvent]) -> None:
        """Hand over ``events`` from the hub's thread."""
        with contextlib.suppress(RuntimeError):  # its loop has closed: the connection is gone
            self.loop.call_soon_threadsafe(self.queue.put_nowait, events)


class AlertHub:
    """Rereads what is in force when woken and hands the differences to each subscriber.

    It works while anyone is subscribed: the first subscriber starts it, the last one to leave
    stops it. On PostgreSQL it also listens for the changes other gateway processes commit.
    """

    def __init__(self, engine: Engine, *, drills: bool, reread_s: float = REREAD_S) -> None:
        self.engine = engine
        self.drills = drills
        self.reread_s = reread_s
        self._lock = threading.Lock()
        self._subscribers: list[Subscriber] = []
        self._run: _Run | None = None

    def wake(self) -> None:
        """Reread soon: something may have changed."""
        run = self._run
        if run is not None:
            run.woken.set()

    def subscribe(self) -> Subscriber:
        """A new subscriber on the calling event loop; its ``ready`` is set once changes flow."""
        loop = asyncio.get_running_loop()
        with self._lock:
            if self._run is None:
                self._run = self._start()
            subscriber = Subscriber(loop, self._run.ready)
            self._subscribers.append(subscriber)
        return subscriber

    def unsubscribe(self, subscriber: Subscriber) -> None:
        """Hand ``subscriber`` nothing more; the last one to leave stops the hub."""
        with self._lock:
            if subscriber in self._subscribers:
                self._subscribers.remove(subscriber)
            run = self._run if not self._subscribers else None
            if run is not None:
                self._run = None
        if run is not None:
            self._halt(run)

    def stop(self) -> None:
        """Stop at once, whoever is subscribed."""
        with self._lock:
            run, self._run = self._run, None
            self._subscribers.clear()
        if run is not None:
            self._halt(run)

    @staticmethod
    def _halt(run: _Run) -> None:
        run.stop.set()
        run.woken.set()
        run.unsubscribe()
        if run.listener is not None:
            run.listener.stop_soon()

    def _start(self) -> _Run:
        run = _Run()
        wake = run.woken.set
        run.unsubscribe = fanout.subscribe_here(wake)
        if fanout.on_postgres(self.engine):
            run.listener = fanout.PostgresListener(self.engine, wake)
            run.listener.start()
        threading.Thread(target=self._work, args=(run,), name="alerts-hub", daemon=True).start()
        return run

    def _work(self, run: _Run) -> None:
        while not run.stop.is_set():
            try:
                self._reread(run)
            except sa.exc.SQLAlchemyError as err:
                log.warning("alerts in force could not be read (%s); trying again", err)
            run.ready.set()
            run.woken.wait(self.reread_s)
            run.woken.clear()

    def _reread(self, run: _Run) -> None:
        after = read_snapshot(self.engine, drills=self.drills)
        before, run.snapshot = run.snapshot, after
        if before is None or run.stop.is_set():
            return
        events = differences(before, after, self.engine)
        if not events:
            return
        with self._lock:
            subscribers = list(self._subscribers)
        for subscriber in subscribers:
            subscriber.put(events)
