"""The gateway's HTTP API through a real uvicorn: auth, datasets, telemetry, bad input."""

import gzip
import json
import uuid

import requests

from gateway.datasets import publish
from gateway.seed import SAMPLE_DATASETS
from gateway.terminals import revoke_terminal


def get(live, path, **kwargs):
    headers = {**live.headers(), **kwargs.pop("headers", {})}
    return requests.get(f"{live.url}/api/v1/{path}", headers=headers, timeout=10, **kwargs)


def post(live, path, body, key=None, **kwargs):
    headers = {**live.headers(), **kwargs.pop("headers", {})}
    if key is not False:
        headers["Idempotency-Key"] = key or uuid.uuid4().hex
    return requests.post(
        f"{live.url}/api/v1/{path}", json=body, headers=headers, timeout=10, **kwargs
    )


def beat(**changes):
    return {
        "terminal_time": "2026-11-22T09:00:00+09:00",
        "software_version": "0.1.0",
        "health": {"card_reader": "ok", "receipt_printer": "degraded"},
        "cache_age_s": 12.5,
        **changes,
    }


def test_health_needs_no_token(live):
    assert requests.get(f"{live.url}/api/v1/health", timeout=5).json()["status"] == "ok"


def test_missing_unknown_and_revoked_tokens_get_401_with_a_clear_body(live):
    bare = requests.get(f"{live.url}/api/v1/datasets", timeout=5)
    assert bare.status_code == 401
    assert bare.json()["error"]["code"] == "missing_token"
    assert bare.headers["WWW-Authenticate"] == "Bearer"

    unknown = get(live, "datasets", headers={"Authorization": "Bearer mkt_nobody"})
    assert unknown.status_code == 401
    assert unknown.json()["error"] == {
        "code": "unknown_terminal",
        "message": "this token belongs to no registered terminal",
    }

    revoke_terminal(live.engine, "test-kiosk-01")
    revoked = get(live, "datasets")
    assert revoked.status_code == 401
    assert revoked.json()["error"]["code"] == "terminal_revoked"
    assert "test-kiosk-01" in revoked.json()["error"]["message"]


def test_dataset_list_has_the_sample_city(live):
    listing = get(live, "datasets").json()
    names = {d["name"]: d for d in listing["datasets"]}
    assert set(names) == set(SAMPLE_DATASETS)
    assert names["shelters"]["rows"] == 10
    assert (
        names["notices"]["etag"] == f'"{names["notices"]["epoch"]}.{names["notices"]["version"]}"'
    )


def test_snapshot_is_gzip_with_etag_and_304_on_if_none_match(live):
    first = get(live, "datasets/facilities", stream=True)
    assert first.status_code == 200
    assert first.headers["Content-Encoding"] == "gzip"
    raw = first.raw.read(decode_content=False)
    body = json.loads(gzip.decompress(raw))
    assert body["dataset"] == "facilities"
    assert {row["key"] for row in body["rows"]} >= {"tanashi-kominkan", "sogo-taiikukan"}
    etag = first.headers["ETag"]
    again = get(live, "datasets/facilities", headers={"If-None-Match": etag})
    assert again.status_code == 304
    assert again.content == b""
    other = get(live, "datasets/facilities", headers={"If-None-Match": '"x.1", ' + etag})
    assert other.status_code == 304


def test_delta_carries_changed_and_deleted_rows_only(live):
    info = {d["name"]: d for d in get(live, "datasets").json()["datasets"]}["shelters"]
    rows = {"a": {"n": 1}, "b": {"n": 2}}
    publish(live.engine, "things", rows)
    things = {d["name"]: d for d in get(live, "datasets").json()["datasets"]}["things"]
    publish(live.engine, "things", {"a": {"n": 10}, "c": {"n": 3}}, replace=True)
    delta = get(
        live,
        "datasets/things/delta",
        params={"since": things["version"], "epoch": things["epoch"]},
    )
    assert delta.status_code == 200
    body = delta.json()
    assert body["base_version"] == things["version"]
    assert body["version"] == things["version"] + 1
    assert body["changed"] == [{"key": "a", "data": {"n": 10}}, {"key": "c", "data": {"n": 3}}]
    assert body["deleted"] == ["b"]

    current = get(
        live,
        "datasets/things/delta",
        params={"since": body["version"], "epoch": things["epoch"]},
        headers={"If-None-Match": delta.headers["ETag"]},
    )
    assert current.status_code == 304

    wrong_epoch = get(live, "datasets/shelters/delta", params={"since": 1, "epoch": "old"})
    assert wrong_epoch.status_code == 410
    assert wrong_epoch.json()["error"]["code"] == "delta_unavailable"
    ahead = get(
        live,
        "datasets/shelters/delta",
        params={"since": info["version"] + 5, "epoch": info["epoch"]},
    )
    assert ahead.status_code == 410
    assert "ahead" in ahead.json()["error"]["message"]


def test_unchanged_rows_keep_their_version(live):
    publish(live.engine, "things", {"a": 1, "b": 2})
    v2 = publish(live.engine, "things", {"a": 1, "b": 3})
    v3 = publish(live.engine, "things", {"a": 1, "b": 3})
    assert v3 == v2  # nothing changed, no new version
    epoch = {d["name"]: d for d in get(live, "datasets").json()["datasets"]}["things"]["epoch"]
    body = get(live, "datasets/things/delta", params={"since": v2 - 1, "epoch": epoch}).json()
    assert [row["key"] for row in body["changed"]] == ["b"]


