"""Sync and outbox runs SIGKILLed at random points: the store and the gateway stay consistent."""

import hashlib
import json
import os
import random
import subprocess
import sys
from pathlib import Path

import sqlalchemy as sa

from gateway.datasets import publish
from gateway.storage import counters, dataset_rows, datasets
from offline_cache.client import GatewayClient
from offline_cache.outbox import Outbox
from offline_cache.store import Store

TRIALS = int(os.environ.get("MACHIKADO_KILL_TRIALS", "200"))
ROWS = 4000
ITEMS = 4
ROOT = Path(__file__).resolve().parents[2]


def digest(rows):
    text = json.dumps(sorted(rows.items()), sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()


def gateway_state(engine):
    with engine.connect() as conn:
        epoch, version = conn.execute(
            sa.select(datasets.c.epoch, datasets.c.version).where(datasets.c.name == "jobs")
        ).one()
        rows = conn.execute(
            sa.select(dataset_rows.c.key, dataset_rows.c.data).where(
                dataset_rows.c.dataset == "jobs", dataset_rows.c.deleted.is_(False)
            )
        ).all()
    return (epoch, version), digest({k: json.loads(d) for k, d in rows})


def change(engine, rng, trial):
    if trial % 10 == 9:  # the dataset is rebuilt: new epoch, the terminal must fetch it whole
        with engine.begin() as conn:
            conn.execute(dataset_rows.delete().where(dataset_rows.c.dataset == "jobs"))
            conn.execute(datasets.delete().where(datasets.c.name == "jobs"))
        publish(engine, "jobs", {f"job-{i:05d}": {"v": trial, "i": i} for i in range(ROWS)})
        return
    changed = {f"job-{rng.randrange(ROWS + 200):05d}": {"v": trial} for _ in range(ROWS // 100)}
    gone = [f"job-{rng.randrange(ROWS):05d}" for _ in range(5)]
    publish(engine, "jobs", changed, deleted=[k for k in gone if k not in changed])


def test_kill_at_random_points(live, tmp_path):
    rng = random.Random(20261122)
    publish(live.engine, "jobs", {f"job-{i:05d}": {"v": 0, "i": i} for i in range(ROWS)})
    expected = dict([gateway_state(live.engine)])
    db = tmp_path / "terminal" / "cache.db"
    worker = subprocess.Popen(
        [sys.executable, "-m", "tests.offline_cache.crash_worker"],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    killed = finished = 0
    try:
        for trial in range(TRIALS):
            command = {
                "db": str(db),
                "url": live.url,
                "token": live.token,
                "trial": trial,
                "items": ITEMS,
                "delay": rng.uniform(0.0, 0.6),
            }
            worker.stdin.write(json.dumps(command) + "\n")
            worker.stdin.flush()
            result = json.loads(worker.stdout.readline())
            assert result["killed"] or result["code"] == 0, f"trial {trial} failed: {result}"
            killed += result["killed"]
            finished += not result["killed"]

            store, moved = Store.open(db)
            assert moved is None, f"trial {trial}: store damaged"
            assert store.integrity_ok()
            meta = store.meta("jobs")
            if meta is not None:
                rows = dict(store.rows("jobs"))
                assert meta.rows == len(rows), f"trial {trial}: row count off"
                assert digest(rows) == expected[(meta.epoch, meta.version)], f"trial {trial}: mixed"
            store.close()
            change(live.engine, rng, trial)
            key, value = gateway_state(live.engine)
            expected[key] = value
    finally:
        worker.stdin.close()
        worker.wait(30)
        worker.stdout.close()
    print(f"{TRIALS} trials: {killed} killed mid-run, {finished} finished")
    assert killed >= TRIALS // 3 and finished >= 1

    store, _ = Store.open(db)
    outbox = Outbox(store, GatewayClient(live.url, live.token))
    while outbox.deliver().pending:
        pass
    assert outbox.dead_letter_count() == 0
    store.close()
    with live.engine.connect() as conn:
        totals = dict(conn.execute(sa.select(counters.c.name, counters.c.total)).all())
    assert set(totals.values()) == {1}, "an outbox item was applied twice"
    by_trial = {}
    for name in totals:
        trial, index = name[1:].split(".")
        by_trial.setdefault(int(trial), set()).add(int(index))
    for trial, indexes in by_trial.items():
        # items are committed one by one: what reached the gateway is a prefix, no gaps
        assert indexes == set(range(len(indexes))), f"trial {trial}: an item was lost"
    assert sum(len(i) for i in by_trial.values()) >= TRIALS  # most trials queued something
