"""The outbox: queued while offline, delivered once, no item holding back the others."""

import socket

import pytest

from gateway.telemetry import terminal_state
from offline_cache.client import GatewayClient
from offline_cache.errors import GatewayAuthError, GatewayServerError, GatewayUnreachableError
from offline_cache.outbox import BACKOFF_BASE_S, BACKOFF_MAX_S, Outbox, backoff_s
from offline_cache.store import Store
from tests.offline_cache.faults import FaultyProxy


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


class Clock:
    """The outbox's clock, moved by the test."""

    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


def beat(version="0.1.0"):
    return {"terminal_time": "2026-11-22T09:00:00+09:00", "software_version": version, "health": {}}


def test_a_refused_item_becomes_a_dead_letter_and_the_rest_go_on(store, live):
    outbox = Outbox(store, GatewayClient(live.url, live.token))
    refused = outbox.enqueue("counters", {"counts": {"Bad Name": 1}})
    outbox.enqueue("counters", {"counts": {"good": 1}})
    report = outbox.deliver()
    assert (report.delivered, report.failed, report.pending) == (1, 1, 0)
    (dead,) = outbox.dead_letters()
    assert (dead.key, dead.endpoint, dead.status, dead.code) == (
        refused,
        "counters",
        422,
        "invalid_request",
    )
    assert dead.message and dead.attempts == 1
    assert dead.body == {"counts": {"Bad Name": 1}}  # kept, nothing lost
    assert outbox.dead_letter_count() == 1
    assert terminal_state(live.engine, "test-kiosk-01")["counters"] == {"good": 1}
    # Queued again under its key (a restart replaying its journal): not sent again.
    outbox.enqueue("counters", {"counts": {"Bad Name": 1}}, key=refused)
    assert store.outbox_count() == 0


def test_a_poison_item_does_not_hold_back_the_rest(store, faulty):
    gateway, faults = faulty
    clock = Clock()
    outbox = Outbox(store, GatewayClient(gateway.url, gateway.token, retries=0), clock=clock)
    poison = outbox.enqueue("heartbeat", beat("poison"))
    faults.failing[poison] = 500
    refused = outbox.enqueue("counters", {"counts": {"Bad Name": 1}})  # the real gateway: 422
    outbox.enqueue("counters", {"counts": {"prints": 2}})
    outbox.enqueue("heartbeat", beat("0.2.0"))
    report = outbox.deliver()
    assert (report.delivered, report.failed, report.deferred, report.pending) == (2, 1, 1, 1)
    state = terminal_state(gateway.engine, "test-kiosk-01")
    assert state["counters"] == {"prints": 2}
    assert state["heartbeat"]["software_version"] == "0.2.0"
    assert [d.key for d in outbox.dead_letters()] == [refused]

    # The poison waits its delay: the next run does not send it, later items go at once.
    outbox.enqueue("counters", {"counts": {"prints": 1}})
    assert outbox.deliver().delivered == 1
    assert faults.seen.count(poison) == 1
    clock.now += BACKOFF_BASE_S
    assert outbox.deliver().deferred == 1
    assert faults.seen.count(poison) == 2
    clock.now += BACKOFF_BASE_S  # the second delay is twice as long
    assert outbox.deliver().delivered == 0 and faults.seen.count(poison) == 2
    clock.now += BACKOFF_BASE_S
    del faults.failing[poison]  # the gateway is fixed
    report = outbox.deliver()
    assert (report.delivered, report.pending) == (1, 0)
    assert terminal_state(gateway.engine, "test-kiosk-01")["counters"] == {"prints": 3}
    assert store.integrity_ok()


def test_records_a_gateway_cannot_take_hold_back_nothing(store, live):
    # Items that made the gateway fail (500) before it checked them; refused (422) since.
    outbox = Outbox(store, GatewayClient(live.url, live.token, retries=0), clock=Clock())
    edge = "9999-12-31T23:00:00-12:00"
    play = {
        "screen": "station-screen-01",
        "item_id": "gomi",
        "kind": "qr",
        "layer": "default",
        "started_at": edge,
        "ended_at": edge,
        "continued": False,
        "clock_jumped": False,
    }
    outbox.enqueue("signage_plays", {"plays": [play]})
    outbox.enqueue("heartbeat", {**beat(), "cache_age_s": 1e309})
    outbox.enqueue("counters", {"counts": {"prints": 1}})
    outbox.enqueue("heartbeat", beat("0.3.0"))
    report = outbox.deliver()
    assert report.delivered == 2 and report.failed + report.deferred == 2
    state = terminal_state(live.engine, "test-kiosk-01")
    assert state["counters"] == {"prints": 1}
    assert state["heartbeat"]["software_version"] == "0.3.0"


def test_backoff_doubles_up_to_its_bound():
    assert [backoff_s(n) for n in (1, 2, 3)] == [
        BACKOFF_BASE_S,
        2 * BACKOFF_BASE_S,
        4 * BACKOFF_BASE_S,
    ]
    assert backoff_s(10_000) == BACKOFF_MAX_S


