"""The terminal's job listings as an n-gram index file, rebuilt whenever the dataset changes.

The ``jobs`` dataset (synced like every other) is turned into one SQLite file beside the
store: the records in (受付年月日, 求人番号) order, their normalised search text, a roaring
bitmap per n-gram of 1 to 4 characters, one per facet value, per 紹介期限日 and per admitted
age. A new file is written aside and renamed over the old one: no reader sees half an index.
"""

from __future__ import annotations

import bisect
import datetime as dt
import logging
import os
import sqlite3
import threading
import zlib
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import orjson
from pyroaring import BitMap

from content.jobs.facets import AGES, facet_values, search_text
from content.jobs.schema import public_record

log = logging.getLogger("machikado.offline_cache")

JOBS_DATASET = "jobs"
_JAPAN = ZoneInfo("Asia/Tokyo")
_FORMAT = "2"
_CHUNK = 8192
_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE listings (rowid INTEGER PRIMARY KEY, kyujin_no TEXT NOT NULL UNIQUE,
                       data BLOB NOT NULL, text TEXT NOT NULL);
CREATE TABLE grams (gram TEXT PRIMARY KEY, bits BLOB NOT NULL) WITHOUT ROWID;
CREATE TABLE facets (facet TEXT NOT NULL, value TEXT NOT NULL, bits BLOB NOT NULL,
                     PRIMARY KEY (facet, value)) WITHOUT ROWID;
