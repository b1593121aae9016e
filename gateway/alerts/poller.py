"""Polls the JMA and CAP feeds, fetches each new document once, and files what concerns the city.

One round (:meth:`FeedPoller.poll_once`): expire what has run out; for each JMA feed, read its
long feed first when the last good poll is older than ``catch_up_after_s`` (after downtime, and
at first start) or the last catch-up failed, then the high-frequency feed; then each CAP
source. A feed that fails is backed
off (doubling up to ``max_backoff_s``) and keeps its old validators, so the entries it could not
fetch are seen again. A refused document is recorded with its reason and the round goes on.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from sqlalchemy.engine import Engine

from content.alerts.areas import AreaFilter, Position
from content.alerts.atom import Entry, parse_feed
from content.alerts.cap import parse_cap
from content.alerts.jma import prefectures_of, reads
from content.alerts.model import Document
from content.alerts.read import read_document
from content.alerts.safexml import Limits, RefusedError, local_name, parse
from content.config.alerts import AlertsConfig
from gateway.alerts import documents, feedstate
from gateway.alerts.fetch import Fetcher, FetchError
from gateway.alerts.store import Change, apply_document, expire_due

log = logging.getLogger("machikado.gateway.alerts")


def utc_now() -> dt.datetime:
    """The current time in UTC."""
    return dt.datetime.now(dt.UTC)


@dataclass
class PollReport:
    """What one round did: each feed's outcome, the documents fetched, the changes made."""

    feeds: dict[str, str] = field(default_factory=dict)
    fetched: list[str] = field(default_factory=list)
    refused: dict[str, str] = field(default_factory=dict)
    changes: list[Change] = field(default_factory=list)


class _FeedFailedError(Exception):
    """A feed's round stops here; its entries are tried again after the backoff."""


def area_filter(config: AlertsConfig) -> AreaFilter:
    """The city's codes and positions from ``[alerts]``."""
    return AreaFilter(
        frozenset(config.area_codes),
        tuple(Position(p.name, p.lat, p.lon) for p in config.positions),
    )


def _ident(entry: Entry) -> str:
    """What a fetched entry is recorded under: its document's URL, or its id when inline."""
    return entry.id if entry.embedded is not None else entry.url


