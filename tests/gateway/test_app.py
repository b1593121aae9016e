"""How the gateway is assembled: every domain router included, one error type, refusal order."""

import importlib
import pkgutil

import requests

import gateway.routers
from gateway.app import ROUTERS
from gateway.errors import ApiError
from gateway.issuance.errors import IssuanceError


def test_every_router_module_is_included():
    modules = [
        importlib.import_module(f"gateway.routers.{info.name}")
        for info in pkgutil.iter_modules(gateway.routers.__path__)
    ]
    assert {module.__name__.rsplit(".", 1)[1] for module in modules} >= {
        "datasets",
        "issuance",
        "signage",
        "telemetry",
        "terminals",
    }
    assert [module.router for module in modules if module.router not in ROUTERS] == []


def test_domain_errors_are_the_one_error_type():
    assert issubclass(IssuanceError, ApiError)


def test_a_write_is_refused_for_its_token_then_its_key_then_its_body(live):
    url = f"{live.url}/api/v1/telemetry/counters"
    bad_body = {"counts": {"a": -1}}
    no_token = requests.post(url, json=bad_body, timeout=10)
    assert no_token.status_code == 401
    assert no_token.json()["error"]["code"] == "missing_token"
    assert no_token.headers["WWW-Authenticate"] == "Bearer"
    no_key = requests.post(url, json=bad_body, headers=live.headers(), timeout=10)
    assert no_key.status_code == 400
    assert no_key.json()["error"]["code"] == "missing_idempotency_key"
    headers = {**live.headers(), "Idempotency-Key": "key-of-a-bad-body"}
    bad = requests.post(url, json=bad_body, headers=headers, timeout=10)
    assert bad.status_code == 422
    assert bad.json()["error"]["code"] == "invalid_request"


def test_errors_of_every_domain_share_one_body(live):
    answers = [
        requests.get(f"{live.url}/api/v1/datasets/nothing", headers=live.headers(), timeout=10),
        requests.get(f"{live.url}/api/v1/signage/package", headers=live.headers(), timeout=10),
        requests.get(f"{live.url}/api/v1/issuance/unsettled", headers=live.headers(), timeout=10),
        requests.get(f"{live.url}/q/test-kiosk-01/nothing", timeout=10, allow_redirects=False),
        requests.get(f"{live.url}/nowhere", timeout=10),
    ]
    assert [a.status_code for a in answers] == [404, 404, 503, 404, 404]
    for answer in answers:
        assert answer.headers["Content-Type"] == "application/json"
        assert set(answer.json()) == {"error"}
        assert set(answer.json()["error"]) == {"code", "message"}
