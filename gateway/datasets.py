"""Versioned datasets: publishing rows, whole snapshots and deltas since a version."""

from __future__ import annotations

import gzip
import json
import re
import secrets
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from gateway.storage import dataset_rows, datasets, now_iso, reading

DATASET_NAME = re.compile(r"[a-z][a-z0-9_]{0,62}")


@dataclass(frozen=True)
class DatasetInfo:
    """A dataset's identity and current version."""

    name: str
    epoch: str
    version: int
    updated_at: str
    rows: int

    @property
    def etag(self) -> str:
        """The strong ETag of this version of the dataset."""
        return f'"{self.epoch}.{self.version}"'


class DeltaUnavailableError(Exception):
    """A delta cannot be built from the terminal's version; it needs the whole snapshot."""


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def publish(
    engine: Engine,
    name: str,
    rows: Mapping[str, Any],
    *,
    deleted: Iterable[str] = (),
    replace: bool = False,
) -> int:
    """Add or change ``rows``, delete ``deleted`` (or every row not in ``rows`` with ``replace``).

    One transaction, one new version; rows whose data did not change keep their version, so a
    delta carries only real changes. Returns the dataset's version afterwards.
    """
    if not DATASET_NAME.fullmatch(name):
        raise ValueError(f"dataset name {name!r}: expected lower-case letters, digits and '_'")
    with engine.begin() as conn:
        info = conn.execute(sa.select(datasets.c.version).where(datasets.c.name == name)).scalar()
        if info is None:
            conn.execute(
                datasets.insert().values(
                    name=name, epoch=secrets.token_hex(8), version=0, updated_at=now_iso()
                )
            )
            info = 0
        version = int(info) + 1
        current = dict(
            conn.execute(
                sa.select(dataset_rows.c.key, dataset_rows.c.data).where(
                    dataset_rows.c.dataset == name
                )
            ).all()
        )
        inserts, updates = [], []
        for key, value in rows.items():
            text = _dumps(value)
            if key not in current:
                inserts.append(
                    {
                        "dataset": name,
                        "key": key,
                        "version": version,
                        "deleted": False,
                        "data": text,
                    }
                )
            elif current[key] != text:
                updates.append({"k": key, "version": version, "deleted": False, "data": text})
        gone = set(deleted)
        if replace:
            gone |= set(current) - set(rows)
        for key in gone:
            if current.get(key) is not None and key not in rows:
                updates.append({"k": key, "version": version, "deleted": True, "data": None})
        if not inserts and not updates:
            return version - 1
        if inserts:
            conn.execute(dataset_rows.insert(), inserts)
        if updates:
            conn.execute(
                dataset_rows.update()
                .where(dataset_rows.c.dataset == name, dataset_rows.c.key == sa.bindparam("k"))
                .values(
                    version=sa.bindparam("version"),
                    deleted=sa.bindparam("deleted"),
                    data=sa.bindparam("data"),
                ),
                updates,
            )
        conn.execute(
            datasets.update()
            .where(datasets.c.name == name)
            .values(version=version, updated_at=now_iso())
        )
    return version


def _info(conn: Connection, name: str) -> DatasetInfo | None:
    row = conn.execute(
        sa.select(
            datasets.c.name, datasets.c.epoch, datasets.c.version, datasets.c.updated_at
        ).where(datasets.c.name == name)
    ).first()
    if row is None:
        return None
    count = conn.execute(
        sa.select(sa.func.count())
        .select_from(dataset_rows)
        .where(dataset_rows.c.dataset == name, dataset_rows.c.deleted.is_(False))
    ).scalar()
    return DatasetInfo(row[0], row[1], int(row[2]), row[3], int(count or 0))


def current_etag(engine: Engine, name: str) -> str | None:
    """The ETag of dataset ``name``'s current version in one indexed read; None if no dataset."""
    with reading(engine) as conn:
        row = conn.execute(
            sa.select(datasets.c.epoch, datasets.c.version).where(datasets.c.name == name)
        ).first()
    return None if row is None else f'"{row[0]}.{int(row[1])}"'


class EtagCache:
    """Each dataset's current ETag, read at most once per ``ttl_s`` seconds and process.

    An up-to-date terminal's poll is then answered 304 without a query. A version published
    by another process is seen within ``ttl_s``: to a terminal that asked just then, it is as
    if it had asked a moment earlier.
    """

    def __init__(self, ttl_s: float = 1.0, *, clock: Callable[[], float] = time.monotonic) -> None:
        self.ttl_s = ttl_s
        self._clock = clock
        self._items: dict[str, tuple[float, str]] = {}

    def cached(self, name: str) -> str | None:
        """The ETag of ``name`` read under ``ttl_s`` ago, else ``None``."""
        found = self._items.get(name)
        if found is not None and self._clock() - found[0] < self.ttl_s:
            return found[1]
        return None

    def load(self, engine: Engine, name: str) -> str | None:
        """Read the ETag of ``name`` now (and keep it); ``None`` when there is no such dataset."""
        now = self._clock()
        etag = current_etag(engine, name)
        if etag is not None and self.ttl_s > 0:
            self._items[name] = (now, etag)
        return etag


