"""The outbox: queued while offline, delivered once, refused items parked for the technician."""

import socket

import pytest

from gateway.telemetry import terminal_state
from offline_cache.client import GatewayClient
from offline_cache.errors import GatewayAuthError, GatewayUnreachableError
from offline_cache.outbox import Outbox
from offline_cache.store import Store


@pytest.fixture
def store(tmp_path):
    store, _ = Store.open(tmp_path / "cache.db")
    yield store
    store.close()


def dead_url():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{s.getsockname()[1]}"


def test_writes_wait_offline_and_go_once_online(store, live, tmp_path):
    outbox = Outbox(store, GatewayClient(dead_url(), live.token, retries=0))
    outbox.enqueue("counters", {"counts": {"certificate.juminhyo": 1}})
    outbox.enqueue(
        "heartbeat",
        {"terminal_time": "2026-11-22T09:00:00+09:00", "software_version": "0.1.0", "health": {}},
    )
    with pytest.raises(GatewayUnreachableError):
        outbox.deliver()
    store.close()
    reopened, _ = Store.open(tmp_path / "cache.db")  # a restart in between
    outbox = Outbox(reopened, GatewayClient(live.url, live.token))
    report = outbox.deliver()
    assert (report.delivered, report.failed, report.pending) == (2, 0, 0)
    state = terminal_state(live.engine, "test-kiosk-01")
    assert state["counters"] == {"certificate.juminhyo": 1}
    assert state["heartbeat"]["software_version"] == "0.1.0"
    assert outbox.deliver().delivered == 0
    reopened.close()


def test_a_refused_item_is_parked_and_the_rest_go_on(store, live):
    outbox = Outbox(store, GatewayClient(live.url, live.token))
    outbox.enqueue("counters", {"counts": {"Bad Name": 1}})
    outbox.enqueue("counters", {"counts": {"good": 1}})
    report = outbox.deliver()
    assert (report.delivered, report.failed, report.pending) == (1, 1, 0)
    (parked,) = store.outbox("failed")
    assert parked.last_error.startswith("422 invalid_request")
    assert parked.body == {"counts": {"Bad Name": 1}}  # kept, nothing lost
    assert terminal_state(live.engine, "test-kiosk-01")["counters"] == {"good": 1}


def test_an_unregistered_terminal_keeps_its_items(store, live):
    outbox = Outbox(store, GatewayClient(live.url, "mkt_not_registered"))
    outbox.enqueue("counters", {"counts": {"a": 1}})
    with pytest.raises(GatewayAuthError):
        outbox.deliver()
    assert store.outbox_count("pending") == 1


def test_unknown_endpoints_are_refused_at_enqueue(store):
    with pytest.raises(ValueError, match="unknown outbox endpoint"):
        Outbox(store).enqueue("payments", {})