def test_bad_dataset_requests_name_the_problem(live):
    missing = get(live, "datasets/nothing")
    assert missing.status_code == 404
    assert missing.json()["error"] == {
        "code": "unknown_dataset",
        "message": "there is no dataset 'nothing'",
    }
    bad = get(live, "datasets/Bad%20Name")
    assert bad.status_code == 422
    assert bad.json()["error"]["code"] == "invalid_dataset_name"
    no_since = get(live, "datasets/notices/delta", params={"epoch": "x"})
    assert no_since.status_code == 422
    assert "query.since" in no_since.json()["error"]["message"]
    negative = get(live, "datasets/notices/delta", params={"since": -1, "epoch": "x"})
    assert negative.status_code == 422
    assert "query.since" in negative.json()["error"]["message"]
    unknown_path = get(live, "nowhere")
    assert unknown_path.status_code == 404
    assert unknown_path.json()["error"]["code"] == "not_found"


def test_heartbeat_keeps_the_latest_state(live):
    assert post(live, "telemetry/heartbeat", beat()).status_code == 201
    assert post(live, "telemetry/heartbeat", beat(software_version="0.2.0")).status_code == 201
    me = get(live, "terminals/me").json()
    assert me["id"] == "test-kiosk-01"
    assert me["heartbeat"]["software_version"] == "0.2.0"
    assert me["heartbeat"]["health"] == {"card_reader": "ok", "receipt_printer": "degraded"}
    assert me["heartbeat"]["cache_age_s"] == 12.5


def test_a_retried_write_is_applied_once(live):
    key = uuid.uuid4().hex
    first = post(live, "telemetry/counters", {"counts": {"jobs.search": 3}}, key=key)
    again = post(live, "telemetry/counters", {"counts": {"jobs.search": 3}}, key=key)
    assert first.status_code == again.status_code == 201
    assert again.headers["Idempotent-Replayed"] == "true"
    assert again.json() == first.json()
    post(live, "telemetry/counters", {"counts": {"jobs.search": 2}})
    assert get(live, "terminals/me").json()["counters"] == {"jobs.search": 5}


def test_write_errors_name_the_problem(live):
    no_key = post(live, "telemetry/counters", {"counts": {}}, key=False)
    assert no_key.status_code == 400
    assert no_key.json()["error"]["code"] == "missing_idempotency_key"
    bad_key = post(live, "telemetry/counters", {"counts": {}}, key="x y")
    assert bad_key.status_code == 400
    assert bad_key.json()["error"]["code"] == "invalid_idempotency_key"

    key = uuid.uuid4().hex
    post(live, "telemetry/counters", {"counts": {"a": 1}}, key=key)
    reused = post(live, "telemetry/counters", {"counts": {"a": 2}}, key=key)
    assert reused.status_code == 422
    assert reused.json()["error"]["code"] == "idempotency_key_reused"

    negative = post(live, "telemetry/counters", {"counts": {"a": -1}})
    assert negative.status_code == 422
    assert "body.counts.a" in negative.json()["error"]["message"]
    extra = post(live, "telemetry/heartbeat", beat(name="Taro Yamada"))
    assert extra.status_code == 422
    assert "body.name" in extra.json()["error"]["message"]
    health = post(live, "telemetry/heartbeat", beat(health={"card_reader": "on fire"}))
    assert health.status_code == 422
    assert "body.health.card_reader" in health.json()["error"]["message"]
    not_json = requests.post(
        f"{live.url}/api/v1/telemetry/heartbeat",
        data=b"{not json",
        headers={
            **live.headers(),
            "Idempotency-Key": uuid.uuid4().hex,
            "Content-Type": "application/json",
        },
        timeout=10,
    )
    assert not_json.status_code == 422
    assert not_json.json()["error"]["code"] == "invalid_request"
    # none of it reached the data
    assert get(live, "terminals/me").json()["counters"] == {"a": 1}


def test_oversized_bodies_are_refused(live):
    big = {"counts": {f"c{i}": 1 for i in range(150)}, "pad": "x" * 70_000}
    declared = post(live, "telemetry/counters", big)
    assert declared.status_code == 413
    assert declared.json()["error"]["code"] == "body_too_large"

    def chunks():
        for _ in range(100):
            yield b"x" * 1024

    streamed = requests.post(
        f"{live.url}/api/v1/telemetry/counters",
        data=chunks(),
        headers={**live.headers(), "Idempotency-Key": uuid.uuid4().hex},
        timeout=10,
    )
    assert streamed.status_code == 413
    assert get(live, "terminals/me").status_code == 200  # the server is fine


def test_concurrent_retries_and_reports(live):
    import threading

    key = uuid.uuid4().hex
    statuses = []

    def same_key():
        statuses.append(
            post(live, "telemetry/counters", {"counts": {"once": 1}}, key=key).status_code
        )

    def fresh_keys():
        for _ in range(10):
            assert post(live, "telemetry/counters", {"counts": {"many": 1}}).status_code == 201

    threads = [threading.Thread(target=same_key) for _ in range(6)]
    threads += [threading.Thread(target=fresh_keys) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert statuses == [201] * 6
    assert get(live, "terminals/me").json()["counters"] == {"once": 1, "many": 40}
