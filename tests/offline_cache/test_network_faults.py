"""Connections cut or stalled mid-download and mid-response, through a loopback proxy."""

import pytest

from gateway.datasets import publish
from gateway.telemetry import terminal_state
from offline_cache.client import GatewayClient
from offline_cache.errors import GatewayUnreachableError
from offline_cache.outbox import Outbox
from offline_cache.store import Store
from offline_cache.sync import Syncer


@pytest.fixture
def store(tmp_path):
    store, _ = Store.open(tmp_path / "cache.db")
    yield store
    store.close()


def client_via(proxy, live, **kwargs):
    kwargs.setdefault("retries", 4)
    return GatewayClient(proxy.url, live.token, backoff_s=0.01, read_timeout=1.0, **kwargs)


def big_dataset(live, n=30000):
    publish(
        live.engine,
        "jobs",
        {f"job-{i:06d}": {"title": f"求人 {i}", "wage": 1100 + i % 500} for i in range(n)},
    )


@pytest.mark.parametrize("fault", [("cut", 50_000), ("stall", 50_000), ("cut", 10), ("stall", 0)])
def test_sync_completes_after_a_broken_download(store, live, proxy, fault):
    big_dataset(live)
    proxy.plan.extend([("pass", 0), fault])  # the listing passes; the download breaks
    client = client_via(proxy, live)
    report = Syncer(store, client).sync_all(only=["jobs"])
    assert proxy.faults_done == 1
    assert report.results[0].outcome == "snapshot"
    assert store.meta("jobs").rows == 30000
    assert store.integrity_ok()
    client.close()


def test_a_delta_cut_off_is_retried(store, live, proxy):
    big_dataset(live)
    client = client_via(proxy, live)
    Syncer(store, client).sync_all(only=["jobs"])
    publish(live.engine, "jobs", {f"job-{i:06d}": {"title": "更新"} for i in range(0, 30000, 50)})
    client.close()
    client = client_via(proxy, live)
    proxy.plan.extend([("pass", 0), ("cut", 200), ("stall", 100)])
    (result,) = Syncer(store, client).sync_all(only=["jobs"]).results
    assert result.outcome == "delta"
    assert proxy.faults_done == 2
    assert store.row("jobs", "job-000050") == {"title": "更新"}
    client.close()


def test_a_write_whose_response_was_lost_is_applied_once(store, live, proxy):
    outbox = Outbox(store)
    keys = [outbox.enqueue("counters", {"counts": {"prints": 1}}) for _ in range(3)]
    proxy.plan.extend([("lose", 0), ("stall", 20), ("cut", 30)])
    outbox.client = client_via(proxy, live)
    report = outbox.deliver()
    assert (report.delivered, report.pending) == (3, 0)
    assert proxy.faults_done == 3
    assert terminal_state(live.engine, "test-kiosk-01")["counters"] == {"prints": 3}
    assert len(set(keys)) == 3
    outbox.client.close()


def test_when_every_attempt_fails_the_write_stays_queued(store, live, proxy):
    outbox = Outbox(store)
    outbox.enqueue("counters", {"counts": {"prints": 1}})
    proxy.plan.extend([("lose", 0)] * 3)
    outbox.client = client_via(proxy, live, retries=2)
    with pytest.raises(GatewayUnreachableError):
        outbox.deliver()
    (item,) = store.outbox()
    assert item.attempts == 1 and item.state == "pending"
    # The gateway did apply it once; the later delivery must not apply it again.
    report = outbox.deliver()
    assert report.delivered == 1
    assert terminal_state(live.engine, "test-kiosk-01")["counters"] == {"prints": 1}
    outbox.client.close()
