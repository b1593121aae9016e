"""The operator API for the city's own alerts, through a real gateway on uvicorn."""

import datetime as dt

import pytest
import requests

from content.shelters.sample import load_sample_sites
from gateway.alerts.operators import add_operator, revoke_operator
from gateway.alerts.settings import AlertSettings
from gateway.alerts.store import history
from gateway.terminals import add_terminal
from tools.rigs.gateway import LiveGateway

SCHOOL = "E999990000101"


@pytest.fixture
def gateway(tmp_path):
    live = LiveGateway(tmp_path, sample=False).start()
    live.operator = add_operator(live.engine, "bousai-desk", "防災課")
    yield live
    live.stop()


def later(hours=12):
    return (dt.datetime.now(dt.UTC) + dt.timedelta(hours=hours)).isoformat()


def order(**changes):
    body = {
        "kind": "evacuation",
        "evacuation_level": 4,
        "texts": {
            "ja": {"headline": "石神井川沿いに避難指示", "instruction": "危険な場所から全員避難"},
            "en": {"headline": "Evacuation order along the Shakujii River"},
        },
        "area_codes": ["jma:1322900"],
        "area_description": "田無町一丁目から三丁目",
        "expires": later(),
        "shelters": [{"id": SCHOOL, "open": True}],
    }
    body.update(changes)
    return body


def call(gateway, method, path, token=None, headers=None, **kwargs):
    sent = {"Authorization": f"Bearer {token or gateway.operator}"} if token != "" else {}
    sent.update(headers or {})
    return requests.request(method, f"{gateway.url}{path}", headers=sent, timeout=10, **kwargs)


def test_issue_update_and_cancel_an_evacuation_order(gateway):
    issued = call(gateway, "POST", "/api/v1/alerts/city", json=order())
    assert issued.status_code == 201, issued.text
    assert issued.json()["accepted"]
    body = issued.json()["result"]
    alert_id = body["id"]
    assert body["state"] == "active" and body["version"] == 1 and not body["drill"]
    assert body["alert"]["level"] == "danger" and body["alert"]["shelters"] == [
        {"id": SCHOOL, "open": True}
    ]
    assert [t["language"] for t in body["alert"]["texts"]] == ["ja", "en"]
    (listed,) = call(gateway, "GET", "/api/v1/alerts").json()["alerts"]
    assert listed["id"] == alert_id

    higher = order(evacuation_level=5)
    updated = call(gateway, "PUT", f"/api/v1/alerts/city/{alert_id}", json=higher)
    assert updated.status_code == 200, updated.text
    assert updated.json()["version"] == 2 and updated.json()["alert"]["level"] == "emergency"

    cancelled = call(gateway, "POST", f"/api/v1/alerts/city/{alert_id}/cancel")
    assert cancelled.json()["state"] == "cancelled"
    assert call(gateway, "GET", "/api/v1/alerts").json()["alerts"] == []
    again = call(gateway, "POST", f"/api/v1/alerts/city/{alert_id}/cancel")
    assert again.status_code == 409 and again.json()["error"]["code"] == "alert_not_active"

    events = call(gateway, "GET", f"/api/v1/alerts/history/city:{alert_id}").json()["events"]
    assert [(e["action"], e["actor"]) for e in events] == [
        ("issued", "operator:bousai-desk"),
        ("updated", "operator:bousai-desk"),
        ("cancelled", "operator:bousai-desk"),
    ]
    everything = call(gateway, "GET", "/api/v1/alerts", params={"state": "all"}).json()
    assert [a["state"] for a in everything["alerts"]] == ["cancelled"]


def test_a_retried_issue_issues_one_alert(gateway):
    key = {"Idempotency-Key": "order-2026-0914-tanashi"}
    body = order()
    first = call(gateway, "POST", "/api/v1/alerts/city", json=body, headers=key)
    again = call(gateway, "POST", "/api/v1/alerts/city", json=body, headers=key)
    assert first.status_code == again.status_code == 201
    assert again.headers["Idempotent-Replayed"] == "true"
    assert again.json()["result"]["id"] == first.json()["result"]["id"]
    assert len(call(gateway, "GET", "/api/v1/alerts").json()["alerts"]) == 1
    other = call(gateway, "POST", "/api/v1/alerts/city", json=order(drill=True), headers=key)
    assert other.status_code == 422
    assert other.json()["error"]["code"] == "idempotency_key_reused"
    bad = call(
        gateway, "POST", "/api/v1/alerts/city", json=order(), headers={"Idempotency-Key": "x"}
    )
    assert bad.status_code == 400