def dataset_info(engine: Engine, name: str) -> DatasetInfo | None:
    """The current identity of dataset ``name``, or ``None`` if there is no such dataset."""
    with engine.connect() as conn:
        return _info(conn, name)


def list_datasets(engine: Engine) -> list[DatasetInfo]:
    """Every published dataset with its current version."""
    with engine.connect() as conn:
        names = conn.execute(sa.select(datasets.c.name).order_by(datasets.c.name)).scalars().all()
        return [info for name in names if (info := _info(conn, name)) is not None]


def _gzip(parts: Iterable[str]) -> bytes:
    return gzip.compress("".join(parts).encode("utf-8"), compresslevel=6, mtime=0)


class SnapshotCache:
    """Gzipped snapshots of recent dataset versions, built once and served many times."""

    def __init__(self, size: int = 8) -> None:
        self._size = size
        self._items: OrderedDict[tuple[str, str, int], bytes] = OrderedDict()
        self._lock = threading.Lock()

    def snapshot(self, engine: Engine, name: str) -> tuple[DatasetInfo, bytes] | None:
        """The current version's info and gzipped JSON body; ``None`` if no such dataset."""
        with reading(engine) as conn, conn.begin():
            info = _info(conn, name)
            if info is None:
                return None
            key = (name, info.epoch, info.version)
            with self._lock:
                body = self._items.get(key)
            if body is None:
                body = _build_snapshot(conn, info)
                with self._lock:
                    self._items[key] = body
                    while len(self._items) > self._size:
                        self._items.popitem(last=False)
        return info, body


def _build_snapshot(conn: Connection, info: DatasetInfo) -> bytes:
    rows = conn.execute(
        sa.select(dataset_rows.c.key, dataset_rows.c.data)
        .where(dataset_rows.c.dataset == info.name, dataset_rows.c.deleted.is_(False))
        .order_by(dataset_rows.c.key)
    )
    head = _dumps({"dataset": info.name, "epoch": info.epoch, "version": info.version})[:-1]
    parts = [head, ',"rows":[']
    first = True
    for key, data in rows:
        parts.append(("" if first else ",") + '{"key":' + json.dumps(key, ensure_ascii=False))
        parts.append(',"data":' + data + "}")
        first = False
    parts.append("]}")
    return _gzip(parts)


def delta(engine: Engine, name: str, epoch: str, since: int) -> tuple[DatasetInfo, bytes] | None:
    """Rows changed and deleted after version ``since`` as gzipped JSON; ``None`` if no dataset.

    Raises :class:`DeltaUnavailableError` when ``since`` belongs to another epoch of the dataset or
    lies ahead of it, or when the delta would not be smaller than the snapshot.
    """
    with engine.connect() as conn, conn.begin():
        info = _info(conn, name)
        if info is None:
            return None
        if epoch != info.epoch:
            raise DeltaUnavailableError(
                "the dataset was rebuilt since that version; fetch it whole"
            )
        if since > info.version:
            raise DeltaUnavailableError(f"version {since} is ahead of the gateway's {info.version}")
        rows = conn.execute(
            sa.select(dataset_rows.c.key, dataset_rows.c.deleted, dataset_rows.c.data)
            .where(dataset_rows.c.dataset == name, dataset_rows.c.version > since)
            .order_by(dataset_rows.c.key)
        ).all()
        changed = [(key, data) for key, is_deleted, data in rows if not is_deleted]
        if info.rows >= 1000 and len(changed) > info.rows // 2:
            raise DeltaUnavailableError("most rows changed; the snapshot is smaller")
        head = _dumps(
            {"dataset": name, "epoch": info.epoch, "base_version": since, "version": info.version}
        )[:-1]
        parts = [head, ',"changed":[']
        parts.append(
            ",".join(
                '{"key":' + json.dumps(key, ensure_ascii=False) + ',"data":' + data + "}"
                for key, data in changed
            )
        )
        parts.append('],"deleted":')
        parts.append(
            json.dumps([key for key, is_deleted, _ in rows if is_deleted], ensure_ascii=False)
        )
        parts.append("}")
        return info, _gzip(parts)
