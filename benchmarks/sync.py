"""Dataset sync of a 100,000-row synthetic dataset: a full sync, then a 1% delta.

The gateway runs as ``machikado gateway`` in its own process (the embedded-default path); the
terminal side is the real store, client and syncer. The baseline is the same snapshot fetched
with a bare ``requests.get`` (transfer only, no decoding or storing), measured in the same run.
Prints one JSON object as its last line.
"""

from __future__ import annotations

import json
import random
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


def main() -> None:
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        engine = create_db_engine(f"sqlite:///{base / 'gateway' / 'gateway.db'}")
        (base / "gateway").mkdir()
        migrate(engine)
        publish(engine, "jobs", {f"job-{i:06d}": job(rng, i) for i in range(ROWS)})
        gateway = EmbeddedGateway(base / "gateway", "bench-01")
        url, token = gateway.start()
        store, _ = Store.open(base / "terminal" / "cache.db")
        client = GatewayClient(url, token, read_timeout=120)
        syncer = Syncer(store, client)
        try:
            t0 = time.perf_counter()
            (full,) = syncer.sync_all(only=["jobs"]).results
            full_s = time.perf_counter() - t0
            assert full.outcome == "snapshot" and full.rows == ROWS

            t0 = time.perf_counter()
            bare = requests.get(
                f"{url}/api/v1/datasets/jobs",
                headers={"Authorization": f"Bearer {token}"},
                stream=True,
                timeout=120,
            )
            bare_bytes = len(bare.raw.read(decode_content=False))
            baseline_s = time.perf_counter() - t0

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
            store.close()
            gateway.stop()
            engine.dispose()
    print(
        json.dumps(
            {
                "name": "sync",
                "value": round(full_s, 3),
                "unit": "s",
                "baseline": round(baseline_s, 3),
                "ratio": round(full_s / baseline_s, 3),
                "goal": 10.0,
                "rows": ROWS,
                "full_bytes": full.wire_bytes,
                "baseline_bytes": bare_bytes,
                "delta_rows": len(changed) + len(added) + len(deleted),
                "delta_bytes": delta.wire_bytes,
                "delta_seconds": round(delta_s, 3),
                "delta_bytes_ratio": round(delta.wire_bytes / full.wire_bytes, 4),
                "delta_goal": 0.03,
            },
            ensure_ascii=False,
        )
    )


if __name__ == "__main__":
    main()
