"""Signage's traffic with the gateway: the published content package in, proof of play out.

:class:`PackageFetcher` asks the gateway which package is published and, when it is not the one
in use, streams the archive to a temporary file (size-limited) and hands it to
:class:`PackageStore.install`, which verifies it completely and swaps it in atomically. A bad
download is reported under its message key and the last good package keeps playing.
:class:`PlayBatcher` collects proof-of-play records into outbox batches, and
:class:`SignageLink` runs both on one worker thread.
"""

from __future__ import annotations

import hashlib
import logging
import re
import threading
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from offline_cache.client import GatewayClient
from offline_cache.errors import CacheError, GatewayAuthError, GatewayError, GatewayTlsError
from offline_cache.outbox import Outbox
from offline_cache.packages import InstalledPackage, PackageError, PackageStore

log = logging.getLogger("machikado.offline_cache")

PLAYS_ENDPOINT = "signage_plays"
PLAYS_PER_BATCH = 100
_SHA256 = re.compile(r"[0-9a-f]{64}")


@dataclass(frozen=True)
class FetchResult:
    """What one package check did: ``none`` published, ``current`` already, ``installed``,
    ``rejected`` (bad package; ``key`` says why) or ``failed`` (gateway trouble; retried)."""

    outcome: str
    key: str | None = None
    package: InstalledPackage | None = None


class PackageFetcher:
    """Installs the gateway's published package when it differs from the one in use."""

    def __init__(self, client: GatewayClient, store: PackageStore) -> None:
        self.client = client
        self.store = store
        self._refused: str | None = None  # SHA-256 of the last archive that failed verification

    def check(self) -> FetchResult:
        """Compare, download and install if needed; never raises for gateway or package faults."""
        try:
            return self._check()
        except GatewayError as err:
            if err.status == 404 and err.code == "no_package":
                return FetchResult("none")
            if isinstance(err, GatewayAuthError):
                log.warning("signage package check refused: %s", err.key)
            return FetchResult("failed", err.key)
        except CacheError as err:
            # a certificate problem needs a person; a network fault passes by itself
            level = logging.WARNING if isinstance(err, GatewayTlsError) else logging.INFO
            log.log(level, "signage package check failed (%s): %s", err.key, err)
            return FetchResult("failed", err.key)

    def _check(self) -> FetchResult:
        info = _package_info(self.client.get("signage/package").payload)
        current = self.store.current()
        if (
            current is not None
            and current.manifest.id == info["package_id"]
            and current.manifest.version >= info["version"]
        ):
            return FetchResult("current", package=current)
        if info["sha256"] == self._refused:
            return FetchResult("rejected", "package.refused_before")
        if info["size"] > self.store.max_bytes:
            return self._refuse(
                info, PackageError("package.too_large", f"{info['size']} bytes is over the limit")
            )
        temporary = self.store.root / f".download-{uuid.uuid4().hex}.zip"
        try:
            self.client.download(
                "signage/package/archive", temporary, max_bytes=self.store.max_bytes
            )
            if _sha256_of(temporary) != info["sha256"]:
                # Most likely republished between the two requests: look again next time.
                log.info("signage package changed while downloading; retrying later")
                return FetchResult("failed", "package.changed")
            installed = self.store.install(temporary)
        except PackageError as err:
            return self._refuse(info, err)
        finally:
            temporary.unlink(missing_ok=True)
        return FetchResult("installed", package=installed)

    def _refuse(self, info: Mapping[str, Any], err: PackageError) -> FetchResult:
        self._refused = info["sha256"]
        log.warning(
            "signage package %s version %s refused (%s); the last good package keeps playing: %s",
            info["package_id"],
            info["version"],
            err.key,
            err,
        )
        return FetchResult("rejected", err.key)


def _package_info(payload: Any) -> dict[str, Any]:
    """The gateway's package description, checked; ``PackageError`` when malformed."""
    if not isinstance(payload, dict) or not (
        isinstance(payload.get("package_id"), str)
        and isinstance(payload.get("version"), int)
        and isinstance(payload.get("size"), int)
        and isinstance(payload.get("sha256"), str)
        and _SHA256.fullmatch(payload["sha256"]) is not None
    ):
        raise PackageError("package.bad_description", "the gateway's package description")
    return payload


def _sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 16):
            digest.update(chunk)
    return digest.hexdigest()


class PlayBatcher:
    """Proof-of-play records gathered in memory and put into the outbox in batches.

    ``add`` is cheap (it only appends, from any thread); ``flush`` writes the batches, on the
    worker. Records also go to the local proof log, so a crash before a flush loses none.
    """

    def __init__(self, outbox: Outbox, *, per_batch: int = PLAYS_PER_BATCH) -> None:
        self.outbox = outbox
        self.per_batch = per_batch
        self._pending: list[dict[str, Any]] = []
        self._lock = threading.Lock()

    def add(self, record: dict[str, Any]) -> bool:
        """Keep one record; True once a whole batch is waiting."""
        with self._lock:
            self._pending.append(record)
            return len(self._pending) >= self.per_batch

    def flush(self) -> int:
        """Put every waiting record into the outbox; returns how many batches were enqueued."""
        with self._lock:
            pending, self._pending = self._pending, []
        batches = 0
        for start in range(0, len(pending), self.per_batch):
            self.outbox.enqueue(PLAYS_ENDPOINT, {"plays": pending[start : start + self.per_batch]})
            batches += 1
        return batches


class SignageLink:
    """One worker thread: enqueue plays, deliver the outbox, check the published package.

    Without a fetcher (no package folder or key configured) it only reports plays.
    """

    def __init__(
        self,
        fetcher: PackageFetcher | None,
        batcher: PlayBatcher,
        *,
        interval_s: float,
        installed: Callable[[InstalledPackage], None] | None = None,
    ) -> None:
        self.fetcher = fetcher
        self.batcher = batcher
        self.interval_s = interval_s
        self.installed = installed
        self.last: FetchResult | None = None
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None

    def record(self, record: dict[str, Any]) -> None:
        """Queue one proof-of-play record; a full batch wakes the worker."""
        if self.batcher.add(record):
            self._wake.set()

    def start(self) -> None:
        """Start the worker."""
        if self._thread is None:
            self._stopping.clear()
            self._thread = threading.Thread(target=self._work, name="signage-link", daemon=True)
            self._thread.start()

    def wake(self) -> None:
        """Run a cycle now."""
        self._wake.set()

    def stop(self) -> None:
        """Stop the worker after its current cycle; waiting plays go into the outbox."""
        self._stopping.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(60)
            self._thread = None
        self.batcher.flush()

    def run_once(self) -> FetchResult | None:
        """One cycle on the calling thread; the package check's result (None without one)."""
        self.batcher.flush()
        outbox = self.batcher.outbox
        try:
            outbox.deliver()
        except CacheError as err:
            log.info("signage plays not delivered yet (%s)", err.key)
        if self.fetcher is None:
            return None
        result = self.fetcher.check()
        self.last = result
        if result.outcome == "installed" and result.package is not None and self.installed:
            self.installed(result.package)
        return result

    def _work(self) -> None:
        while not self._stopping.is_set():
            try:
                self.run_once()
            except Exception:
                log.exception("signage link cycle failed")
            self._wake.wait(self.interval_s)
            self._wake.clear()
