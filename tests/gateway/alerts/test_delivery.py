"""Alerts for terminals through a real gateway on uvicorn: the event stream, the polled list,
acknowledgements and coverage (the API and ``machikado gateway alerts coverage``)."""

import datetime as dt
import json
import queue
import re
import subprocess
import sys
import threading

import pytest
import requests

from gateway.alerts.operators import add_operator
from gateway.terminals import add_terminal, revoke_terminal
from offline_cache.sse import close_stream, events, lines
from tools.rigs.gateway import LiveGateway

WAIT_S = 20


@pytest.fixture
def gateway(tmp_path):
    live = LiveGateway(tmp_path, sample=False).start()
    live.operator = add_operator(live.engine, "bousai-desk", "防災課")
    yield live
    live.stop()


def order(headline="石神井川沿いに避難指示", **changes):
    body = {
        "kind": "evacuation",
        "evacuation_level": 4,
        "texts": {"ja": {"headline": headline}, "en": {"headline": "Evacuation order"}},
        "expires": (dt.datetime.now(dt.UTC) + dt.timedelta(hours=6)).isoformat(),
    }
    body.update(changes)
    return body


def issue(gateway, **changes):
    answer = requests.post(
        f"{gateway.url}/api/v1/alerts/city",
        json=order(**changes),
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


class Reader:
    """Reads a gateway's event stream on a thread; ``next`` waits for the next event."""

    def __init__(self, url, token, last_event_id=None):
        headers = {"Authorization": f"Bearer {token}", "Accept": "text/event-stream"}
        if last_event_id is not None:
            headers["Last-Event-ID"] = last_event_id
        self.response = requests.get(
            f"{url}/api/v1/alerts/stream", headers=headers, stream=True, timeout=(5, 60)
        )
        assert self.response.status_code == 200, self.response.text
        assert self.response.headers["Content-Type"].startswith("text/event-stream")
        self.events = queue.Queue()
        self._thread = threading.Thread(target=self._read, daemon=True)
        self._thread.start()

    def _read(self):
        try:
            for event in events(lines(self.response.iter_content(chunk_size=None))):
                if event is not None:
                    self.events.put(event)
        except (requests.RequestException, OSError, AttributeError):
            pass

    def next(self):
        event = self.events.get(timeout=WAIT_S)
        return event.name, json.loads(event.data), event.id

    def until(self, name, key):
        while True:
            got = self.next()
            if got[0] == name and got[1].get("key") == key:
                return got

    def close(self):
        close_stream(self.response)


@pytest.fixture
def readers():
    opened = []
    yield opened
    for reader in opened:
        reader.close()


def test_the_stream_sends_what_is_in_force_then_each_change(gateway, readers):
    first = issue(gateway, headline="先に出ていた避難指示")
    reader = Reader(gateway.url, gateway.token)
    readers.append(reader)
    name, snapshot, revision = reader.next()
    assert name == "snapshot"
    assert [a["key"] for a in snapshot["alerts"]] == [first["key"]]
    assert snapshot["alerts"][0]["alert"]["texts"][0]["headline"] == "先に出ていた避難指示"
    assert int(revision) == snapshot["revision"] > 0
    second = issue(gateway, headline="新たな避難指示")
    name, data, _ = reader.until("alert", second["key"])
    assert data["version"] == 1 and not data["drill"]
    cancel(gateway, second["id"])
    name, data, _ = reader.until("end", second["key"])
    assert data == {"key": second["key"], "state": "cancelled", "version": 2}


def test_a_terminal_resumes_from_its_last_event_id(gateway, readers):
    reader = Reader(gateway.url, gateway.token)
    readers.append(reader)
    kept = issue(gateway, headline="一つ目")
    _, _, last_id = reader.until("alert", kept["key"])
    reader.close()
    missed = issue(gateway, headline="切れている間の避難指示")
    cancel(gateway, kept["id"])
    again = Reader(gateway.url, gateway.token, last_event_id=last_id)
    readers.append(again)
    got = [again.next(), again.next()]
    assert {(name, data["key"]) for name, data, _ in got} == {
        ("alert", missed["key"]),
        ("end", kept["key"]),
    }
    # up to date: a resume from the newest id sends nothing until the next change
    newest = got[-1][2]
    quiet = Reader(gateway.url, gateway.token, last_event_id=newest)
    readers.append(quiet)
    later = issue(gateway, headline="その後")
    name, data, _ = quiet.next()
    assert (name, data["key"]) == ("alert", later["key"])


@pytest.mark.parametrize(
    "last_id", ["nonsense", "-1", "2147483648", "99999999999", "1" * 40, "12 34"]
)
def test_an_id_the_gateway_cannot_resume_from_gets_the_whole_snapshot(gateway, readers, last_id):
    issue(gateway)
    reader = Reader(gateway.url, gateway.token, last_event_id=last_id)
    readers.append(reader)
    name, data, _ = reader.next()
    assert name == "snapshot" and len(data["alerts"]) == 1


def test_the_stream_and_the_list_take_only_terminal_tokens(gateway):
    for path in ("/api/v1/alerts/stream", "/api/v1/alerts/active"):
        for token in (None, gateway.operator, "mkt_nobody"):
            headers = {"Authorization": f"Bearer {token}"} if token else {}
            answer = requests.get(f"{gateway.url}{path}", headers=headers, timeout=10)
            assert answer.status_code == 401, (path, token)
            assert answer.json()["error"]["code"] in ("missing_token", "unknown_terminal")
    revoked = add_terminal(gateway.engine, "old-kiosk")
    revoke_terminal(gateway.engine, "old-kiosk")
    answer = requests.get(
        f"{gateway.url}/api/v1/alerts/stream", headers=gateway.headers(revoked), timeout=10
    )
    assert answer.status_code == 401
    assert answer.json()["error"]["code"] == "terminal_revoked"


def test_the_polled_list_answers_304_while_nothing_changed(gateway):
    url = f"{gateway.url}/api/v1/alerts/active"
    empty = requests.get(url, headers=gateway.headers(), timeout=10)
    assert empty.status_code == 200 and empty.json()["alerts"] == []
    etag = empty.headers["ETag"]
    same = requests.get(url, headers={**gateway.headers(), "If-None-Match": etag}, timeout=10)
    assert same.status_code == 304
    issued = issue(gateway)
    now = requests.get(url, headers={**gateway.headers(), "If-None-Match": etag}, timeout=10)
    assert now.status_code == 200 and now.headers["ETag"] != etag
    assert [a["key"] for a in now.json()["alerts"]] == [issued["key"]]


def acknowledge(gateway, token, acks, key="ack-0001"):
    return requests.post(
        f"{gateway.url}/api/v1/alerts/acknowledgements",
        json={"acknowledgements": acks},
        headers={**gateway.headers(token), "Idempotency-Key": key},
        timeout=10,
    )


def ack(key, version=1, surface="screen"):
    return {"key": key, "version": version, "surface": surface, "shown_at": now_text()}


def now_text():
    return dt.datetime.now(dt.UTC).isoformat()


def test_acknowledgements_are_counted_and_coverage_names_the_terminals_that_did_not(gateway):
    issued = issue(gateway)
    key = issued["key"]
    signage = add_terminal(gateway.engine, "station-sign-01", "駅前サイネージ")
    add_terminal(gateway.engine, "kiosk-02", "公民館")
    shown = [ack(key)]
    answer = acknowledge(gateway, gateway.token, shown)
    assert answer.status_code == 201 and answer.json()["result"] == {"kept": 1, "unknown": []}
    twice = acknowledge(gateway, gateway.token, shown)
    assert twice.headers["Idempotent-Replayed"] == "true"
    both = [ack(key, surface="screen"), ack(key, surface="led"), ack("no-such-alert")]
    answer = acknowledge(gateway, signage, both, key="ack-0002")
    assert answer.json()["result"] == {"kept": 2, "unknown": ["no-such-alert"]}
    reach = requests.get(
        f"{gateway.url}/api/v1/alerts/coverage/{key}",
        headers={"Authorization": f"Bearer {gateway.operator}"},
        timeout=10,
    ).json()
    assert (reach["shown"], reach["terminals"]) == (2, 3)
    assert reach["by_surface"] == {"screen": 2, "led": 1}
    assert reach["at_latest_version"] == 2
    assert [t["terminal_id"] for t in reach["not_shown"]] == ["kiosk-02"]
    assert reach["not_shown"][0]["last_seen_at"] is None  # never heard from
    refused = requests.get(
        f"{gateway.url}/api/v1/alerts/coverage/{key}", headers=gateway.headers(), timeout=10
    )
    assert refused.status_code == 403  # terminals read alerts, they do not audit the fleet
    unknown = requests.get(
        f"{gateway.url}/api/v1/alerts/coverage/city:none",
        headers={"Authorization": f"Bearer {gateway.operator}"},
        timeout=10,
    )
    assert unknown.status_code == 404


@pytest.mark.parametrize(
    "bad",
    [
        [],
        [{"key": "k", "version": 0, "surface": "screen", "shown_at": "2026-12-03T10:00:00+09:00"}],
        [{"key": "k", "version": 1, "surface": "phone", "shown_at": "2026-12-03T10:00:00+09:00"}],
        [{"key": "k", "version": 1, "surface": "screen", "shown_at": "2026-12-03T10:00:00"}],
        [{"key": "k\x00", "version": 1, "surface": "led", "shown_at": "2026-12-03T10:00:00Z"}],
    ],
)
def test_a_malformed_acknowledgement_is_refused_and_names_its_field(gateway, bad):
    answer = acknowledge(gateway, gateway.token, bad)
    assert answer.status_code == 422
    assert answer.json()["error"]["message"]


def test_the_coverage_command_speaks_japan_time(gateway, tmp_path):
    issued = issue(gateway)
    add_terminal(gateway.engine, "kiosk-03", "図書館")
    other = add_terminal(gateway.engine, "kiosk-02", "公民館")
    url = f"{gateway.url}/api/v1/alerts/active"
    assert requests.get(url, headers=gateway.headers(other), timeout=10).status_code == 200
    acknowledge(gateway, gateway.token, [ack(issued["key"])])
    db = str(gateway.engine.url)
    run = [sys.executable, "-m", "machikado", "gateway", "--db", db, "alerts", "coverage"]
    shown = subprocess.run(
        [*run, issued["key"]], capture_output=True, text=True, timeout=60, check=False
    )
    assert shown.returncode == 0, shown.stderr
    assert f"alert {issued['key']} (active, version 1): shown on 1 of 3 terminals" in shown.stdout
    assert re.search(r"\nkiosk-02\t\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+09:00\t公民館\n", shown.stdout)
    assert "kiosk-03\tnever\t図書館" in shown.stdout
    every = subprocess.run(run, capture_output=True, text=True, timeout=60, check=False)
    assert every.returncode == 0 and issued["key"] in every.stdout
    missing = subprocess.run(
        [*run, "city:none"], capture_output=True, text=True, timeout=60, check=False
    )
    assert missing.returncode == 1 and "no alert 'city:none'" in missing.stderr


def test_a_quiet_stream_sends_heartbeats(gateway, monkeypatch):
    monkeypatch.setattr("gateway.routers.alert_delivery.HEARTBEAT_S", 0.5)
    response = requests.get(
        f"{gateway.url}/api/v1/alerts/stream", headers=gateway.headers(), stream=True, timeout=10
    )
    try:
        assert response.headers["Cache-Control"] == "no-cache"
        seen = []
        for line in lines(response.iter_content(chunk_size=None)):
            seen.append(line)
            if line == b": heartbeat":
                break
        assert seen[:2] == [b"retry: 3000", b": connected"]
        assert any(line.startswith(b"event: snapshot") for line in seen)
    finally:
        close_stream(response)


def test_an_alert_that_runs_out_is_ended_on_the_stream_as_expired(gateway, readers):
    gateway.app.state.alert_hub.reread_s = 0.2  # the hub rereads often: expiry is seen sooner
    soon = (dt.datetime.now(dt.UTC) + dt.timedelta(seconds=2)).isoformat()
    reader = Reader(gateway.url, gateway.token)
    readers.append(reader)
    issued = issue(gateway, expires=soon)
    reader.until("alert", issued["key"])
    _, data, _ = reader.until("end", issued["key"])
    assert data == {"key": issued["key"], "state": "expired", "version": 1}


def test_drills_never_reach_terminals_of_a_city_that_does_not_show_them(gateway, readers):
    reader = Reader(gateway.url, gateway.token)
    readers.append(reader)
    assert reader.next()[0] == "snapshot"
    issue(gateway, headline="訓練", drill=True)
    real = issue(gateway, headline="本物の避難指示")
    name, data, _ = reader.next()
    assert (name, data["key"]) == ("alert", real["key"])
    listed = requests.get(
        f"{gateway.url}/api/v1/alerts/active", headers=gateway.headers(), timeout=10
    ).json()
    assert [a["key"] for a in listed["alerts"]] == [real["key"]]
