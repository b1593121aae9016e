"""The terminal's alerts: held over the gateway's event stream, kept on disk, acknowledged.

:class:`AlertListener` holds ``GET /api/v1/alerts/stream`` open (through the terminal's
:class:`~offline_cache.client.GatewayClient`, so its TLS settings and token file), resuming with
the last event's id. When the stream fails it asks ``GET /api/v1/alerts/active`` once, waits
(doubling up to ``max_backoff_s``, with jitter) and opens the stream again. What is in force is
kept in the cache's SQLite store, so a terminal restarted without network shows it at once;
an alert past its own expiry is dropped, online or not. ``on_change`` gets the alerts in force
whenever they change (on the listener's threads: wrap it in a signal for a UI).

``acknowledge`` tells the gateway, through the outbox, that an alert is on a surface.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import random
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

import requests
import urllib3

from content.alerts.codec import from_json
from content.alerts.model import Alert
from offline_cache import sse
from offline_cache.client import GatewayClient
from offline_cache.errors import CacheError, GatewayTlsError, GatewayUnreachableError
from offline_cache.outbox import Outbox
from offline_cache.store import Store, utc_now

log = logging.getLogger("machikado.offline_cache")

Surface = Literal["screen", "led"]
SURFACES: tuple[Surface, ...] = ("screen", "led")
ACK_ENDPOINT = "alert_acks"

_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS alerts_held (key TEXT PRIMARY KEY, version INTEGER NOT NULL, "
    "drill INTEGER NOT NULL, updated_at TEXT NOT NULL, data TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS alerts_state (name TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS alerts_acked (key TEXT NOT NULL, version INTEGER NOT NULL, "
    "surface TEXT NOT NULL, PRIMARY KEY (key, version, surface))",
)


@dataclass(frozen=True)
class HeldAlert:
    """An alert in force as the terminal holds it: its gateway key, version and message."""

    key: str
    version: int
    drill: bool
    updated_at: str
    alert: Alert


def held_of(data: Any) -> HeldAlert:
    """An alert in force from the gateway's JSON; ``ValueError`` naming what does not fit."""
    if not isinstance(data, dict):
        raise ValueError("an alert: expected an object")
    key, version = data.get("key"), data.get("version")
    if not isinstance(key, str) or not key or isinstance(version, bool):
        raise ValueError("key: expected text")
    if not isinstance(version, int) or version < 1:
        raise ValueError("version: expected a positive integer")
    alert = data.get("alert")
    if not isinstance(alert, dict):
        raise ValueError("alert: expected an object")
    return HeldAlert(
        key, version, bool(data.get("drill")), str(data.get("updated_at", "")), from_json(alert)
    )


class AlertCache:
    """The alerts in force, kept in the terminal's store with the stream's last event id."""

    def __init__(self, store: Store) -> None:
        self.store = store
        with store.transaction() as db:
            for statement in _SCHEMA:
                db.execute(statement)

    def active(self, now: dt.datetime | None = None) -> list[HeldAlert]:
        """What is in force, most serious first; alerts past their expiry are dropped."""
        now = now or utc_now()
        found, expired = [], []
        rows = self.store.db.execute("SELECT key, version, data FROM alerts_held").fetchall()
        for key, version, data in rows:
            try:
                held = held_of(json.loads(data))
            except ValueError as err:
                log.warning("held alert %s cannot be read (%s); dropped", key, err)
                expired.append((key, version))
                continue
            if held.alert.expired(now):
                expired.append((key, version))
            else:
                found.append(held)
        if expired:
            with self.store.transaction() as db:
                for key, version in expired:
                    db.execute(
                        "DELETE FROM alerts_held WHERE key = ? AND version = ?", [key, version]
                    )
        found.sort(key=lambda h: (-h.alert.level.rank, -h.alert.sent.timestamp(), h.key))
        return found

    def put(self, held: HeldAlert, data: dict[str, Any]) -> bool:
        """Keep a new or newer alert; True if it changed what is held."""
        with self.store.transaction() as db:
            row = db.execute("SELECT version FROM alerts_held WHERE key = ?", [held.key]).fetchone()
            if row is not None and row[0] >= held.version:
                return False
            db.execute(
                "INSERT OR REPLACE INTO alerts_held (key, version, drill, updated_at, data) "
                "VALUES (?, ?, ?, ?, ?)",
                [held.key, held.version, int(held.drill), held.updated_at, json.dumps(data)],
            )
        return True

    def end(self, key: str, version: int) -> bool:
        """Drop an alert no longer in force (unless a newer version is held); True if dropped.

        ``version`` is the event's latest: one more than the alert's for a cancel or an end,
        the alert's own when it ran out (its expiry is not a new version).
        """
        with self.store.transaction() as db:
            gone = db.execute(
                "DELETE FROM alerts_held WHERE key = ? AND version <= ?", [key, version]
            ).rowcount
        return bool(gone)

    def replace(self, items: list[tuple[HeldAlert, dict[str, Any]]]) -> bool:
        """Hold exactly ``items`` (a whole snapshot); True if that changed what is held."""
        before = self._versions()
        with self.store.transaction() as db:
            db.execute("DELETE FROM alerts_held")
            for held, data in items:
                db.execute(
                    "INSERT OR REPLACE INTO alerts_held (key, version, drill, updated_at, data) "
                    "VALUES (?, ?, ?, ?, ?)",
                    [held.key, held.version, int(held.drill), held.updated_at, json.dumps(data)],
                )
        return self._versions() != before

    def _versions(self) -> dict[str, int]:
        rows = self.store.db.execute("SELECT key, version FROM alerts_held").fetchall()
        return {str(key): int(version) for key, version in rows}

    def state(self, name: str) -> str | None:
        """A remembered value: ``last_event_id``, ``etag``."""
        row = self.store.db.execute(
            "SELECT value FROM alerts_state WHERE name = ?", [name]
        ).fetchone()
        return str(row[0]) if row else None

    def remember(self, name: str, value: str | None) -> None:
        """Remember (or with None forget) a value."""
        with self.store.transaction() as db:
            if value is None:
                db.execute("DELETE FROM alerts_state WHERE name = ?", [name])
            else:
                db.execute(
                    "INSERT OR REPLACE INTO alerts_state (name, value) VALUES (?, ?)",
                    [name, value],
                )

    def acknowledged(self, key: str, version: int, surface: str) -> bool:
        """True once an acknowledgement of this version on this surface is queued."""
        row = self.store.db.execute(
            "SELECT 1 FROM alerts_acked WHERE key = ? AND version = ? AND surface = ?",
            [key, version, surface],
        ).fetchone()
        return row is not None

    def mark_acknowledged(self, key: str, version: int, surface: str) -> None:
        """Note that an acknowledgement is queued."""
        with self.store.transaction() as db:
            db.execute(
                "INSERT OR IGNORE INTO alerts_acked (key, version, surface) VALUES (?, ?, ?)",
                [key, version, surface],
            )


