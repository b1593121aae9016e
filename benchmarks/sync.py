"""Dataset sync of a 100,000-row synthetic dataset: a full sync, then a 1% delta.

The gateway runs as ``machikado gateway`` in its own process (the embedded-default path); the
terminal side is the real store (WAL, synchronous commits), client and syncer. ``value`` is the
median full sync into a fresh store: download, decode, check every row, store them in one
transaction. Two baselines are measured in the same run, on the same snapshot:

- ``download_s``: the snapshot fetched with a bare ``requests.get`` (transfer only);
- ``bare_insert_s``: the same rows, already encoded, inserted into a bare SQLite table
  ``(key TEXT PRIMARY KEY, data TEXT)`` with one ``executemany`` in one transaction, with the
  same durability settings as the store.

``baseline`` in the JSON is download + bare insert and ``ratio`` (= ``ratio_to_bare``) is
value ÷ that sum; the goal is 3. ``ratio_to_download`` is value ÷ the download alone.
Each round measures the three one after the other, so a slower disk or a busier machine
slows both sides alike; any cost the syncer adds on top — decoding twice, a slow per-row
check, deleting row by row, an index updated row by row, more than one commit — shows as a
higher ratio. The gateway is asked for the snapshot once before timing, so its own first
encoding of the dataset (the gateway's cost, not the terminal's) is in neither figure.
Prints one JSON object as its last line.
"""

from __future__ import annotations

import json
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

import requests

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from gateway.datasets import publish
from gateway.storage import create_db_engine, migrate
from offline_cache.client import GatewayClient
from offline_cache.embedded import EmbeddedGateway
from offline_cache.store import Store
from offline_cache.sync import Syncer

ROWS = 100_000
WARDS = ("田無町", "南町", "ひばりが丘", "柳沢", "新町", "向台町", "北原町", "緑町")
KINDS = ("商事", "物流", "福祉", "食品")
TRADES = (
    "介護職員",
    "調理補助",
    "倉庫内軽作業",
    "一般事務",
    "保育士",
    "配送ドライバー",
    "販売スタッフ",
)


def job(rng: random.Random, i: int, revision: int = 0) -> dict:
    """A row shaped like a job listing (the dataset that comes next)."""
    trade = TRADES[rng.randrange(len(TRADES))]
    wage = 1100 + rng.randrange(0, 900, 10)
    return {
        "number": f"13010-{i:08d}",
        "title": f"{trade}（{WARDS[i % len(WARDS)]}）",
        "employer": f"はなみずき{KINDS[i % len(KINDS)]}株式会社 第{i % 97}事業所",
        "wage_min": wage,
        "wage_max": wage + 200,
        "hours": f"{8 + i % 4}:00-{16 + i % 5}:00",
        "holidays": "土日祝" if i % 3 else "シフト制",
        "description": f"{trade}の募集です。未経験可、研修あり。交通費支給。改訂{revision}。" * 2,
        "posted": f"2026-{1 + i % 11:02d}-{1 + i % 28:02d}",
    }


ROUNDS = 3
GOAL_RATIO_TO_BARE = 3.0


def bare_download(url: str, token: str) -> tuple[float, bytes]:
    """The snapshot's bytes as they come off the wire, and the seconds it took."""
    t0 = time.perf_counter()
    reply = requests.get(
        f"{url}/api/v1/datasets/jobs",
        headers={"Authorization": f"Bearer {token}", "Accept-Encoding": "gzip"},
        stream=True,
        timeout=120,
    )
    raw = reply.raw.read(decode_content=False)
    return time.perf_counter() - t0, raw