def test_terminal_tokens_and_strangers_are_refused(gateway):
    for method, path in (
        ("POST", "/api/v1/alerts/city"),
        ("GET", "/api/v1/alerts"),
        ("GET", "/api/v1/alerts/documents"),
    ):
        kwargs = {"json": order()} if method == "POST" else {}
        terminal = call(gateway, method, path, token=gateway.token, **kwargs)
        assert terminal.status_code == 403, path
        assert terminal.json()["error"]["code"] == "terminal_token"
        assert call(gateway, method, path, token="", **kwargs).status_code == 401
        assert call(gateway, method, path, token="mko_nobody", **kwargs).status_code == 401
    rotated = add_terminal(gateway.engine, "test-kiosk-01", rotate=True)  # not used yet
    assert call(gateway, "GET", "/api/v1/alerts", token=rotated).status_code == 403
    revoke_operator(gateway.engine, "bousai-desk")
    gone = call(gateway, "GET", "/api/v1/alerts")
    assert gone.status_code == 401 and gone.json()["error"]["code"] == "operator_revoked"
    assert history(gateway.engine, "anything") == []


@pytest.mark.parametrize(
    ("changes", "wanted"),
    [
        ({"texts": {"en": {"headline": "Only English"}}}, "a Japanese (ja) text"),
        ({"texts": {"xx": {"headline": "?"}, "ja": {"headline": "x"}}}, "unknown language"),
        ({"shelters": [{"id": "E000", "open": True}]}, "not in the city's shelter list"),
        ({"expires": "2020-01-01T00:00:00+09:00"}, "in the future"),
        ({"evacuation_level": None}, "give a level or an evacuation_level"),
        ({"kind": "shelter", "shelters": []}, "names the shelters"),
        ({"kind": "meteor"}, "kind"),
        ({"texts": {"ja": {"headline": "改行\nあり"}}}, "control characters"),
        ({"area_codes": ["1322900"]}, "area_codes"),
    ],
)
def test_bad_alerts_are_refused_naming_the_field(gateway, changes, wanted):
    refused = call(gateway, "POST", "/api/v1/alerts/city", json=order(**changes))
    assert refused.status_code == 422
    assert wanted in refused.json()["error"]["message"]
    assert call(gateway, "GET", "/api/v1/alerts").json()["alerts"] == []


def test_unknown_alerts_and_drill_mismatch(gateway):
    missing = call(gateway, "PUT", "/api/v1/alerts/city/city-20260914-00000000", json=order())
    assert missing.status_code == 404
    assert call(gateway, "PUT", "/api/v1/alerts/city/../x", json=order()).status_code in (404, 422)
    drill = call(gateway, "POST", "/api/v1/alerts/city", json=order(drill=True)).json()["result"]
    real = call(gateway, "PUT", f"/api/v1/alerts/city/{drill['id']}", json=order())
    assert real.status_code == 409 and real.json()["error"]["code"] == "drill_mismatch"


def test_drills_are_listed_only_where_the_city_shows_them(gateway, tmp_path):
    drill = call(gateway, "POST", "/api/v1/alerts/city", json=order(drill=True)).json()["result"]
    assert drill["drill"] and drill["key"].startswith("exercise:city:")
    assert call(gateway, "GET", "/api/v1/alerts").json()["alerts"] == []
    settings = AlertSettings(show_drills=True, sites=load_sample_sites().sites)
    folder = tmp_path / "drills"
    folder.mkdir()
    shows = LiveGateway(folder, sample=False, alert_settings=settings).start()
    try:
        shows.operator = add_operator(shows.engine, "bousai-desk")
        issued = call(shows, "POST", "/api/v1/alerts/city", json=order(drill=True)).json()["result"]
        (shown,) = call(shows, "GET", "/api/v1/alerts").json()["alerts"]
        assert shown["drill"] and shown["id"] == issued["id"]
    finally:
        shows.stop()
