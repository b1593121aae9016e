"""The OpenAPI document kept in the repository matches the code."""

import json

import requests

from gateway.openapi import DOCUMENT, document, render


def test_kept_document_matches_the_app():
    assert DOCUMENT.read_text(encoding="utf-8") == render(), (
        "gateway/openapi.json is stale: run `python -m gateway.openapi`"
    )


def test_document_covers_every_route_and_error_shape():
    doc = document()
    assert set(doc["paths"]) == {
        "/api/v1/health",
        "/api/v1/datasets",
        "/api/v1/datasets/{name}",
        "/api/v1/datasets/{name}/delta",
        "/api/v1/telemetry/heartbeat",
        "/api/v1/telemetry/counters",
        "/api/v1/terminals/me",
        "/api/v1/issuance/nonces",
        "/api/v1/issuance/eligibility",
        "/api/v1/issuance",
        "/api/v1/issuance/unsettled",
        "/api/v1/issuance/{issuance_id}/documents/{position}",
        "/api/v1/issuance/{issuance_id}/outcome",
        "/api/v1/issuance/{issuance_id}/settlement",
        "/api/v1/verify/{code}",
        "/api/v1/signage/package",
        "/api/v1/signage/package/archive",
        "/api/v1/signage/plays",
        "/api/v1/signage/report",
        "/api/v1/technician/audit",
        "/api/v1/technician/bundles/{bundle_id}",
        "/api/v1/alerts",
        "/api/v1/alerts/city",
        "/api/v1/alerts/city/{alert_id}",
        "/api/v1/alerts/city/{alert_id}/cancel",
        "/api/v1/alerts/history/{key}",
        "/api/v1/alerts/documents",
        "/api/v1/alerts/coverage/{key}",
        "/api/v1/alerts/stream",
        "/api/v1/alerts/active",
        "/api/v1/alerts/acknowledgements",
        "/api/v1/booking/facilities",
        "/api/v1/booking/facilities/{facility}/availability",
        "/api/v1/booking/nonces",
        "/api/v1/booking/bookings",
        "/api/v1/booking/bookings/{booking_id}/confirm",
        "/api/v1/booking/bookings/{booking_id}/cancel",
        "/api/v1/booking/mine",
        "/api/v1/booking/groups",
        "/api/v1/booking/groups/{group_id}/members",
        "/api/v1/booking/lottery/entries",
        "/api/v1/booking/lottery/{facility}/{calendar}/{month}",
        "/q/{terminal_id}/{item_id}",
    }
    snapshot = doc["paths"]["/api/v1/datasets/{name}"]["get"]["responses"]
    assert {"200", "304", "401", "404"} <= set(snapshot)
    assert "ErrorResponse" in doc["components"]["schemas"]


def test_the_server_serves_it(live):
    served = requests.get(f"{live.url}/api/v1/openapi.json", timeout=10).json()
    assert served == json.loads(render())


def test_every_documented_error_has_the_gateway_body_and_every_write_its_answer():
    doc = document()
    assert "HTTPValidationError" not in doc["components"]["schemas"]
    error = {"$ref": "#/components/schemas/ErrorResponse"}
    accepted = {"$ref": "#/components/schemas/Accepted"}
    for path, operations in doc["paths"].items():
        for method, operation in operations.items():
            for status, response in operation["responses"].items():
                if int(status) >= 400:
                    assert response["content"]["application/json"]["schema"] == error, (
                        method,
                        path,
                        status,
                    )
            headers = {p["name"] for p in operation.get("parameters", []) if p["in"] == "header"}
            if "idempotency-key" in headers:
                created = operation["responses"]["201"]["content"]["application/json"]
                assert created["schema"] == accepted, (method, path)
