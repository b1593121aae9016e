"""``OfflineCache``: the one object a kiosk or signage app holds for its cache (no Qt here)."""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from content.notices import NoticeBoard
from content.shelters.model import Site
from content.shelters.rows import DATASET as SHELTERS
from offline_cache.alerts import AlertListener, HeldAlert
from offline_cache.board import board_as_of, city_names, notice_board
from offline_cache.client import GatewayClient
from offline_cache.embedded import EmbeddedGateway, EmbeddedIssuance
from offline_cache.errors import (
    CacheError,
    GatewayAuthError,
    GatewayServerError,
    GatewayTlsError,
    GatewayUnreachableError,
)
from offline_cache.jobs_index import JobsIndexFile
from offline_cache.outbox import Outbox
from offline_cache.shelters import shelter_sites
from offline_cache.store import Store, utc_now
from offline_cache.sync import Syncer, SyncProgress, SyncReport
from offline_cache.tls import GatewayTls

log = logging.getLogger("machikado.offline_cache")


@dataclass
class Callbacks:
    """Plain callables, invoked on the cache's worker thread (wrap them in signals for a UI)."""

    online: Callable[[bool], None] | None = None
    progress: SyncProgress | None = None
    synced: Callable[[SyncReport], None] | None = None
    event: Callable[[str, str], None] | None = None
    # The message key of what keeps the terminal from its gateway (a certificate, its token),
    # or '' once the gateway answers again; plain unreachability is ``online(False)`` alone.
    problem: Callable[[str], None] | None = None


