"""Gateway storage: migrations, publishing semantics, the sample city."""

import gzip
import json

import pytest
import sqlalchemy as sa

from gateway import storage
from gateway.datasets import DeltaUnavailableError, dataset_info, delta, publish
from gateway.seed import load_sample, sample_rows
from gateway.terminals import TerminalError, add_terminal, find_by_token, hash_token


@pytest.fixture
def engine(tmp_path):
    engine = storage.create_db_engine(f"sqlite:///{tmp_path / 'g.db'}")
    storage.migrate(engine)
    yield engine
    engine.dispose()


def test_migrations_are_recorded_and_idempotent(engine):
    assert storage.current_version(engine) == storage.SCHEMA_VERSION
    assert storage.migrate(engine) == storage.SCHEMA_VERSION
    with engine.connect() as conn:
        mode = conn.exec_driver_sql("PRAGMA journal_mode").scalar()
        count = conn.execute(sa.select(sa.func.count()).select_from(storage.schema_migrations))
        assert count.scalar() == storage.SCHEMA_VERSION
    assert mode == "wal"


def test_a_newer_database_is_refused(engine):
    with engine.begin() as conn:
        conn.execute(storage.schema_migrations.insert().values(version=99, applied_at="x"))
    with pytest.raises(RuntimeError, match="newer"):
        storage.migrate(engine)


def test_tokens_are_stored_hashed(engine):
    token = add_terminal(engine, "kiosk-1")
    with engine.connect() as conn:
        stored = conn.execute(sa.select(storage.terminals.c.token_hash)).scalar()
    assert stored == hash_token(token) and token not in stored
    assert find_by_token(engine, token).id == "kiosk-1"
    with pytest.raises(TerminalError, match="already registered"):
        add_terminal(engine, "kiosk-1")
    rotated = add_terminal(engine, "kiosk-1", rotate=True)
    assert find_by_token(engine, token).id == "kiosk-1"
    assert find_by_token(engine, rotated).id == "kiosk-1"
    assert find_by_token(engine, token) is None
    with pytest.raises(TerminalError, match="terminal id"):
        add_terminal(engine, "bad id!")


def test_deleted_rows_become_tombstones_and_can_come_back(engine):
    v1 = publish(engine, "jobs", {"a": 1, "b": 2, "c": 3})
    v2 = publish(engine, "jobs", {}, deleted=["b"])
    v3 = publish(engine, "jobs", {"b": 20})
    info = dataset_info(engine, "jobs")
    assert (v1, v2, v3, info.rows) == (1, 2, 3, 3)
    _, body = delta(engine, "jobs", info.epoch, v1)
    payload = json.loads(gzip.decompress(body))
    assert payload["changed"] == [{"key": "b", "data": 20}]
    assert payload["deleted"] == []
    _, body = delta(engine, "jobs", info.epoch, v1 - 1)
    assert json.loads(gzip.decompress(body))["deleted"] == []
    with pytest.raises(DeltaUnavailableError):
        delta(engine, "jobs", "other-epoch", v1)
    with pytest.raises(ValueError, match="dataset name"):
        publish(engine, "Bad Name", {})


def test_sample_loads_once(engine):
    assert load_sample(engine)
    assert not load_sample(engine)
    rows = sample_rows()
    assert rows["municipality"]["city"]["name"]["ja"].startswith("はなみずき市")
    assert "架空" in rows["municipality"]["city"]["note"]
    assert len(rows["certificates"]) == 7
    assert [rows["slides"][k]["position"] for k in rows["slides"]] == list(
        range(len(rows["slides"]))
    )