class AlertListener:
    """Holds the gateway's alert stream, falls back to polling, keeps what is in force.

    ``deliver`` is called after an acknowledgement is queued (the cache's ``sync_now``, so the
    outbox sends it soon); ``read_timeout_s`` is the silence after which the stream counts as
    cut (the gateway sends a heartbeat every 15 s). ``client`` may be a function giving the
    current client, or None while there is none yet (an embedded gateway still starting).
    """

    def __init__(
        self,
        client: GatewayClient | Callable[[], GatewayClient | None],
        store: Store,
        *,
        outbox: Outbox | None = None,
        on_change: Callable[[list[HeldAlert]], None] | None = None,
        deliver: Callable[[], None] | None = None,
        read_timeout_s: float = 45.0,
        backoff_s: float = 1.0,
        max_backoff_s: float = 30.0,
        expiry_check_s: float = 1.0,
        clock: Callable[[], dt.datetime] = utc_now,
        jitter: Callable[[], float] = random.random,
    ) -> None:
        self._client = client if callable(client) else (lambda: client)
        self.cache = AlertCache(store)
        self.outbox = outbox or Outbox(store, self._client())
        self.on_change = on_change
        self.deliver = deliver
        self.read_timeout_s = read_timeout_s
        self.backoff_s = backoff_s
        self.max_backoff_s = max_backoff_s
        self.expiry_check_s = expiry_check_s
        self.clock = clock
        self._jitter = jitter
        self.connected = threading.Event()
        self.streams_opened = 0
        self.polls = 0
        self._stopping = threading.Event()
        self._lock = threading.Lock()
        self._response: requests.Response | None = None
        self._threads: list[threading.Thread] = []
        self._shown: dict[str, int] = {}

    # -- what section 3 calls ----------------------------------------------------------

    def active(self) -> list[HeldAlert]:
        """The alerts in force as held now (from disk: no network needed)."""
        return self.cache.active(self.clock())

    def acknowledge(self, alert_key: str, version: int, surface: Surface) -> str | None:
        """Tell the gateway (through the outbox) that ``version`` of the alert is on ``surface``;
        returns the outbox key, or None when this was acknowledged before."""
        if surface not in SURFACES:
            raise ValueError(f"surface: expected one of {', '.join(SURFACES)}, got {surface!r}")
        if not alert_key or isinstance(version, bool) or version < 1:
            raise ValueError("an alert key and a positive version are needed")
        if self.cache.acknowledged(alert_key, version, surface):
            return None
        digest = hashlib.sha256(f"{alert_key}\n{version}\n{surface}".encode()).hexdigest()
        body = {
            "acknowledgements": [
                {
                    "key": alert_key,
                    "version": version,
                    "surface": surface,
                    "shown_at": self.clock().isoformat(),
                }
            ]
        }
        # Queued, then noted: a crash between the two queues it again under the same key.
        key = self.outbox.enqueue(ACK_ENDPOINT, body, key=f"ack-{digest[:40]}")
        self.cache.mark_acknowledged(alert_key, version, surface)
        if self.deliver is not None:
            self.deliver()
        return key

    # -- lifetime ----------------------------------------------------------------------

    def start(self) -> None:
        """Tell ``on_change`` what is held already, then listen (and watch expiry) on threads."""
        if self._threads:
            return
        self._stopping.clear()
        self._changed()
        self._shown = self._versions()
        for target, name in ((self._listen, "alerts-stream"), (self._expire, "alerts-expiry")):
            thread = threading.Thread(target=target, name=name, daemon=True)
            thread.start()
            self._threads.append(thread)

    def stop(self) -> None:
        """Close the stream and stop the threads."""
        self._stopping.set()
        with self._lock:
            response = self._response
        if response is not None:
            sse.close_stream(response)
        for thread in self._threads:
            thread.join(10)
        self._threads.clear()

    # -- the stream and its fallback ---------------------------------------------------

    def _listen(self) -> None:
        failures = 0
        while not self._stopping.is_set():
            try:
                if self._hold_stream():
                    failures = 0
            except (CacheError, sse.StreamFormatError) as err:
                level = logging.WARNING if isinstance(err, GatewayTlsError) else logging.INFO
                log.log(level, "alert stream failed: %s", err)
            except (requests.RequestException, urllib3.exceptions.HTTPError, OSError) as err:
                log.info("alert stream cut: %s", type(err).__name__)
            except AttributeError:  # urllib3 reading a response that ``stop`` closed under it
                if not self._stopping.is_set():
                    raise
            self.connected.clear()
            if self._stopping.is_set():
                return
            failures += 1
            self._poll()
            cap = min(self.max_backoff_s, self.backoff_s * 2 ** min(failures - 1, 16))
            self._stopping.wait(cap * (0.5 + 0.5 * self._jitter()))

    def _hold_stream(self) -> bool:
        """Read the stream until it ends; True if it was opened."""
        headers = {"Accept": "text/event-stream", "Accept-Encoding": "identity"}
        last = self.cache.state("last_event_id")
        if last:
            headers["Last-Event-ID"] = last
        client = self._client()
        if client is None:
            raise GatewayUnreachableError("no gateway client yet")
        response = client.stream("alerts/stream", headers=headers, read_timeout=self.read_timeout_s)
        with self._lock:
            self._response = response
        try:
            if self._stopping.is_set():
                return True
            self.streams_opened += 1
            self.connected.set()
            chunks = response.iter_content(chunk_size=None)
            for event in sse.events(sse.lines(chunks)):
                if event is not None:
                    self._apply(event)
        finally:
            with self._lock:
                self._response = None
            response.close()
        return True

    def _apply(self, event: sse.ServerEvent) -> None:
        try:
            data = json.loads(event.data)
            if event.name == "snapshot":
                if not isinstance(data, dict) or not isinstance(data.get("alerts"), list):
                    raise ValueError("snapshot: expected {revision, alerts}")
                self.cache.replace([(held_of(item), item) for item in data["alerts"]])
            elif event.name == "alert":
                self.cache.put(held_of(data), data)
            elif event.name == "end":
                key, version = data.get("key"), data.get("version")
                if not isinstance(key, str) or not isinstance(version, int):
                    raise ValueError("end: expected {key, version}")
                self.cache.end(key, version)
            else:
                return  # an event this terminal does not know yet
        except (ValueError, AttributeError) as err:
            log.warning("alert event %r refused: %s", event.name, str(err)[:200])
            return
        if event.id is not None:
            self.cache.remember("last_event_id", event.id)
        self._changed_if_needed()

    def _poll(self) -> None:
        """Ask for what is in force once (the stream failed); offline, keep what is held."""
        client = self._client()
        if client is None:
            return
        try:
            reply = client.get("alerts/active", etag=self.cache.state("etag"))
        except CacheError as err:
            log.info("alerts in force not polled: %s", err)
            return
        self.polls += 1
        if reply.status == 304:
            return
        payload = reply.payload
        try:
            if not isinstance(payload, dict) or not isinstance(payload.get("alerts"), list):
                raise ValueError("expected {revision, alerts}")
            items = [(held_of(item), item) for item in payload["alerts"]]
        except ValueError as err:
            log.warning("alerts in force refused: %s", str(err)[:200])
            return
        self.cache.replace(items)
        self.cache.remember("etag", reply.etag)
        self._changed_if_needed()

    # -- expiry and change -------------------------------------------------------------

    def _expire(self) -> None:
        while not self._stopping.wait(self.expiry_check_s):
            self._changed_if_needed()

    def _versions(self) -> dict[str, int]:
        return {held.key: held.version for held in self.active()}

    def _changed_if_needed(self) -> None:
        with self._lock:
            now = self._versions()
            if now == self._shown:
                return
            self._shown = now
        self._changed()

    def _changed(self) -> None:
        if self.on_change is None:
            return
        try:
            self.on_change(self.active())
        except Exception:  # a subscriber's fault must not stop the listener
            log.exception("alert subscriber failed")