CREATE TABLE wages (unit TEXT NOT NULL, wage INTEGER NOT NULL, row INTEGER NOT NULL);
CREATE TABLE places (code TEXT PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE stations (name TEXT PRIMARY KEY, lines TEXT NOT NULL);
"""


def _grams(text: str) -> set[str]:
    """Every piece of 1 to 4 characters of ``text`` that holds no space or line break."""
    grams = {text[i : i + 4] for i in range(len(text) - 3)}
    grams.update(text[i : i + 3] for i in range(len(text) - 2))
    grams.update(text[i : i + 2] for i in range(len(text) - 1))
    grams.update(text)
    return {g for g in grams if " " not in g and "\n" not in g}


def build_index(
    records: Iterable[Mapping[str, Any]],
    path: Path,
    *,
    source_etag: str = "",
    as_of: dt.date | None = None,
) -> int:
    """Write the index of ``records`` to ``path`` (atomically); returns the number of listings."""
    rows = sorted(_usable(records), key=lambda t: (t[0]["received"], t[0]["kyujin_no"]))
    postings: dict[str, BitMap] = {}
    facets: dict[tuple[str, str], BitMap] = {}
    pending_grams: defaultdict[str, list[int]] = defaultdict(list)
    pending_facets: defaultdict[tuple[str, str], list[int]] = defaultdict(list)
    unlimited: list[int] = []
    limited: list[tuple[int, int, int]] = []
    wages: list[tuple[str, int, int]] = []
    places: dict[str, str] = {}
    stations: defaultdict[str, set[str]] = defaultdict(set)
    listing_rows: list[tuple[int, str, bytes, str]] = []
    for rowid, (record, text, values) in enumerate(rows):
        listing_rows.append((rowid, record["kyujin_no"], _pack(record), text))
        for gram in _grams(text):
            pending_grams[gram].append(rowid)
        for name, facet in values.items():
            for value in facet:
                pending_facets[(name, value)].append(rowid)
        pending_facets[("expires", record["expires"])].append(rowid)
        low, high = record.get("age_min"), record.get("age_max")
        if low is None and high is None:
            unlimited.append(rowid)
        else:
            limited.append((rowid, low or AGES[0], AGES[-1] if high is None else high))
        wages.append((record["wage_unit"], record["wage_min"], rowid))
        places[record["work_city_code"]] = record["work_city_name"]
        if record.get("station"):
            station_lines = stations[record["station"]]
            if record.get("line"):
                station_lines.add(record["line"])
        if rowid % _CHUNK == _CHUNK - 1:
            _flush(pending_grams, postings)
            _flush(pending_facets, facets)
    _flush(pending_grams, postings)
    _flush(pending_facets, facets)
    everyone = BitMap(unlimited)
    for age in AGES:
        facets[("age", str(age))] = everyone | BitMap(
            r for r, low, high in limited if low <= age <= high
        )
    tmp = path.with_name(path.name + ".new")
    tmp.unlink(missing_ok=True)
    conn = sqlite3.connect(tmp)
    try:
        conn.executescript(_SCHEMA)
        with conn:
            conn.executemany(
                "INSERT INTO meta VALUES (?, ?)",
                [
                    ("format", _FORMAT),
                    ("source_etag", source_etag),
                    ("as_of", as_of.isoformat() if as_of else ""),
                    ("count", str(len(rows))),
                ],
            )
            conn.executemany("INSERT INTO listings VALUES (?, ?, ?, ?)", listing_rows)
            conn.executemany(
                "INSERT INTO grams VALUES (?, ?)",
                ((g, _blob(bits)) for g, bits in postings.items()),
            )
            conn.executemany(
                "INSERT INTO facets VALUES (?, ?, ?)",
                ((f, v, _blob(bits)) for (f, v), bits in facets.items()),
            )
            conn.executemany("INSERT INTO wages VALUES (?, ?, ?)", wages)
            conn.executemany("INSERT INTO places VALUES (?, ?)", places.items())
            conn.executemany(
                "INSERT INTO stations VALUES (?, ?)",
                ((s, orjson.dumps(sorted(ls)).decode()) for s, ls in stations.items()),
            )
    finally:
        conn.close()
    os.replace(tmp, path)
    return len(rows)


_Row = tuple[dict[str, Any], str, dict[str, set[str]]]


def _usable(records: Iterable[Mapping[str, Any]]) -> list[_Row]:
    """Records a terminal can index, with their text and facets; malformed ones are left out."""
    out: list[_Row] = []
    bad = 0
    for r in records:
        try:
            record = public_record(dict(r))
            row = (record, search_text(record), facet_values(record))
            if not (isinstance(record["received"], str) and isinstance(record["kyujin_no"], str)):
                raise TypeError("received and kyujin_no must be text")
        except (KeyError, TypeError, ValueError, AttributeError, IndexError):
            bad += 1
            continue
        out.append(row)
    if bad:
        log.warning("job index: %d malformed listings left out", bad)
    return out


def _flush(pending: defaultdict[Any, list[int]], into: dict[Any, BitMap]) -> None:
    for key, ids in pending.items():
        bits = into.get(key)
        if bits is None:
            into[key] = BitMap(ids)
        else:
            bits.update(ids)
    pending.clear()


def _pack(record: Mapping[str, Any]) -> bytes:
    """A record as compressed JSON, empty fields left out."""
    return zlib.compress(orjson.dumps({k: v for k, v in record.items() if v is not None}), 6)


def _unpack(blob: bytes) -> dict[str, Any]:
    record: dict[str, Any] = orjson.loads(zlib.decompress(blob))
    return record


def _blob(bits: BitMap) -> bytes:
    bits.run_optimize()
    return bytes(bits.serialize())


class JobsIndex:
    """A built index file, opened read-only; satisfies the job search core's ``JobIndex``."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        self._lock = threading.Lock()
        meta = dict(self._conn.execute("SELECT key, value FROM meta").fetchall())
        if meta.get("format") != _FORMAT:
            self._conn.close()
            raise ValueError(f"{path.name}: index format {meta.get('format')!r}")
        self.source_etag = meta.get("source_etag", "")
        self._as_of = dt.date.fromisoformat(meta["as_of"]) if meta.get("as_of") else None
        self._texts: list[str] = []
        self._rowids: dict[str, int] = {}
        for rowid, kyujin_no, text in self._conn.execute(
            "SELECT rowid, kyujin_no, text FROM listings ORDER BY rowid"
        ):
            self._texts.append(text)
            self._rowids[kyujin_no] = rowid
        self._facets: dict[tuple[str, str], BitMap] = {}
        self._values: defaultdict[str, list[str]] = defaultdict(list)
        for facet, value, blob in self._conn.execute(
            "SELECT facet, value, bits FROM facets ORDER BY facet, value"
        ):
            self._facets[(facet, value)] = BitMap.deserialize(blob)
            self._values[facet].append(value)
        self._wages: dict[str, tuple[list[int], list[int]]] = {}
        for unit in {u for (u,) in self._conn.execute("SELECT DISTINCT unit FROM wages")}:
            pairs = self._conn.execute(
                "SELECT wage, row FROM wages WHERE unit = ? ORDER BY wage", (unit,)
            ).fetchall()
            self._wages[unit] = ([w for w, _ in pairs], [r for _, r in pairs])
        self._places = dict(self._conn.execute("SELECT code, name FROM places").fetchall())
        self._stations = {
            name: tuple(orjson.loads(lines))
            for name, lines in self._conn.execute("SELECT name, lines FROM stations")
        }
        self._wage_cache: dict[tuple[str, int], BitMap] = {}

    def close(self) -> None:
        """Close the file."""
        self._conn.close()

    def size(self) -> int:
        """Number of listings."""
        return len(self._texts)

    def gram(self, gram: str) -> BitMap:
        """Rows whose text holds ``gram``."""
        with self._lock:
            row = self._conn.execute("SELECT bits FROM grams WHERE gram = ?", (gram,)).fetchone()
        return BitMap.deserialize(row[0]) if row else BitMap()

    def facet(self, name: str, value: str) -> BitMap:
        """Rows with ``value`` in facet ``name``."""
        return self._facets.get((name, value)) or BitMap()

    def values(self, name: str) -> tuple[str, ...]:
        """The values facet ``name`` has."""
        return tuple(self._values.get(name, ()))

    def wage_at_least(self, unit: str, minimum: int) -> BitMap:
        """Rows paid by ``unit`` at a lower wage of at least ``minimum``."""
        key = (unit, minimum)
        bits = self._wage_cache.get(key)
        if bits is None:
            wages, rows = self._wages.get(unit, ([], []))
            bits = BitMap(rows[bisect.bisect_left(wages, minimum) :])
            if len(self._wage_cache) > 64:
                self._wage_cache.clear()
            self._wage_cache[key] = bits
        return bits

    def texts(self) -> Sequence[str]:
        """The normalised search text of every row, by rowid."""
        return self._texts

    def records(self, rowids: Sequence[int]) -> list[dict[str, Any]]:
        """The records of ``rowids``, in order."""
        if not rowids:
            return []
        marks = ",".join("?" * len(rowids))
        with self._lock:
            found = dict(
                self._conn.execute(
                    f"SELECT rowid, data FROM listings WHERE rowid IN ({marks})", list(rowids)
                ).fetchall()
            )
        return [_unpack(found[r]) for r in rowids]

    def rowid(self, kyujin_no: str) -> int | None:
        """The row of a 求人番号."""
        return self._rowids.get(kyujin_no)

    def place_names(self) -> Mapping[str, str]:
        """Municipality code → name."""
        return self._places

    def station_lines(self) -> Mapping[str, tuple[str, ...]]:
        """Station → lines."""
        return self._stations

    def as_of(self) -> dt.date | None:
        """Date of the snapshot indexed."""
        return self._as_of


class JobsIndexFile:
    """The index file of a store: rebuilt when the ``jobs`` dataset changed, reopened after."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._current: JobsIndex | None = None
        self._stamp: tuple[int, int] | None = None

    def refresh(self, store: Any) -> bool:
        """Rebuild from ``store`` (an offline_cache Store) if its jobs dataset moved on."""
        meta = store.meta(JOBS_DATASET)
        if meta is None:
            return False
        current = self.index()
        if current is not None and current.source_etag == meta.etag:
            return False
        as_of = meta.as_of.astimezone(_JAPAN).date() if meta.as_of.tzinfo else meta.as_of.date()
        count = build_index(
            (data for _key, data in store.rows(JOBS_DATASET)),
            self.path,
            source_etag=meta.etag,
            as_of=as_of,
        )
        log.info("job index rebuilt: %d listings", count)
        self.index()  # opened here, on the caller's (worker) thread, not on first search
        return True

    def index(self) -> JobsIndex | None:
        """The current index, reopened when the file was replaced; None if there is none."""
        try:
            st = self.path.stat()
        except FileNotFoundError:
            return None
        stamp = (st.st_ino, st.st_mtime_ns)
        with self._lock:
            if self._current is None or stamp != self._stamp:
                old = self._current
                try:
                    self._current = JobsIndex(self.path)
                except (sqlite3.Error, ValueError) as err:
                    log.warning("job index unreadable: %s", err)
                    return old
                self._stamp = stamp
            return self._current