def test_an_issuance_keeps_its_order_and_nothing_else_waits(store, faulty):
    gateway, faults = faulty
    clock = Clock()
    outbox = Outbox(store, GatewayClient(gateway.url, gateway.token, retries=0), clock=clock)
    outcome = outbox.enqueue("issuance_outcome/20261122-0000AAAA", {"outcome": "printed"})
    faults.failing[outcome] = 500
    counted = outbox.enqueue("counters", {"counts": {"prints": 1}})
    settlement = outbox.enqueue(
        "issuance_settlement/20261122-0000AAAA", {"result": "collected", "amount_yen": 300}
    )
    other = outbox.enqueue("issuance_outcome/20261122-0000BBBB", {"outcome": "printed"})
    # This gateway issues nothing (it would answer 503): the issuance steps get planted answers.
    faults.failing.update({settlement: 404, other: 404})
    outbox.deliver()
    # The settlement waits for its outcome; the other issuance and the counters do not.
    assert faults.seen == [outcome, counted, other]
    clock.now += BACKOFF_BASE_S
    outbox.deliver()
    assert faults.seen.count(outcome) == 2  # still failing: its settlement still waits
    assert settlement not in faults.seen
    faults.failing[outcome] = 409  # answered at last (a refusal ends its turn as well)
    clock.now += 2 * BACKOFF_BASE_S
    outbox.deliver()
    assert faults.seen.count(settlement) == 1
    assert faults.seen.index(settlement) > len(faults.seen) - 1 - faults.seen[::-1].index(outcome)


def test_a_gateway_failing_everything_ends_the_run_without_blaming_items(store, faulty):
    gateway, faults = faulty
    outbox = Outbox(store, GatewayClient(gateway.url, gateway.token, retries=0), clock=Clock())
    for n in range(5):
        outbox.enqueue("counters", {"counts": {"prints": n}})
    faults.everything = 503
    with pytest.raises(GatewayServerError):
        outbox.deliver()
    assert len(faults.seen) == 2  # the run stopped: the gateway is not hammered
    faults.everything = 0
    assert outbox.deliver().delivered == 5  # none of them was made to wait


def test_a_gateway_failing_on_every_item_is_not_asked_about_all_of_them(store, faulty):
    gateway, faults = faulty
    clock = Clock()
    outbox = Outbox(store, GatewayClient(gateway.url, gateway.token, retries=0), clock=clock)
    for n in range(6):
        outbox.enqueue("counters", {"counts": {"prints": n}})
    faults.everything = 500
    report = outbox.deliver()
    assert (report.delivered, report.deferred, report.pending) == (0, 3, 6)
    assert len(faults.seen) == 3  # three failures in a row end the run
    faults.everything = 0
    assert outbox.deliver().delivered == 3  # the three not tried go at once
    clock.now += BACKOFF_BASE_S
    assert outbox.deliver().delivered == 3


def test_an_item_whose_answer_never_comes_waits_while_the_others_go(store, live):
    proxy = FaultyProxy(live.port)
    clock = Clock()
    try:
        client = GatewayClient(proxy.url, live.token, retries=0, read_timeout=1.0)
        outbox = Outbox(store, client, clock=clock)
        lost = outbox.enqueue("counters", {"counts": {"a": 1}})
        outbox.enqueue("counters", {"counts": {"b": 1}})
        proxy.plan.append(("lose", 0))
        report = outbox.deliver()
        assert (report.delivered, report.deferred, report.pending) == (1, 1, 1)
        (waiting,) = store.outbox()
        assert waiting.key == lost and waiting.attempts == 1
        assert outbox.deliver().delivered == 0
        clock.now += BACKOFF_BASE_S
        assert outbox.deliver().delivered == 1
    finally:
        proxy.close()
    # The gateway had applied the lost one; sent again with its key, it is not applied twice.
    assert terminal_state(live.engine, "test-kiosk-01")["counters"] == {"a": 1, "b": 1}


def test_a_dead_letter_can_be_queued_again_under_its_key(store, faulty):
    gateway, faults = faulty
    outbox = Outbox(store, GatewayClient(gateway.url, gateway.token, retries=0))
    key = outbox.enqueue("counters", {"counts": {"prints": 4}})
    faults.failing[key] = 409
    assert outbox.deliver().failed == 1
    assert outbox.requeue(key) and not outbox.requeue("no-such-key")
    del faults.failing[key]
    assert outbox.deliver().delivered == 1
    assert outbox.dead_letter_count() == 0
    assert terminal_state(gateway.engine, "test-kiosk-01")["counters"] == {"prints": 4}


def test_items_parked_by_an_older_version_become_dead_letters(tmp_path):
    store, _ = Store.open(tmp_path / "cache.db")
    store.enqueue("k1", "counters", {"counts": {"x": 1}}, "2026-11-22T00:00:00+00:00")
    (item,) = store.outbox()
    store.attempted(item.id, "422 invalid_request: counts: bad name", failed=True)
    (dead,) = Outbox(store).dead_letters()
    assert (dead.key, dead.status, dead.code, dead.message) == (
        "k1",
        422,
        "invalid_request",
        "counts: bad name",
    )
    assert store.outbox_count("failed") == 0
    store.close()


def test_an_unregistered_terminal_keeps_its_items(store, live):
    outbox = Outbox(store, GatewayClient(live.url, "mkt_not_registered"))
    outbox.enqueue("counters", {"counts": {"a": 1}})
    with pytest.raises(GatewayAuthError):
        outbox.deliver()
    assert store.outbox_count("pending") == 1


def test_unknown_endpoints_are_refused_at_enqueue(store):
    with pytest.raises(ValueError, match="unknown outbox endpoint"):
        Outbox(store).enqueue("payments", {})