def bare_insert(path: Path, rows: list[tuple[str, str]]) -> float:
    """Seconds to insert ``rows`` into a bare table with one executemany in one transaction."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("CREATE TABLE rows (key TEXT PRIMARY KEY, data TEXT NOT NULL)")
        t0 = time.perf_counter()
        conn.execute("BEGIN")
        conn.executemany("INSERT INTO rows (key, data) VALUES (?, ?)", rows)
        conn.execute("COMMIT")
        return time.perf_counter() - t0
    finally:
        conn.close()


def main() -> None:
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        engine = create_db_engine(f"sqlite:///{base / 'gateway' / 'gateway.db'}")
        (base / "gateway").mkdir()
        migrate(engine)
        snapshot = {f"job-{i:06d}": job(rng, i) for i in range(ROWS)}
        publish(engine, "jobs", snapshot)
        # The rows as the store keeps them, for the bare insert (not timed).
        rows = [(key, json.dumps(data, ensure_ascii=False)) for key, data in snapshot.items()]
        gateway = EmbeddedGateway(base / "gateway", "bench-01")
        url, token = gateway.start()
        client = GatewayClient(url, token, read_timeout=120)
        store: Store | None = None
        downloads, inserts, fulls = [], [], []
        try:
            _seconds, raw = bare_download(url, token)  # the gateway encodes the snapshot once
            bare_bytes = len(raw)
            for round_ in range(ROUNDS):
                downloads.append(bare_download(url, token)[0])
                inserts.append(bare_insert(base / f"bare-{round_}.db", rows))
                if store is not None:
                    store.close()
                store, _ = Store.open(base / f"terminal-{round_}" / "cache.db")
                syncer = Syncer(store, client)
                t0 = time.perf_counter()
                (full,) = syncer.sync_all(only=["jobs"]).results
                fulls.append(time.perf_counter() - t0)
                assert full.outcome == "snapshot" and full.rows == ROWS
            assert store is not None
            assert store.row("jobs", "job-000042") == snapshot["job-000042"]

            keys = rng.sample(range(ROWS), ROWS // 100)
            changed = {f"job-{i:06d}": job(rng, i, revision=1) for i in keys[: len(keys) * 9 // 10]}
            added = {f"job-{ROWS + i:06d}": job(rng, ROWS + i) for i in range(len(keys) // 20)}
            deleted = [f"job-{i:06d}" for i in keys[len(keys) * 9 // 10 :]][: len(keys) // 20]
            publish(engine, "jobs", {**changed, **added}, deleted=deleted)

            t0 = time.perf_counter()
            (delta,) = syncer.sync_all(only=["jobs"]).results
            delta_s = time.perf_counter() - t0
            assert delta.outcome == "delta" and delta.rows == ROWS
            (again,) = syncer.sync_all(only=["jobs"]).results
            assert again.outcome == "unchanged"
        finally:
            client.close()
            if store is not None:
                store.close()
            gateway.stop()
            engine.dispose()
    full_s = statistics.median(fulls)
    baseline_s = statistics.median(downloads)
    insert_s = statistics.median(inserts)
    ratio_to_bare = full_s / (baseline_s + insert_s)
    print(
        json.dumps(
            {
                "name": "sync",
                "value": round(full_s, 3),
                "unit": "s",
                "figure": "sync, 100,000 rows (vs download + bare insert)",
                "baseline": round(baseline_s + insert_s, 3),
                "ratio": round(ratio_to_bare, 3),
                "download_s": round(baseline_s, 3),
                "bare_insert_s": round(insert_s, 3),
                "ratio_to_bare": round(ratio_to_bare, 3),
                "ratio_to_download": round(full_s / baseline_s, 3),
                "goal": GOAL_RATIO_TO_BARE,
                "goal_of": "ratio_to_bare",
                "meets_goal": ratio_to_bare <= GOAL_RATIO_TO_BARE,
                "rounds": ROUNDS,
                "rows": ROWS,
                "full_bytes": full.wire_bytes,
                "baseline_bytes": bare_bytes,
                "delta_rows": len(changed) + len(added) + len(deleted),
                "delta_bytes": delta.wire_bytes,
                "delta_seconds": round(delta_s, 3),
                "delta_bytes_ratio": round(delta.wire_bytes / full.wire_bytes, 4),
                "delta_goal": 0.03,
                "more": [
                    {
                        "figure": "sync delta, bytes vs full",
                        "value": round(delta.wire_bytes / full.wire_bytes, 4),
                        "baseline": 1.0,
                        "goal": 0.03,
                        "meets_goal": delta.wire_bytes / full.wire_bytes <= 0.03,
                    }
                ],
            },
            ensure_ascii=False,
        )
    )


if __name__ == "__main__":
    main()
