"""Dataset sync against a real gateway: snapshot, 304, delta, rebuilt datasets, clock skew."""

import datetime as dt
import json
import re

import pytest
import sqlalchemy as sa

from gateway.datasets import publish
from gateway.storage import dataset_rows, datasets
from offline_cache.board import notice_board
from offline_cache.client import GatewayClient
from offline_cache.errors import GatewayProtocolError
from offline_cache.store import Store
from offline_cache.sync import Syncer, _rows


@pytest.fixture
def store(tmp_path):
    store, _ = Store.open(tmp_path / "terminal" / "cache.db")
    yield store
    store.close()


@pytest.fixture
def client(live):
    client = GatewayClient(live.url, live.token, retries=1, backoff_s=0.01)
    yield client
    client.close()


def outcomes(report):
    return {r.name: r.outcome for r in report.results}


def test_first_sync_fetches_everything_then_304(store, client):
    syncer = Syncer(store, client)
    first = syncer.sync_all()
    assert set(outcomes(first).values()) == {"snapshot"}
    assert store.meta("shelters").rows == 10
    as_of = store.meta("notices").as_of
    second = syncer.sync_all()
    assert set(outcomes(second).values()) == {"unchanged"}
    assert second.wire_bytes == 0
    assert store.meta("notices").as_of >= as_of


def test_changes_arrive_as_a_delta(store, client, live):
    syncer = Syncer(store, client)
    publish(live.engine, "jobs", {f"j{i}": {"title": f"job {i}"} for i in range(2000)})
    syncer.sync_all()
    full = store.meta("jobs")
    publish(
        live.engine, "jobs", {"j1": {"title": "changed"}, "j9999": {"title": "new"}}, deleted=["j2"]
    )
    report = syncer.sync_all(only=["jobs"])
    (result,) = report.results
    assert result.outcome == "delta"
    assert store.meta("jobs").version == full.version + 1
    assert store.row("jobs", "j1") == {"title": "changed"}
    assert store.row("jobs", "j2") is None
    assert store.row("jobs", "j9999") == {"title": "new"}
    assert store.meta("jobs").rows == 2000
    assert result.wire_bytes < 300


def test_a_rebuilt_dataset_is_fetched_whole(store, client, live):
    syncer = Syncer(store, client)
    syncer.sync_all()
    with live.engine.begin() as conn:
        conn.execute(dataset_rows.delete().where(dataset_rows.c.dataset == "shelters"))
        conn.execute(datasets.delete().where(datasets.c.name == "shelters"))
    publish(live.engine, "shelters", {"only-one": {"x": 1}})
    (result,) = syncer.sync_all(only=["shelters"]).results
    assert result.outcome == "snapshot"
    assert store.rows("shelters") == [("only-one", {"x": 1})]


def test_notices_come_from_the_synced_dataset(store, client, live):
    assert notice_board(store) is None
    Syncer(store, client).sync_all()
    board = notice_board(store)
    assert board.city["ja"].startswith("はなみずき市")
    assert [n.published for n in board.notices] == sorted(n.published for n in board.notices)
    assert board.slides[0].id == "welcome"
    notice = board.notices[0]
    publish(live.engine, "notices", {"broken": {"id": "broken", "category": "nonsense"}})
    Syncer(store, client).sync_all(only=["notices"])
    again = notice_board(store)
    assert len(again.notices) == len(board.notices)  # the bad row is left out, not the board
    assert again.notice(notice.id) == notice


def test_progress_is_reported(store, client, live):
    publish(live.engine, "jobs", {f"j{i:05d}": {"n": i} for i in range(12000)})
    events = []
    Syncer(store, client, progress=lambda *e: events.append(e)).sync_all(only=["jobs"])
    applied = [e for e in events if e[1] == "apply"]
    assert applied[-1] == ("jobs", "apply", 12000, 12000)
    assert len(applied) >= 3
    downloads = [e for e in events if e[1] == "download"]
    assert downloads and downloads[-1][2] == downloads[-1][3]


@pytest.mark.parametrize("offset", [dt.timedelta(days=3), -dt.timedelta(days=400)])
def test_clock_skew_does_not_matter(store, client, offset):
    """A terminal clock far off the gateway's still syncs; "as of" is in the terminal's clock."""

    def skewed():
        return dt.datetime.now(dt.UTC) + offset

    syncer = Syncer(store, client, clock=skewed)
    report = syncer.sync_all()
    assert set(outcomes(report).values()) == {"snapshot"}
    assert report.clock_skew_s == pytest.approx(-offset.total_seconds(), abs=60)
    assert abs(store.meta("notices").as_of - skewed()) < dt.timedelta(minutes=1)
    assert set(outcomes(syncer.sync_all()).values()) == {"unchanged"}


def test_row_keys_and_data_survive_round_trip(store, client, live):
    odd = {
        "鍵/with spaces & 'quotes'": {"text": '改行\nand "quotes"', "n": None, "list": [1.5, True]},
        # past 64 bits, and between 2**63 and 2**64: kept to the last digit
        "numbers": {"big": 2**70 + 1, "u64": 2**64 - 1, "neg": -(2**63) - 1, "f": 0.1 + 0.2},
    }
    publish(live.engine, "odd", odd)
    Syncer(store, client).sync_all(only=["odd"])
    assert dict(store.rows("odd")) == odd
    with live.engine.connect() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(dataset_rows)).scalar() > 0


@pytest.mark.parametrize(
    ("rows", "where"),
    [
        ([{"key": "a", "data": 1}, {"key": 2, "data": 1}], "jobs.rows[1]"),
        ([{"key": "a", "data": 1}, {"data": 1}], "jobs.rows[1]"),
        ([{"key": "a"}], "jobs.rows[0]"),
        ([{"key": "a", "data": 1}, ["a", 1]], "jobs.rows[1]"),
        ([{"key": "a", "data": 1}, "a"], "jobs.rows[1]"),
        ({"key": "a"}, "jobs.rows"),
    ],
)
def test_a_malformed_row_is_named(rows, where) -> None:
    with pytest.raises(GatewayProtocolError, match=re.escape(where)):
        _rows(rows, "jobs.rows")


def test_rows_are_kept_as_json_text() -> None:
    rows = _rows([{"key": "k", "data": {"名前": "花子", "n": [1, 2.5, None]}}], "jobs.rows")
    assert rows == [("k", '{"名前":"花子","n":[1,2.5,null]}')]
    assert json.loads(rows[0][1]) == {"名前": "花子", "n": [1, 2.5, None]}