class FeedPoller:
    """Polls the configured feeds into the gateway's database, one round per call."""

    def __init__(
        self,
        engine: Engine,
        config: AlertsConfig,
        *,
        fetcher: Fetcher | None = None,
        clock: Callable[[], dt.datetime] = utc_now,
    ) -> None:
        self.engine = engine
        self.config = config
        self.filter = area_filter(config)
        self.limits = Limits(max_bytes=config.max_document_kb * 1024)
        self.fetcher = fetcher or Fetcher(
            gap_s=config.request_gap_s,
            timeout_s=config.timeout_s,
            max_bytes=self.limits.max_bytes,
        )
        self.clock = clock
        feeds = (*config.jma_feeds, *config.cap_feeds)
        self.hosts = {urlsplit(url).netloc for url in feeds}
        self.prefectures = prefectures_of(frozenset(config.area_codes))

    def poll_once(self) -> PollReport:
        """One round over every feed; never raises for a feed's or a document's fault."""
        report = PollReport()
        report.changes += expire_due(self.engine, self.clock())
        stale = dt.timedelta(seconds=self.config.catch_up_after_s)
        for url in self.config.jma_feeds:
            state = feedstate.load(self.engine, url)
            long_url = AlertsConfig.long_feed(url)
            # until a catch-up has gone through, every round tries it again (after its backoff)
            behind = feedstate.load(self.engine, long_url).failures > 0
            if behind or state.last_ok_at is None or self.clock() - state.last_ok_at > stale:
                self._poll(long_url, report, jma=True)
            self._poll(url, report, jma=True)
        for url in self.config.cap_feeds:
            self._poll(url, report, jma=False)
        return report

    def _poll(self, url: str, report: PollReport, *, jma: bool) -> None:
        now = self.clock()
        state = feedstate.load(self.engine, url)
        if state.retry_after is not None and now < state.retry_after:
            report.feeds[url] = "backoff"
            return
        try:
            fetched = self.fetcher.get(url, etag=state.etag, last_modified=state.last_modified)
            if fetched.status == 304:
                feedstate.succeeded(self.engine, url, now, etag=None, last_modified=None)
                report.feeds[url] = "not_modified"
                return
            self._read_feed(url, fetched.body, report, jma=jma)
        except (FetchError, RefusedError) as err:
            self._failed(url, f"{err.reason}: {err.message}", report)
            return
        except _FeedFailedError as err:
            self._failed(url, str(err), report)
            return
        feedstate.succeeded(
            self.engine,
            url,
            now,
            etag=fetched.etag or "",
            last_modified=fetched.last_modified or "",
        )
        report.feeds[url] = "ok"

    def _failed(self, url: str, error: str, report: PollReport) -> None:
        state = feedstate.failed(
            self.engine,
            url,
            self.clock(),
            error,
            base_s=self.config.poll_interval_s,
            max_s=self.config.max_backoff_s,
        )
        log.warning(
            "alert feed %s failed (%d in a row, next try after %s): %s",
            url,
            state.failures,
            state.retry_after,
            error,
        )
        report.feeds[url] = f"failed: {error}"

    def _read_feed(self, url: str, body: bytes, report: PollReport, *, jma: bool) -> None:
        root = parse(body, self.limits)
        if not jma and local_name(root) == "alert":  # one CAP message at the URL
            digest = hashlib.sha256(body).hexdigest()[:16]
            self._document(f"{url}#{digest}", url, body, report)
            return
        entries = parse_feed(root)
        # oldest first, so that each message meets the one it follows
        ordered = sorted(
            reversed(entries), key=lambda e: e.updated or dt.datetime.min.replace(tzinfo=dt.UTC)
        )
        wanted = [e for e in ordered if not jma or reads(e.url, self.prefectures)]
        seen = documents.known(self.engine, [_ident(e) for e in wanted])
        for entry in wanted:
            if _ident(entry) not in seen:
                self._entry(url, entry, report)

    def _entry(self, feed: str, entry: Entry, report: PollReport) -> None:
        if entry.embedded is not None:
            try:
                document = parse_cap(entry.embedded)
            except RefusedError as err:
                self._refused(entry.id, feed, err.reason, err.message, report)
                return
            self._file(entry.id, feed, document, b"", report)
            return
        host = urlsplit(entry.url).netloc
        if host not in self.hosts:
            self._refused(entry.url, feed, "host_not_allowed", f"{host} is no feed's host", report)
            return
        try:
            fetched = self.fetcher.get(entry.url)
        except FetchError as err:
            if err.retry:
                raise _FeedFailedError(f"{err.reason}: {err.message}") from err
            self._refused(entry.url, feed, err.reason, err.message, report)
            return
        report.fetched.append(entry.url)
        self._document(entry.url, feed, fetched.body, report)

    def _document(self, url: str, feed: str, body: bytes, report: PollReport) -> None:
        try:
            document = read_document(body, url, self.limits)
        except RefusedError as err:
            self._refused(url, feed, err.reason, err.message, report, data=body)
            return
        self._file(url, feed, document, body, report)

    def _file(
        self, url: str, feed: str, document: Document, body: bytes, report: PollReport
    ) -> None:
        kept = [alert for alert in document.alerts if self.filter.concerns(alert)]
        elsewhere = [alert for alert in document.alerts if alert not in kept]
        try:
            changes = apply_document(self.engine, document, kept, feed, elsewhere=elsewhere)
        except ValueError as err:
            self._refused(url, feed, "invalid", str(err), report, data=body)
            return
        report.changes += changes
        outcome = documents.KEPT if changes else documents.IGNORED
        detail = "; ".join(document.notes) or f"{len(kept)} of {len(document.alerts)} alerts kept"
        documents.record(self.engine, url, feed, outcome, detail=detail, data=body)

    def _refused(
        self,
        url: str,
        feed: str,
        reason: str,
        message: str,
        report: PollReport,
        *,
        data: bytes = b"",
    ) -> None:
        log.warning("alert document %s refused (%s): %s", url, reason, message)
        documents.record(
            self.engine, url, feed, documents.REFUSED, reason=reason, detail=message, data=data
        )
        report.refused[url] = reason


class AlertPoller:
    """Runs :class:`FeedPoller` rounds every ``poll_interval_s`` on a daemon thread."""

    def __init__(self, poller: FeedPoller) -> None:
        self.poller = poller
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        """Start polling."""
        self._thread = threading.Thread(target=self._run, name="alert-feeds", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """Stop polling and wait for the round in progress."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join()

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                self.poller.poll_once()
            except Exception:  # a database outage: log it, try again next round
                log.exception("alert feed round failed")
            self._stop.wait(self.poller.config.poll_interval_s)
