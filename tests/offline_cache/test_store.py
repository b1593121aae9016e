"""The local store: migrations, one-transaction applies, outbox durability, damage recovery."""

import datetime as dt
import sqlite3
import threading

import pytest

from offline_cache.errors import StaleDeltaError
from offline_cache.store import MIGRATIONS, Store

NOW = dt.datetime(2026, 11, 22, 9, 0, tzinfo=dt.UTC)


def rows(n, tag="v1"):
    return [(f"k{i:06d}", f'{{"n": {i}, "tag": "{tag}"}}') for i in range(n)]


@pytest.fixture
def store(tmp_path):
    store, moved = Store.open(tmp_path / "cache.db")
    assert moved is None
    yield store
    store.close()


def test_new_store_is_migrated_in_wal_mode(store, tmp_path):
    assert store.db.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    store.close()
    again, moved = Store.open(tmp_path / "cache.db")
    assert moved is None and again.integrity_ok()
    again.close()


def test_snapshot_then_delta(store):
    store.apply_snapshot("jobs", "e1", 1, '"e1.1"', rows(10), as_of=NOW)
    store.apply_delta(
        "jobs",
        "e1",
        1,
        2,
        '"e1.2"',
        [("k000001", '{"n": 100}'), ("new", "1")],
        ["k000002"],
        as_of=NOW + dt.timedelta(minutes=5),
    )
    meta = store.meta("jobs")
    assert (meta.version, meta.etag, meta.rows) == (2, '"e1.2"', 10)
    assert meta.as_of == NOW + dt.timedelta(minutes=5)
    assert store.row("jobs", "k000001") == {"n": 100}
    assert store.row("jobs", "k000002") is None
    assert store.row("jobs", "new") == 1


def test_a_delta_from_another_version_is_refused_and_changes_nothing(store):
    store.apply_snapshot("jobs", "e1", 3, '"e1.3"', rows(5), as_of=NOW)
    with pytest.raises(StaleDeltaError):
        store.apply_delta("jobs", "e1", 2, 4, '"e1.4"', [("k000000", "0")], [], as_of=NOW)
    with pytest.raises(StaleDeltaError):
        store.apply_delta("jobs", "e2", 3, 4, '"e2.4"', [("k000000", "0")], [], as_of=NOW)
    assert store.meta("jobs").version == 3
    assert store.row("jobs", "k000000") == {"n": 0, "tag": "v1"}


def test_a_failed_apply_leaves_the_old_data(store):
    store.apply_snapshot("jobs", "e1", 1, '"e1.1"', rows(12000), as_of=NOW)

    def explode(done, total):
        if done > 5000:
            raise RuntimeError("power cut")

    with pytest.raises(RuntimeError):
        store.apply_snapshot(
            "jobs", "e1", 2, '"e1.2"', rows(12000, "v2"), as_of=NOW, progress=explode
        )
    assert store.meta("jobs").version == 1
    assert {data["tag"] for _, data in store.rows("jobs")} == {"v1"}


def test_readers_see_old_or_new_never_half(store):
    store.apply_snapshot("jobs", "e1", 1, '"e1.1"', rows(20000, "old"), as_of=NOW)
    seen = set()
    stop = threading.Event()

    def reader():
        while not stop.is_set():
            db = store.db
            db.execute("BEGIN")
            version = db.execute("SELECT version FROM dataset_meta").fetchone()[0]
            tags = {
                r[0] for r in db.execute("SELECT DISTINCT json_extract(data, '$.tag') FROM ds_jobs")
            }
            count = db.execute("SELECT count(*) FROM ds_jobs").fetchone()[0]
            db.execute("COMMIT")
            seen.add((version, tuple(sorted(tags)), count))

    thread = threading.Thread(target=reader)
    thread.start()
    try:
        for version in range(2, 6):
            store.apply_snapshot(
                "jobs",
                "e1",
                version,
                f'"e1.{version}"',
                rows(20000 + version, f"t{version}"),
                as_of=NOW,
            )
    finally:
        stop.set()
        thread.join()
    expected = {(1, ("old",), 20000)} | {(v, (f"t{v}",), 20000 + v) for v in range(2, 6)}
    assert seen <= expected
    assert len(seen) >= 2


def test_outbox_survives_reopen(tmp_path):
    store, _ = Store.open(tmp_path / "cache.db")
    store.enqueue("key-1", "counters", {"counts": {"a": 1}}, "2026-11-22T00:00:00+00:00")
    store.enqueue("key-2", "heartbeat", {"x": 1}, "2026-11-22T00:00:01+00:00")
    store.close()
    again, _ = Store.open(tmp_path / "cache.db")
    items = again.outbox()
    assert [i.key for i in items] == ["key-1", "key-2"]
    again.delivered(items[0].id)
    again.attempted(items[1].id, "422 invalid_request: bad", failed=True)
    assert again.outbox_count("pending") == 0
    assert again.outbox("failed")[0].last_error.startswith("422")
    with pytest.raises(sqlite3.IntegrityError):
        again.enqueue("key-2", "heartbeat", {}, "now")
    again.close()


def test_garbage_file_is_moved_aside_and_rebuilt(tmp_path):
    path = tmp_path / "cache.db"
    path.write_bytes(b"this is not a database" * 500)
    store, moved = Store.open(path)
    assert moved is not None and moved.name.startswith("cache.db.corrupt-")
    assert moved.read_bytes().startswith(b"this is not a database")
    assert store.integrity_ok() and store.all_meta() == []
    store.close()


def test_damaged_pages_are_detected(tmp_path):
    path = tmp_path / "cache.db"
    store, _ = Store.open(path)
    store.apply_snapshot("jobs", "e1", 1, '"e1.1"', rows(5000), as_of=NOW)
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(3 * page, len(data) - page, 7 * page):
        data[offset + 100 : offset + 400] = b"\xff" * 300
    path.write_bytes(bytes(data))
    again, moved = Store.open(path)
    assert moved is not None and moved.exists()
    assert again.integrity_ok() and again.meta("jobs") is None
    again.close()
