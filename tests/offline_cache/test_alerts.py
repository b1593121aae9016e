"""The terminal's alert listener against a real gateway on uvicorn: pushed alerts, a cut stream
and its polling fallback, a restart without network, expiry offline, acknowledgements."""

import datetime as dt
import json
import queue
import socket
import threading
import time

import pytest
import requests

from content.alerts.model import Level
from gateway.alerts.coverage import coverage
from gateway.alerts.operators import add_operator
from gateway.terminals import add_terminal
from offline_cache.alerts import AlertCache, AlertListener, held_of
from offline_cache.client import GatewayClient
from offline_cache.sse import ServerEvent, StreamFormatError, events, lines
from offline_cache.store import Store
from offline_cache.tls import GatewayTls
from offline_cache.token_file import TokenFile
from tests.offline_cache.faults import FaultyProxy, wait_until
from tests.offline_cache.test_tls import TERMINAL, mutual, pki  # noqa: F401
from tools.rigs.gateway import LiveGateway

WAIT_S = 20


@pytest.fixture
def gateway(tmp_path):
    (tmp_path / "gw").mkdir()
    live = LiveGateway(tmp_path / "gw", sample=False).start()
    live.operator = add_operator(live.engine, "bousai-desk", "防災課")
    yield live
    live.stop()


def issue(gateway, headline="避難指示", hours=6.0, **changes):
    body = {
        "kind": "evacuation",
        "evacuation_level": 4,
        "texts": {"ja": {"headline": headline}},
        "expires": (dt.datetime.now(dt.UTC) + dt.timedelta(hours=hours)).isoformat(),
        **changes,
    }
    answer = requests.post(
        f"{gateway.url}/api/v1/alerts/city",
        json=body,
        headers={"Authorization": f"Bearer {gateway.operator}"},
        timeout=10,
    )
    assert answer.status_code == 201, answer.text
    return answer.json()["result"]


def cancel(gateway, alert_id):
    answer = requests.post(
        f"{gateway.url}/api/v1/alerts/city/{alert_id}/cancel",
        headers={"Authorization": f"Bearer {gateway.operator}"},
        timeout=10,
    )
    assert answer.status_code == 200, answer.text


class Seen:
    """What ``on_change`` was told, in order."""

    def __init__(self):
        self.calls = queue.Queue()
        self.last = None

    def __call__(self, held):
        self.calls.put([h.key for h in held])

    def until(self, condition):
        deadline = time.monotonic() + WAIT_S
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise AssertionError(f"never told; last: {self.last}")
            try:
                self.last = self.calls.get(timeout=remaining)
            except queue.Empty:
                continue
            if condition(self.last):
                return self.last


@pytest.fixture
def listeners():
    started = []
    yield started
    for listener in started:
        listener.stop()
    for listener in started:
        listener._client().close()
        listener.cache.store.close()


def listen(listeners, url, token, path, **options):
    store, _ = Store.open(path)
    seen = Seen()
    client = GatewayClient(url, token, retries=0, connect_timeout=2)
    listener = AlertListener(client, store, on_change=seen, backoff_s=0.05, **options)
    listener.seen = seen
    listeners.append(listener)
    listener.start()
    return listener


def test_an_alert_issued_by_an_operator_reaches_a_connected_terminal(gateway, listeners, tmp_path):
    listener = listen(listeners, gateway.url, gateway.token, tmp_path / "cache.db")
    assert listener.connected.wait(WAIT_S)
    issued = issue(gateway, headline="田無町に避難指示")
    listener.seen.until(lambda keys: keys == [issued["key"]])
    [held] = listener.active()
    assert held.version == 1 and held.alert.level is Level.DANGER
    assert held.alert.text("ja").headline == "田無町に避難指示"
    cancel(gateway, issued["id"])
    listener.seen.until(lambda keys: keys == [])
    assert listener.active() == []
    assert listener.polls == 0  # the stream did it all


def test_a_cut_stream_falls_back_to_polling_then_streams_again(
    gateway, listeners, tmp_path, monkeypatch
):
    # Heartbeats every second, so that a line gone silent is told from a quiet one at once.
    monkeypatch.setattr("gateway.routers.alert_delivery.HEARTBEAT_S", 0.5)
    proxy = FaultyProxy(gateway.port)
    try:
        before = issue(gateway, headline="先の警報")
        proxy.plan.append(("stall", 300))  # the first stream goes silent after its first bytes
        path = tmp_path / "cache.db"
        listener = listen(listeners, proxy.url, gateway.token, path, read_timeout_s=4)
        listener.seen.until(lambda keys: before["key"] in keys)
        wait_until(lambda: listener.streams_opened >= 2 and listener.connected.is_set(), WAIT_S)
        assert listener.polls >= 1
        after = issue(gateway, headline="再接続後の避難指示")
        listener.seen.until(lambda keys: after["key"] in keys)
    finally:
        for item in listeners:
            item.stop()
        proxy.close()


