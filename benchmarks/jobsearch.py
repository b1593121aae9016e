"""Job search on 100,000 synthetic listings: the n-gram index against a plain FTS5 trigram index.

The listings come from the project's generator (Tama area, real 職業分類 shape). They are
published on a gateway that runs as ``machikado gateway`` in its own process, synced into a
fresh terminal store by the real syncer, and indexed by the real index builder: ``sync_s`` is
that whole path (download, store, index build) and ``index_mb`` the index file's size.

The query set mixes 1-, 2-, 3- and longer words (the commonest Hello Work searches first),
kana and width variants, with and without filters. ``value`` is the p95, over every run of
every query, of one complete answer as the kiosk needs it: the first page of results, the
total count and the count of every facet value, through the real search core; the cache of
each word's rows is dropped before every run, so each run pays for its words (the posting
bitmaps are loaded on the warm-up run, as they are after a terminal's first searches).

``baseline`` answers the same queries with a plain FTS5 trigram index built in the same run
over the same normalised texts (SQLite's own tokenizer, the words as quoted phrases with the
same synonyms, the filters and facet counts in SQL over a facet table). ``wrong`` and
``baseline_wrong`` count the queries whose total, first page or facet counts differ from a
brute-force scan of every listing (``bruteforce_ms`` is the p95 of that scan). A trigram index
cannot match a 1- or 2-character word, so a wrong search design shows as baseline_wrong > 0
and a slow facet count or a per-candidate check in Python shows in ``value``. Prints one JSON
object as its last line.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from content.jobs.facets import facet_values, search_text
from content.jobs.generator import generate
from content.jobs.normalize import alternatives, words
from content.jobs.schema import public_record
from gateway.datasets import publish
from gateway.storage import create_db_engine, migrate
from kiosk.services.jobs.core.model import FACETS, OR_FACETS, HelloWorkOffice, JobQuery
from kiosk.services.jobs.core.reference import prepare, scan
from kiosk.services.jobs.core.search import NgramJobSearch
from offline_cache.client import GatewayClient
from offline_cache.embedded import EmbeddedGateway
from offline_cache.jobs_index import JOBS_DATASET, JobsIndexFile
from offline_cache.store import Store
from offline_cache.sync import Syncer

ROWS = 100_000
RUNS = 5
GOAL_MS = 15.0
TODAY = dt.date(2026, 12, 2)
NOW = dt.datetime(2026, 12, 2, 1, 0, tzinfo=dt.UTC)
OFFICE = HelloWorkOffice("ハローワーク", "", "", "", "")
QUERIES: tuple[JobQuery, ...] = (
    *(
        JobQuery(words=w)
        for w in (
            "介護",
            "事務",
            "保育",
            "看護",
            "清掃",
            "警備",
            "調理",
            "販売",
            "護",
            "士",
            "看護師",
            "保育士",
            "警備員",
            "パート",
            "運転手",
            "ｶｲｺﾞ",
            "かいご",
            "介護職員",
            "週休二日",
            "一般事務",
            "フォークリフト",
            "Ｅｘｃｅｌ",
            "未経験可",
        )
    ),
    JobQuery(),
    JobQuery(words="介護", cities=frozenset({"13229"}), employment=frozenset({"part_time"})),
    JobQuery(words="事務", full_part=frozenset({"full"}), tags=frozenset({"no_transfer"})),
    JobQuery(words="保育", cities=frozenset({"13211", "13222"}), days_off=frozenset({"sun"})),
    JobQuery(words="看護師", wage_unit="monthly", wage_min=250000),
    JobQuery(words="清掃 パート", shift=frozenset({"morning"}), age=65),
    JobQuery(category="05", cities=frozenset({"13229"})),
    JobQuery(category="12-01", wage_unit="monthly", wage_min=200000),
    JobQuery(words="ドライバー", tags=frozenset({"no_experience", "car_commute"})),
    JobQuery(words="週休二日", employment=frozenset({"regular"}), stations=frozenset({"田無"})),
    JobQuery(wage_unit="hourly", wage_min=1200, shift=frozenset({"evening", "night"})),
)


def p95(values: list[float]) -> float:
    """The 95th percentile (nearest rank)."""
    ordered = sorted(values)
    return ordered[max(0, round(0.95 * len(ordered)) - 1)]


def build_baseline(records: list[dict[str, Any]], path: Path) -> sqlite3.Connection:
    """A plain FTS5 trigram index over the same texts, with the facets in an indexed table."""
    conn = sqlite3.connect(path)
    conn.executescript(
        """
        CREATE VIRTUAL TABLE fts USING fts5(text, tokenize='trigram');
        CREATE TABLE jobs (rowid INTEGER PRIMARY KEY, kyujin_no TEXT, expires TEXT,
                           wage_unit TEXT, wage_min INTEGER, age_min INTEGER, age_max INTEGER);
        CREATE TABLE fv (rowid INTEGER, facet TEXT, value TEXT, PRIMARY KEY (rowid, facet, value))
            WITHOUT ROWID;
        CREATE INDEX fv_value ON fv (facet, value, rowid);
        """
    )
    ordered = sorted(records, key=lambda r: (r["received"], r["kyujin_no"]))
    with conn:
        conn.executemany(
            "INSERT INTO fts (rowid, text) VALUES (?, ?)",
            ((i, search_text(r)) for i, r in enumerate(ordered)),
        )
        conn.executemany(
            "INSERT INTO jobs VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                (
                    i,
                    r["kyujin_no"],
                    r["expires"],
                    r["wage_unit"],
                    r["wage_min"],
                    r.get("age_min"),
                    r.get("age_max"),
                )
                for i, r in enumerate(ordered)
            ),
        )
        conn.executemany(
            "INSERT INTO fv VALUES (?, ?, ?)",
            (
                (i, name, v)
                for i, r in enumerate(ordered)
                for name, values in facet_values(r).items()
                for v in values
            ),
        )
    return conn


def _match(q: JobQuery) -> str | None:
    used = words(q.words)
    if not used:
        return None
    parts = []
    for w in used:
        alts = ['"' + a.replace('"', '""') + '"' for a in alternatives(w)]
        parts.append("(" + " OR ".join(alts) + ")")
    return " AND ".join(parts)


def _where(q: JobQuery, skip: str | None) -> tuple[str, list[Any]]:
    sql: list[str] = ["j.expires >= ?"]
    args: list[Any] = [TODAY.isoformat()]
    chosen = {
        "city": q.cities,
        "station": q.stations,
        "line": q.lines,
        "employment": q.employment,
        "full_part": q.full_part,
        "job_class": q.job_class,
        "shift": q.shift,
        "category": {q.category} if q.category else set(),
    }
    for name, values in chosen.items():
        if values and name != skip:
            marks = ",".join("?" * len(values))
            sql.append(
                f"EXISTS (SELECT 1 FROM fv WHERE fv.rowid = j.rowid AND facet = ? "
                f"AND value IN ({marks}))"
            )
            args += [name, *sorted(values)]
    for name, values in (("days_off", q.days_off), ("tag", q.tags)):
        for v in sorted(values):
            sql.append(
                "EXISTS (SELECT 1 FROM fv WHERE fv.rowid = j.rowid AND facet = ? AND value = ?)"
            )
            args += [name, v]
    if q.wage_unit and skip != "wage":
        sql.append("j.wage_unit = ? AND j.wage_min >= ?")
        args += [q.wage_unit, q.wage_min or 0]
    if q.age is not None:
        sql.append(
            "(j.age_min IS NULL OR j.age_min <= ?) AND (j.age_max IS NULL OR j.age_max >= ?)"
        )
        args += [q.age, q.age]
    return " AND ".join(sql), args


def baseline_answer(
    conn: sqlite3.Connection, q: JobQuery
) -> tuple[int, list[str], dict[str, dict[str, int]]]:
    """Total, first page and facet counts through FTS5 trigram + SQL."""
    match = _match(q)
    conn.execute("DROP TABLE IF EXISTS temp.hits")
    if match is None:
        conn.execute("CREATE TEMP TABLE hits AS SELECT rowid FROM jobs")
    else:
        conn.execute("CREATE TEMP TABLE hits AS SELECT rowid FROM fts WHERE fts MATCH ?", (match,))
    where, args = _where(q, None)
    base = f"SELECT j.rowid FROM jobs j JOIN temp.hits h ON h.rowid = j.rowid WHERE {where}"
    total = conn.execute(f"SELECT count(*) FROM ({base})", args).fetchone()[0]
    page = [
        k
        for (k,) in conn.execute(
            f"SELECT kyujin_no FROM jobs WHERE rowid IN ({base}) ORDER BY rowid DESC LIMIT 10", args
        )
    ]
    counts: dict[str, dict[str, int]] = {name: {} for name in FACETS}
    for name in FACETS:
        scoped_where, scoped_args = _where(q, name if name in OR_FACETS else None)
        scoped = (
            f"SELECT j.rowid FROM jobs j JOIN temp.hits h ON h.rowid = j.rowid WHERE {scoped_where}"
        )
        for value, count in conn.execute(
            f"SELECT value, count(*) FROM fv WHERE facet = ? AND rowid IN ({scoped})"
            " GROUP BY value",
            [name, *scoped_args],
        ):
            counts[name][value] = count
    return total, page, counts


def _nonzero(facets: Any) -> dict[str, dict[str, int]]:
    return {k: {v: c for v, c in d.items() if c} for k, d in facets.items()}


def main() -> None:
    records = [public_record(r) for r in generate(ROWS, seed=15, today=TODAY)]
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        (base / "gateway").mkdir()
        engine = create_db_engine(f"sqlite:///{base / 'gateway' / 'gateway.db'}")
        migrate(engine)
        publish(engine, JOBS_DATASET, {r["kyujin_no"]: r for r in records})
        engine.dispose()
        gateway = EmbeddedGateway(base / "gateway", "bench-01")
        url, token = gateway.start()
        client = GatewayClient(url, token, read_timeout=300)
        store, _ = Store.open(base / "terminal" / "cache.db")
        try:
            client.get(f"datasets/{JOBS_DATASET}")  # the gateway encodes the snapshot once
            index_file = JobsIndexFile(base / "terminal" / "jobs-index.sqlite")
            t0 = time.perf_counter()
            (result,) = Syncer(store, client).sync_all(only=[JOBS_DATASET]).results
            index_file.refresh(store)
            sync_s = time.perf_counter() - t0
            assert result.outcome == "snapshot" and result.rows == ROWS
        finally:
            client.close()
            store.close()
            gateway.stop()
        index = index_file.index()
        assert index is not None and index.size() == ROWS
        index_mb = index_file.path.stat().st_size / 1e6
        search = NgramJobSearch(lambda: index, OFFICE, clock=lambda: NOW)

        t0 = time.perf_counter()
        fts = build_baseline(records, base / "fts.sqlite")
        baseline_build_s = time.perf_counter() - t0
        baseline_mb = (base / "fts.sqlite").stat().st_size / 1e6

        prepared = prepare(records)
        truth, scan_ms = [], []
        for q in QUERIES:
            t0 = time.perf_counter()
            keys, counts = scan(prepared, q, TODAY)
            scan_ms.append((time.perf_counter() - t0) * 1000)
            truth.append((len(keys), keys[:10], _nonzero(counts)))

        ours_ms: list[float] = []
        base_ms: list[float] = []
        wrong, baseline_wrong = [], []
        for q in QUERIES:  # warm-up: posting bitmaps loaded, SQLite pages cached
            search.search(q)
            baseline_answer(fts, q)
        for _ in range(RUNS):
            for i, q in enumerate(QUERIES):
                search.forget()
                t0 = time.perf_counter()
                got = search.search(q)
                ours_ms.append((time.perf_counter() - t0) * 1000)
                t0 = time.perf_counter()
                b_total, b_page, b_counts = baseline_answer(fts, q)
                base_ms.append((time.perf_counter() - t0) * 1000)
                total, page, counts = truth[i]
                ours = (got.total, [x.kyujin_no for x in got.items], _nonzero(dict(got.facets)))
                if ours != (total, page, counts) and q.words not in wrong:
                    wrong.append(q.words or repr(q))
                if (b_total, b_page, _nonzero(b_counts)) != (total, page, counts):
                    label = q.words or repr(q)
                    if label not in baseline_wrong:
                        baseline_wrong.append(label)
        fts.close()
    value = p95(ours_ms)
    baseline = p95(base_ms)
    print(
        json.dumps(
            {
                "name": "jobsearch",
                "figure": "job search p95, first page + total + facets, 100,000 listings",
                "value": round(value, 2),
                "unit": "ms",
                "baseline": round(baseline, 2),
                "ratio": round(value / baseline, 3),
                "goal": GOAL_MS,
                "meets_goal": value <= GOAL_MS and not wrong,
                "wrong": len(wrong),
                "wrong_queries": wrong,
                "baseline_wrong": len(baseline_wrong),
                "baseline_wrong_queries": baseline_wrong,
                "queries": len(QUERIES),
                "runs": RUNS,
                "median_ms": round(statistics.median(ours_ms), 2),
                "max_ms": round(max(ours_ms), 2),
                "baseline_median_ms": round(statistics.median(base_ms), 2),
                "bruteforce_ms": round(p95(scan_ms), 1),
                "index_mb": round(index_mb, 1),
                "baseline_index_mb": round(baseline_mb, 1),
                "baseline_build_s": round(baseline_build_s, 1),
                "sync_s": round(sync_s, 1),
                "rows": ROWS,
                "load_average": [round(x, 2) for x in os.getloadavg()],
                "more": [
                    {
                        "figure": "job search, queries answered wrongly (vs brute force)",
                        "value": len(wrong),
                        "baseline": len(baseline_wrong),
                        "goal": 0,
                        "meets_goal": not wrong,
                    }
                ],
            },
            ensure_ascii=False,
        )
    )


if __name__ == "__main__":
    main()
