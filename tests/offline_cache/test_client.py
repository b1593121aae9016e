"""The gateway client: auth errors, retries with backoff, bad or oversized answers."""

import gzip
import json

import pytest

from gateway.terminals import revoke_terminal
from offline_cache.client import GatewayClient
from offline_cache.errors import (
    GatewayAuthError,
    GatewayError,
    GatewayProtocolError,
    GatewayServerError,
    GatewayUnreachableError,
)
from offline_cache.store import Store
from offline_cache.sync import Syncer


def client_for(url, token="t", **kwargs):
    sleeps = []
    kwargs.setdefault("retries", 3)
    client = GatewayClient(url, token, sleep=sleeps.append, jitter=lambda: 1.0, **kwargs)
    return client, sleeps


def test_unknown_and_revoked_terminals(live):
    client, sleeps = client_for(live.url, "mkt_wrong")
    with pytest.raises(GatewayAuthError) as err:
        client.get("datasets")
    assert (err.value.status, err.value.code, err.value.key) == (
        401,
        "unknown_terminal",
        "gateway.unauthorized",
    )
    assert sleeps == []  # never retried
    revoke_terminal(live.engine, "test-kiosk-01")
    client, _ = client_for(live.url, live.token)
    with pytest.raises(GatewayAuthError) as err:
        client.get("datasets")
    assert err.value.code == "terminal_revoked"


def test_server_errors_are_retried_with_exponential_backoff(impostor):
    impostor.answers.extend(
        [(503, {}, b"")] * 3 + [(200, {"Content-Type": "application/json"}, b'{"ok": 1}')]
    )
    client, sleeps = client_for(impostor.url, backoff_s=0.5)
    assert client.get("datasets").payload == {"ok": 1}
    assert sleeps == [0.5, 1.0, 2.0]
    assert all(r[2]["Authorization"] == "Bearer t" for r in impostor.requests)


def test_backoff_has_full_jitter_and_a_cap(impostor):
    impostor.answers.extend([(502, {}, b"<html>bad gateway</html>")] * 6)
    sleeps = []
    client = GatewayClient(
        impostor.url,
        "t",
        retries=5,
        backoff_s=1,
        max_backoff_s=4,
        sleep=sleeps.append,
        jitter=lambda: 0.25,
    )
    with pytest.raises(GatewayServerError) as err:
        client.get("datasets")
    assert err.value.status == 502
    assert sleeps == [0.25, 0.5, 1.0, 1.0, 1.0]


def test_client_errors_are_not_retried(impostor):
    body = json.dumps({"error": {"code": "invalid_request", "message": "body.x: bad"}}).encode()
    impostor.answers.append((422, {"Content-Type": "application/json"}, body))
    client, sleeps = client_for(impostor.url)
    with pytest.raises(GatewayError) as err:
        client.post("telemetry/counters", {"counts": {}}, "k" * 16)
    assert (err.value.status, err.value.code, err.value.message) == (
        422,
        "invalid_request",
        "body.x: bad",
    )
    assert sleeps == []
    assert impostor.requests[0][2]["Idempotency-Key"] == "k" * 16


def test_nobody_listening_is_unreachable():
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    client, sleeps = client_for(f"http://127.0.0.1:{port}", retries=2)
    with pytest.raises(GatewayUnreachableError) as err:
        client.get("datasets")
    assert err.value.key == "gateway.unreachable"
    assert len(sleeps) == 2


def test_malformed_answers(impostor):
    client, _ = client_for(impostor.url, retries=0)
    impostor.answers.append((200, {"Content-Type": "application/json"}, b"{not json"))
    with pytest.raises(GatewayProtocolError, match="not JSON"):
        client.get("datasets")
    impostor.answers.append((200, {"Content-Encoding": "gzip"}, b"not gzip at all"))
    with pytest.raises(GatewayProtocolError, match="gzip"):
        client.get("datasets")
    impostor.answers.append((200, {"Content-Encoding": "br"}, b"{}"))
    with pytest.raises(GatewayProtocolError, match="Content-Encoding"):
        client.get("datasets")


def test_oversized_answers_are_refused(impostor):
    client, _ = client_for(impostor.url, retries=0, max_wire_bytes=10_000, max_json_bytes=100_000)
    impostor.answers.append((200, {}, b"[" + b"1," * 20_000 + b"1]"))
    with pytest.raises(GatewayProtocolError, match="over the"):
        client.get("datasets")
    bomb = gzip.compress(b"[" + b"0," * 1_000_000 + b"0]")
    assert len(bomb) < 10_000
    impostor.answers.append((200, {"Content-Encoding": "gzip"}, bomb))
    with pytest.raises(GatewayProtocolError, match="decompressed"):
        client.get("datasets")


def snapshot_answer(payload):
    return (
        200,
        {"Content-Encoding": "gzip", "ETag": '"e.1"'},
        gzip.compress(json.dumps(payload).encode()),
    )


@pytest.mark.parametrize(
    ("payload", "problem"),
    [
        ([], "notices: expected a JSON object"),
        ({"dataset": "other", "epoch": "e", "version": 1, "rows": []}, "notices.dataset"),
        ({"dataset": "notices", "epoch": "e", "version": "1", "rows": []}, "notices.version"),
        (
            {"dataset": "notices", "epoch": "e", "version": 1, "rows": {}},
            "notices.rows: expected a list",
        ),
        (
            {"dataset": "notices", "epoch": "e", "version": 1, "rows": [{"key": 1, "data": 1}]},
            r"notices.rows\[0\]",
        ),
        (
            {
                "dataset": "notices",
                "epoch": "e",
                "version": 1,
                "rows": [{"key": "a", "data": 1e999}],
            },
            "not JSON: Infinity is not JSON",
        ),
    ],
)
def test_off_schema_snapshots_change_nothing(impostor, tmp_path, payload, problem):
    store, _ = Store.open(tmp_path / "cache.db")
    listing = {"server_time": "2026-11-22T00:00:00+00:00", "datasets": [{"name": "notices"}]}
    impostor.answers.append((200, {}, json.dumps(listing).encode()))
    impostor.answers.append(snapshot_answer(payload))
    client, _ = client_for(impostor.url, retries=0)
    with pytest.raises(GatewayProtocolError, match=problem):
        Syncer(store, client).sync_all()
    assert store.meta("notices") is None and store.rows("notices") == []
    store.close()


def test_bad_dataset_listing(impostor, tmp_path):
    store, _ = Store.open(tmp_path / "cache.db")
    impostor.answers.append((200, {}, json.dumps({"datasets": [{"name": "../../etc"}]}).encode()))
    client, _ = client_for(impostor.url, retries=0)
    with pytest.raises(GatewayProtocolError, match=r"datasets.datasets\[0\].name"):
        Syncer(store, client).sync_all()
    store.close()
