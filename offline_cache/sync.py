"""Dataset sync: conditional whole downloads, deltas, one transaction per dataset."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from offline_cache.client import GatewayClient, Reply
from offline_cache.errors import DeltaUnavailableError, GatewayProtocolError, StaleDeltaError
from offline_cache.jsontext import dumps as encode
from offline_cache.store import DATASET_NAME, Store, utc_now

log = logging.getLogger("machikado.offline_cache")

# (dataset, phase "download"/"apply", done, total or None)
SyncProgress = Callable[[str, str, int, int | None], None]


@dataclass(frozen=True)
class DatasetResult:
    """How one dataset was brought up to date."""

    name: str
    outcome: str  # "unchanged", "delta" or "snapshot"
    version: int
    rows: int
    wire_bytes: int


@dataclass(frozen=True)
class SyncReport:
    """The result of one sync run over every dataset."""

    results: tuple[DatasetResult, ...]
    clock_skew_s: float | None
    finished_at: dt.datetime
    wire_bytes: int = field(default=0)


def _need(rule: bool, where: str, problem: str) -> None:
    if not rule:
        raise GatewayProtocolError(f"{where}: {problem}")


def _rows(items: Any, where: str) -> list[tuple[str, str]]:
    _need(isinstance(items, list), where, "expected a list")
    try:
        out = [(item["key"], encode(item["data"])) for item in items]
    except (TypeError, KeyError, IndexError):
        out = []
    if len(out) == len(items) and all(type(key) is str for key, _ in out):
        return out
    # Something is malformed: name the first bad row.
    for i, item in enumerate(items):
        _need(
            isinstance(item, dict) and isinstance(item.get("key"), str) and "data" in item,
            f"{where}[{i}]",
            "expected {key: text, data: …}",
        )
    raise GatewayProtocolError(f"{where}: expected {{key: text, data: …}}")


def _header(payload: Any, name: str) -> tuple[str, int]:
    _need(isinstance(payload, dict), name, "expected a JSON object")
    _need(payload.get("dataset") == name, f"{name}.dataset", f"expected {name!r}")
    epoch, version = payload.get("epoch"), payload.get("version")
    _need(isinstance(epoch, str) and 0 < len(epoch) <= 32, f"{name}.epoch", "expected text")
    _need(
        isinstance(version, int) and not isinstance(version, bool) and version >= 0,
        f"{name}.version",
        "expected a whole number",
    )
    return epoch, version


class Syncer:
    """Brings the store's datasets up to date from the gateway."""

    def __init__(
        self,
        store: Store,
        client: GatewayClient,
        *,
        clock: Callable[[], dt.datetime] = utc_now,
        progress: SyncProgress | None = None,
    ) -> None:
        self.store = store
        self.client = client
        self.clock = clock
        self.progress = progress

    def sync_all(self, only: Iterable[str] | None = None) -> SyncReport:
        """Sync every dataset the gateway lists (or those in ``only``)."""
        before = self.clock()
        listing = self.client.get("datasets").payload
        _need(isinstance(listing, dict), "datasets", "expected a JSON object")
        entries = listing.get("datasets")
        _need(isinstance(entries, list), "datasets.datasets", "expected a list")
        names: list[str] = []
        for i, entry in enumerate(entries):
            name = entry.get("name") if isinstance(entry, dict) else None
            if not isinstance(name, str) or not DATASET_NAME.fullmatch(name):
                raise GatewayProtocolError(f"datasets.datasets[{i}].name: expected a dataset name")
            names.append(name)
        skew = _skew(listing.get("server_time"), before, self.clock())
        wanted = set(only) if only is not None else None
        server_time = (
            listing.get("server_time") if isinstance(listing.get("server_time"), str) else None
        )
        results = tuple(
            self.sync_dataset(name, gateway_time=server_time)
            for name in names
            if wanted is None or name in wanted
        )
        return SyncReport(results, skew, self.clock(), sum(r.wire_bytes for r in results))

    def sync_dataset(self, name: str, *, gateway_time: str | None = None) -> DatasetResult:
        """Bring one dataset up to date: 304, a delta, or the whole snapshot."""
        held = self.store.meta(name)
        if held is not None:
            try:
                reply = self.client.get(
                    f"datasets/{name}/delta",
                    params={"since": held.version, "epoch": held.epoch},
                    etag=held.etag,
                    progress=self._download(name),
                )
            except DeltaUnavailableError as err:
                log.info("dataset %s: %s; fetching it whole", name, err.message)
            else:
                if reply.status == 304:
                    self.store.confirm(name, as_of=self.clock(), gateway_time=gateway_time)
                    return DatasetResult(
                        name, "unchanged", held.version, held.rows, reply.wire_bytes
                    )
                try:
                    return self._apply_delta(name, reply, gateway_time)
                except StaleDeltaError as err:
                    log.warning("dataset %s: %s; fetching it whole", name, err)
        reply = self.client.get(
            f"datasets/{name}",
            etag=held.etag if held else None,
            progress=self._download(name),
        )
        if reply.status == 304 and held is not None:
            self.store.confirm(name, as_of=self.clock(), gateway_time=gateway_time)
            return DatasetResult(name, "unchanged", held.version, held.rows, reply.wire_bytes)
        epoch, version = _header(reply.payload, name)
        rows = _rows(reply.payload.get("rows"), f"{name}.rows")

        def applied(done: int, total: int) -> None:
            if self.progress:
                self.progress(name, "apply", done, total)

        self.store.apply_snapshot(
            name,
            epoch,
            version,
            reply.etag or f'"{epoch}.{version}"',
            rows,
            as_of=self.clock(),
            gateway_time=gateway_time,
            progress=applied,
        )
        return DatasetResult(name, "snapshot", version, len(rows), reply.wire_bytes)

    def _apply_delta(self, name: str, reply: Reply, gateway_time: str | None) -> DatasetResult:
        payload = reply.payload
        epoch, version = _header(payload, name)
        base = payload.get("base_version")
        _need(
            isinstance(base, int) and base <= version, f"{name}.base_version", "expected a number"
        )
        changed = _rows(payload.get("changed"), f"{name}.changed")
        deleted = payload.get("deleted")
        _need(
            isinstance(deleted, list) and all(isinstance(k, str) for k in deleted),
            f"{name}.deleted",
            "expected a list of keys",
        )
        self.store.apply_delta(
            name,
            epoch,
            base,
            version,
            reply.etag or f'"{epoch}.{version}"',
            changed,
            deleted,
            as_of=self.clock(),
            gateway_time=gateway_time,
        )
        meta = self.store.meta(name)
        return DatasetResult(name, "delta", version, meta.rows if meta else 0, reply.wire_bytes)

    def _download(self, name: str) -> Callable[[int, int | None], None] | None:
        if self.progress is None:
            return None
        report = self.progress
        return lambda done, total: report(name, "download", done, total)


def _skew(server_time: Any, before: dt.datetime, after: dt.datetime) -> float | None:
    """Gateway clock minus terminal clock, in seconds (informational; sync never relies on it)."""
    if not isinstance(server_time, str):
        return None
    try:
        theirs = dt.datetime.fromisoformat(server_time)
    except ValueError:
        return None
    if theirs.tzinfo is None:
        return None
    midpoint = before + (after - before) / 2
    return (theirs - midpoint).total_seconds()
