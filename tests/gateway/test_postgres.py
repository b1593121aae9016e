"""The gateway on PostgreSQL (a private server): migrations, datasets, once-only writes, sync."""

import itertools
import threading
import uuid

import pytest
import requests

from gateway import storage
from gateway.datasets import dataset_info, publish
from gateway.telemetry import terminal_state
from offline_cache.client import GatewayClient
from offline_cache.store import Store
from offline_cache.sync import Syncer
from tools.rigs.gateway import LiveGateway

_names = itertools.count()


@pytest.fixture
def pg_live(postgres, tmp_path):
    url = postgres.fresh_database(f"gateway_{next(_names)}")
    gateway = LiveGateway(tmp_path, url=url).start()
    yield gateway
    gateway.stop()


def test_migrations_and_publishing(pg_live):
    engine = pg_live.engine
    assert storage.current_version(engine) == storage.SCHEMA_VERSION
    assert storage.migrate(engine) == storage.SCHEMA_VERSION
    publish(engine, "jobs", {f"j{i}": {"i": i} for i in range(500)})
    publish(engine, "jobs", {"j1": {"i": -1}}, deleted=["j2"])
    assert dataset_info(engine, "jobs").rows == 499


def test_terminal_syncs_from_postgres(pg_live, tmp_path):
    store, _ = Store.open(tmp_path / "cache.db")
    client = GatewayClient(pg_live.url, pg_live.token)
    syncer = Syncer(store, client)
    syncer.sync_all()
    assert store.meta("shelters").rows == 10
    publish(pg_live.engine, "shelters", {"extra": {"x": 1}})
    outcomes = {r.name: r.outcome for r in syncer.sync_all().results}
    assert outcomes["shelters"] == "delta" and outcomes["notices"] == "unchanged"
    client.close()
    store.close()


def test_concurrent_retries_of_one_write_apply_once(pg_live):
    key = uuid.uuid4().hex
    statuses = []

    def send():
        reply = requests.post(
            f"{pg_live.url}/api/v1/telemetry/counters",
            json={"counts": {"prints": 1}},
            headers={**pg_live.headers(), "Idempotency-Key": key},
            timeout=30,
        )
        statuses.append(reply.status_code)

    threads = [threading.Thread(target=send) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert statuses == [201] * 8
    assert terminal_state(pg_live.engine, "test-kiosk-01")["counters"] == {"prints": 1}


def test_concurrent_reports_add_up(pg_live):
    def send():
        for _ in range(10):
            requests.post(
                f"{pg_live.url}/api/v1/telemetry/counters",
                json={"counts": {"prints": 1}},
                headers={**pg_live.headers(), "Idempotency-Key": uuid.uuid4().hex},
                timeout=30,
            ).raise_for_status()

    threads = [threading.Thread(target=send) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert terminal_state(pg_live.engine, "test-kiosk-01")["counters"] == {"prints": 60}