def test_a_restart_without_network_shows_the_cached_alerts_at_once(gateway, listeners, tmp_path):
    path = tmp_path / "cache.db"
    first = listen(listeners, gateway.url, gateway.token, path)
    issued = issue(gateway, headline="停電中も表示")
    first.seen.until(lambda keys: keys == [issued["key"]])
    first.stop()
    with socket.socket() as probe:  # a port nothing answers on: no network
        probe.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{probe.getsockname()[1]}"
    again = listen(listeners, dead, gateway.token, path)
    assert again.seen.until(lambda keys: True) == [issued["key"]]  # told at start
    assert [h.alert.text("ja").headline for h in again.active()] == ["停電中も表示"]
    wait_until(
        lambda: again.streams_opened == 0 and again.polls == 0 and not again.connected.is_set()
    )


def test_the_stream_is_held_over_mutual_tls_with_the_token_file(
    tmp_path,
    pki,  # noqa: F811
    mutual,  # noqa: F811
    listeners,
):
    cert, key = pki.issue("terminal", TERMINAL)
    tls = GatewayTls(ca_file=pki.city_ca, client_cert=cert, client_key=key)
    token_file = tmp_path / "token"
    token_file.write_text(mutual.token, encoding="utf-8")
    store, _ = Store.open(tmp_path / "cache.db")
    seen = Seen()
    client = GatewayClient(mutual.url, TokenFile(token_file, mutual.token), tls=tls, retries=0)
    listener = AlertListener(client, store, on_change=seen)
    listeners.append(listener)
    listener.start()
    assert listener.connected.wait(WAIT_S)
    operator = add_operator(mutual.engine, "bousai-desk")
    answer = requests.post(
        f"{mutual.url}/api/v1/alerts/city",
        json={
            "kind": "evacuation",
            "evacuation_level": 3,
            "texts": {"ja": {"headline": "高齢者等避難"}},
        },
        headers={"Authorization": f"Bearer {operator}"},
        verify=str(pki.city_ca),
        cert=(str(cert), str(key)),
        timeout=10,
    )
    assert answer.status_code == 201, answer.text
    seen.until(lambda keys: keys == [answer.json()["result"]["key"]])


class Clock:
    def __init__(self):
        self.now = dt.datetime.now(dt.UTC)

    def __call__(self):
        return self.now


def test_an_alert_past_its_own_expiry_is_dropped_offline(gateway, listeners, tmp_path):
    clock = Clock()
    path = tmp_path / "cache.db"
    online = listen(listeners, gateway.url, gateway.token, path)
    short = issue(gateway, headline="一時間で終わる", hours=1)
    long = issue(gateway, headline="半日続く", hours=12)
    online.seen.until(lambda keys: set(keys) == {short["key"], long["key"]})
    online.stop()
    offline = listen(listeners, "http://127.0.0.1:9", gateway.token, path, clock=clock)
    offline.seen.until(lambda keys: len(keys) == 2)
    clock.now += dt.timedelta(hours=2)
    assert offline.seen.until(lambda keys: len(keys) == 1) == [long["key"]]
    assert [h.key for h in offline.active()] == [long["key"]]


def test_acknowledgements_go_through_the_outbox_and_count_in_coverage(gateway, listeners, tmp_path):
    add_terminal(gateway.engine, "station-sign-01", "駅前")
    listener = listen(listeners, gateway.url, gateway.token, tmp_path / "cache.db")
    issued = issue(gateway)
    listener.seen.until(lambda keys: keys == [issued["key"]])
    assert listener.acknowledge(issued["key"], 1, "screen") is not None
    assert listener.acknowledge(issued["key"], 1, "screen") is None  # once is enough
    listener.acknowledge(issued["key"], 1, "led")
    with pytest.raises(ValueError, match="surface"):
        listener.acknowledge(issued["key"], 1, "phone")
    with pytest.raises(ValueError, match="positive version"):
        listener.acknowledge(issued["key"], 0, "screen")
    report = listener.outbox.deliver()
    assert report.delivered == 2 and report.failed == 0
    reach = coverage(gateway.engine, issued["key"])
    assert (reach.shown, reach.terminals) == (1, 2)
    assert reach.by_surface == {"screen": 1, "led": 1}
    assert [u.terminal_id for u in reach.unseen] == ["station-sign-01"]