class OfflineCache:
    """Store, gateway client, periodic sync and outbox behind one start/stop.

    ``gateway_url="embedded"`` starts ``machikado gateway`` as a child process on a free
    loopback port (SQLite in ``data_dir``) and registers this terminal with it; otherwise
    ``gateway_url`` and ``token`` name the city's gateway. Either way the same HTTP path runs.
    The embedded gateway is started by the first sync and lives until ``stop`` (or until the
    thread that started it ends, normally the cache's own worker), and never outlives this
    process. ``embedded_issuance`` turns certificate issuance on in the embedded gateway.
    ``token`` may be a function giving the current token (see ``TokenFile``); ``tls`` is the
    city's CA and this terminal's client certificate.
    """

    def __init__(
        self,
        data_dir: Path,
        *,
        gateway_url: str = "embedded",
        token: str | Callable[[], str] | None = None,
        tls: GatewayTls | None = None,
        terminal_id: str = "demo-kiosk-01",
        sync_interval_s: float = 300.0,
        offline_retry_s: float = 30.0,
        callbacks: Callbacks | None = None,
        gateway_command: list[str] | None = None,
        embedded_issuance: EmbeddedIssuance | None = None,
    ) -> None:
        if gateway_url != "embedded" and not token:
            raise ValueError("a terminal token is needed for a gateway that is not embedded")
        self.data_dir = data_dir
        self.gateway_url = None if gateway_url == "embedded" else gateway_url
        self.terminal_id = terminal_id
        self.sync_interval_s = sync_interval_s
        self.offline_retry_s = offline_retry_s
        self.callbacks = callbacks or Callbacks()
        self._token = token
        self.tls = tls
        self.problem = ""
        self._embedded = (
            EmbeddedGateway(
                data_dir / "gateway",
                terminal_id,
                command=gateway_command,
                issuance=embedded_issuance,
            )
            if gateway_url == "embedded"
            else None
        )
        self.store: Store | None = None
        self.client: GatewayClient | None = None
        self.outbox: Outbox | None = None
        self.online: bool | None = None
        self.last_report: SyncReport | None = None
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None
        self._run_lock = threading.Lock()
        self.jobs_index = JobsIndexFile(data_dir / "jobs-index.sqlite")
        self._sites: tuple[tuple[str, int], tuple[Site, ...]] | None = None
        self._sites_lock = threading.Lock()

    @property
    def embedded(self) -> EmbeddedGateway | None:
        """The embedded gateway this cache starts (None for the city's own gateway)."""
        return self._embedded

    # -- lifetime -------------------------------------------------------------------------

    def open_store(self) -> Store:
        """Open the local store now (integrity check, recovery); cached data is readable after."""
        if self.store is None:
            store, moved = Store.open(self.data_dir / "cache.db")
            self.store = store
            self.outbox = Outbox(store, self.client)
            if moved is not None:
                self._event("store.recovered", moved.name)
        return self.store

    def start(self) -> None:
        """Open the store and start the worker (gateway start-up and sync happen on it)."""
        self.open_store()
        if self._thread is not None:
            return
        self._stopping.clear()
        self._thread = threading.Thread(target=self._work, name="offline-cache", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """Stop the worker, the embedded gateway and close the store."""
        self._stopping.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(60)
            self._thread = None
        if self._embedded is not None:
            self._embedded.stop()
        if self.client is not None:
            self.client.close()
            self.client = None
        if self.store is not None:
            self.store.close()
            self.store = None

    def sync_now(self) -> None:
        """Ask the worker for a sync (and outbox delivery) right away."""
        self._wake.set()

    # -- what the apps use ----------------------------------------------------------------

    def enqueue(self, endpoint: str, body: dict[str, Any], *, key: str | None = None) -> str:
        """Keep a write for the gateway on disk and deliver it when possible; returns its key."""
        key = self._outbox().enqueue(endpoint, body, key=key)
        self._wake.set()
        return key

    def alert_listener(
        self, on_change: Callable[[list[HeldAlert]], None] | None = None
    ) -> AlertListener:
        """An alert listener on this cache's store, outbox and gateway client (not started).

        Its ``active()`` reads the store at once, network or not; once started it holds the
        gateway's alert stream (waiting for the embedded gateway, if any, to be up), and an
        acknowledgement asks the worker to deliver the outbox right away.
        """
        return AlertListener(
            lambda: self.client,
            self.open_store(),
            outbox=self._outbox(),
            on_change=on_change,
            deliver=self.sync_now,
        )

    def heartbeat(self, software_version: str, health: dict[str, str]) -> str:
        """Queue a heartbeat: device health, cache age and how many writes the gateway refused."""
        body = {
            "terminal_time": utc_now().isoformat(),
            "software_version": software_version,
            "health": health,
            "cache_age_s": self.cache_age_s(),
            "dead_letters": self._outbox().dead_letter_count(),
        }
        return self.enqueue("heartbeat", body)

    def count(self, counts: dict[str, int]) -> str:
        """Queue usage counts (names like ``certificate.juminhyo``; never personal data)."""
        return self.enqueue("counters", {"counts": counts})

    def notice_board(self) -> NoticeBoard | None:
        """City notices and slides from the synced datasets; ``None`` before the first sync."""
        return notice_board(self._store())

    def shelter_sites(self) -> tuple[Site, ...] | None:
        """The city's designated sites as last synced; ``None`` before the first sync, or when
        the store cannot be read (logged). Read again only when a sync changed them."""
        store = self._store()
        try:
            meta = store.meta(SHELTERS)
            with self._sites_lock:
                if (
                    meta is not None
                    and self._sites
                    and self._sites[0] == (meta.epoch, meta.version)
                ):
                    return self._sites[1]
                sites = shelter_sites(store)
                if meta is not None and sites is not None:
                    self._sites = ((meta.epoch, meta.version), sites)
                return sites
        except sqlite3.Error as err:
            log.error("shelter sites unreadable from the cache: %s", err)
            return None

    def city_names(self) -> dict[str, str]:
        """The city's name by language, as synced ({} before the first sync)."""
        return city_names(self._store())

    def notices_as_of(self) -> dt.datetime | None:
        """When the notices on the board were last confirmed current by the gateway."""
        return board_as_of(self._store())

    def as_of(self, dataset: str) -> dt.datetime | None:
        """When ``dataset`` was last confirmed current; ``None`` if never synced."""
        meta = self._store().meta(dataset)
        return meta.as_of if meta else None

    def cache_age_s(self) -> float | None:
        """Seconds since the stalest dataset was confirmed (never negative, even if clocks step)."""
        metas = self._store().all_meta()
        if not metas:
            return None
        oldest = min(meta.as_of for meta in metas)
        return max(0.0, (utc_now() - oldest).total_seconds())

    def run_once(self) -> SyncReport | None:
        """Deliver the outbox and sync every dataset now, on the calling thread."""
        with self._run_lock:
            try:
                client = self._connect()
                outbox = self._outbox()
                outbox.client = client
                outbox.deliver()
                report = Syncer(self._store(), client, progress=self.callbacks.progress).sync_all()
            except GatewayTlsError as err:
                log.error("gateway connection refused (%s): %s", err.key, err)
                self._set_online(False)
                self._set_problem(err.key)
                return None
            except (GatewayUnreachableError, GatewayServerError) as err:
                log.info("gateway unreachable: %s", err)
                self._set_online(False)
                self._set_problem("")
                return None
            except GatewayAuthError as err:
                self._set_online(False)
                self._set_problem(err.key)
                self._event(err.key, err.code)
                return None
            except CacheError as err:
                self._event(err.key, str(err)[:300])
                return None
            self._set_online(True)
            self._set_problem("")
            self._refresh_jobs_index()
            self.last_report = report
            if self.callbacks.synced:
                self.callbacks.synced(report)
            return report

    # -- internals ------------------------------------------------------------------------

    def _refresh_jobs_index(self) -> None:
        """Rebuild the job search index when the jobs dataset changed (on the worker)."""
        try:
            self.jobs_index.refresh(self._store())
        except (OSError, sqlite3.Error) as err:
            log.warning("job index not rebuilt: %s", err)
            self._event("jobs.index_failed", str(err)[:300])

    def _work(self) -> None:
        while not self._stopping.is_set():
            report = self.run_once()
            wait = self.sync_interval_s if report is not None else self.offline_retry_s
            self._wake.wait(wait)
            self._wake.clear()

    def _connect(self) -> GatewayClient:
        if self.client is not None and (self._embedded is None or self._embedded.running):
            return self.client
        if self._embedded is not None:
            self._embedded.stop()
            self.gateway_url, self._token = self._embedded.start()
        assert self.gateway_url is not None and self._token is not None
        self.client = GatewayClient(self.gateway_url, self._token, tls=self.tls, retries=2)
        return self.client

    def _store(self) -> Store:
        if self.store is None:
            raise RuntimeError("the offline cache is not open; call open_store() or start()")
        return self.store

    def _outbox(self) -> Outbox:
        self._store()
        assert self.outbox is not None
        return self.outbox

    def _set_online(self, online: bool) -> None:
        if online != self.online:
            self.online = online
            if self.callbacks.online:
                self.callbacks.online(online)

    def _set_problem(self, key: str) -> None:
        if key != self.problem:
            self.problem = key
            if self.callbacks.problem:
                self.callbacks.problem(key)

    def _event(self, key: str, detail: str) -> None:
        log.warning("offline cache event %s: %s", key, detail)
        if self.callbacks.event:
            self.callbacks.event(key, detail)