def test_the_listener_refuses_what_does_not_fit_and_keeps_going(tmp_path):
    store, _ = Store.open(tmp_path / "cache.db")
    listener = AlertListener(GatewayClient("http://127.0.0.1:9", "t"), store)
    good = {
        "key": "city:x",
        "version": 2,
        "drill": False,
        "updated_at": "2026-12-03T00:00:00+00:00",
        "alert": json.loads(json.dumps(sample_alert())),
    }
    for name, data in [
        ("alert", "not json"),
        ("alert", json.dumps({"key": "city:x", "version": "2", "alert": {}})),
        ("alert", json.dumps({**good, "alert": {**good["alert"], "level": "doom"}})),
        ("snapshot", json.dumps({"alerts": "none"})),
        ("end", json.dumps({"key": 5})),
    ]:
        listener._apply(ServerEvent(name, data, "7"))
    assert listener.active() == [] and listener.cache.state("last_event_id") is None
    listener._apply(ServerEvent("alert", json.dumps(good), "8"))
    listener._apply(ServerEvent("alert", json.dumps({**good, "version": 1}), "9"))  # older
    assert [(h.key, h.version) for h in listener.active()] == [("city:x", 2)]
    listener._apply(ServerEvent("end", json.dumps({"key": "city:x", "version": 1}), "10"))
    assert len(listener.active()) == 1  # an end older than what is held ends nothing
    listener._apply(ServerEvent("end", json.dumps({"key": "city:x", "version": 2}), "11"))
    assert listener.active() == [] and listener.cache.state("last_event_id") == "11"
    store.close()


def sample_alert():
    from content.alerts.codec import to_json
    from content.alerts.model import Alert, Kind, MsgType, Source, Status, Text

    return to_json(
        Alert(
            key="city:x",
            source=Source.CITY,
            identifier="x#1",
            sender="city",
            sent=dt.datetime(2026, 12, 3, tzinfo=dt.UTC),
            status=Status.ACTUAL,
            msg_type=MsgType.ALERT,
            kind=Kind.EVACUATION,
            level=Level.DANGER,
            texts=(Text("ja", headline="避難指示"),),
        )
    )


def test_a_held_alert_that_cannot_be_read_is_dropped(tmp_path):
    store, _ = Store.open(tmp_path / "cache.db")
    cache = AlertCache(store)
    held = held_of({"key": "city:x", "version": 1, "alert": sample_alert()})
    cache.put(held, {"key": "city:x", "version": 1, "alert": sample_alert()})
    with store.transaction() as db:
        db.execute("UPDATE alerts_held SET data = '{\"key\": 1}'")
    assert cache.active() == []
    store.close()


def test_server_sent_events_are_read_line_by_line_whatever_the_chunks():
    stream = [b"retry: 3000\n: connected\n\nid: 4\nev", b'ent: alert\r\ndata: {"a":', b"1}\n"]
    stream += [b"\n: heartbeat\n\ndata: one\ndata: two\n\n"]
    got = list(events(lines(stream)))
    assert got == [
        None,
        ServerEvent("alert", '{"a":1}', "4"),
        None,
        ServerEvent("message", "one\ntwo", "4"),
    ]
    with pytest.raises(StreamFormatError, match="UTF-8"):
        list(events([b"data: \xff\xfe"]))
    with pytest.raises(StreamFormatError, match="size limit"):
        list(lines([b"x" * (2 * 1024 * 1024)]))


def test_listener_stops_promptly_while_holding_the_stream(gateway, tmp_path):
    store, _ = Store.open(tmp_path / "cache.db")
    listener = AlertListener(GatewayClient(gateway.url, gateway.token), store)
    listener.start()
    assert listener.connected.wait(WAIT_S)
    stopper = threading.Thread(target=listener.stop)
    stopper.start()
    stopper.join(WAIT_S)
    assert not stopper.is_alive()
    store.close()


def test_the_cache_gives_a_listener_whose_acknowledgements_its_worker_delivers(gateway, tmp_path):
    from offline_cache.service import OfflineCache

    cache = OfflineCache(tmp_path / "terminal", gateway_url=gateway.url, token=gateway.token)
    seen = Seen()
    listener = cache.alert_listener(seen)
    assert listener.active() == []
    cache.start()
    listener.start()
    try:
        assert listener.connected.wait(WAIT_S)
        issued = issue(gateway, headline="サイネージにも出す")
        seen.until(lambda keys: keys == [issued["key"]])
        listener.acknowledge(issued["key"], 1, "screen")
        wait_until(lambda: coverage(gateway.engine, issued["key"]).shown == 1, WAIT_S)
    finally:
        listener.stop()
        cache.stop()
