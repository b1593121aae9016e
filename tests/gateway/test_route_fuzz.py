"""Every route of the OpenAPI document, fuzzed: whatever arrives, never a 500 and never a crash.

Requests are drawn from each operation's own schemas (path, query, headers, body), every value
either shaped as documented or hostile: edge times (9999-12-31T23:00-12:00, naive), 1e309 and
NaN, ``true`` for a number, NUL, tabs, newlines and lone surrogates in text, huge integers.
Each is sent with a valid terminal token, a wrong one and none. A 5xx is allowed only where the
document promises it (503 while a CRL is stale); every error carries the gateway's error body.
"""

from __future__ import annotations

import json
import re
import uuid
from urllib.parse import quote

import pytest
import requests
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from content.municipality import SAMPLE_VERIFICATION_URL
from gateway.issuance.service import IssuanceSettings
from gateway.issuance.trust import JpkiTrust
from gateway.openapi import document
from gateway.packages import public_key_text
from gateway.signage import publish_package, set_publishing_key
from tests.gateway.live import LiveGateway
from tests.gateway.test_issuance import pki  # noqa: F401  (the module's demo JPKI CA and cards)
from tests.gateway.test_signage import KEY, archive

DOC = document()
OPERATIONS = sorted(
    (path, method) for path, operations in DOC["paths"].items() for method in operations
)
FUZZ = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)

HOSTILE_TEXT = st.sampled_from(
    [
        "",
        "\x00",
        "a\tb",
        "line\nbreak",
        "\ud800",
        "../../etc/passwd",
        "%00",
        "x" * 300,
        "日本語",
        "9999-12-31T23:00:00-12:00",
        "2026-11-22T10:00:00",
        "0001-01-01T00:00:00+14:00",
        "NaN",
    ]
)
HOSTILE_NUMBERS = st.sampled_from(
    [True, False, -1, 2**31, 2**63, 10**20, -(10**20), 1e309, float("nan"), 1.5, 0]
)
HOSTILE = st.one_of(HOSTILE_TEXT, HOSTILE_NUMBERS, st.none(), st.text(max_size=8))
TIMES = st.sampled_from(
    [
        "2026-11-22T10:00:00+09:00",
        "2026-11-22T10:00:10+09:00",
        "9999-12-31T23:00:00-12:00",
        "0001-01-01T00:00:00+14:00",
        "2026-11-22T10:00:00",
        "1999-12-31T23:59:59Z",
        "2100-01-01T00:00:00Z",
    ]
)


def resolve(schema):
    while "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        schema = DOC["components"]["schemas"][name]
    return schema


def shaped(schema, depth=0):
    """Values shaped as ``schema`` says, with hostile values mixed in at every level."""
    schema = resolve(schema)
    if depth > 4:
        return HOSTILE
    for combined in ("anyOf", "oneOf", "allOf"):
        if combined in schema:
            return st.one_of(*(shaped(s, depth + 1) for s in schema[combined]), HOSTILE)
    if "enum" in schema:
        return st.one_of(st.sampled_from(schema["enum"]), HOSTILE)
    kind = schema.get("type")
    if kind == "object":
        properties = schema.get("properties", {})
        required = set(schema.get("required", []))
        values = {name: shaped(sub, depth + 1) for name, sub in properties.items()}
        extra = schema.get("additionalProperties")
        if isinstance(extra, dict):
            keys = st.one_of(
                st.from_regex(extra.get("propertyNames", {}).get("pattern", r"^[a-z]{1,8}$")),
                HOSTILE_TEXT,
            )
            free = st.dictionaries(keys, shaped(extra, depth + 1), max_size=3)
        else:
            free = st.just({})
        fixed = st.fixed_dictionaries(
            {k: v for k, v in values.items() if k in required},
            optional={k: v for k, v in values.items() if k not in required},
        )
        return st.one_of(
            st.tuples(fixed, free).map(lambda pair: {**pair[1], **pair[0]}),
            fixed.map(lambda d: {**d, "unexpected": 1}),
            HOSTILE,
        )
    if kind == "array":
        items = shaped(schema.get("items", {}), depth + 1)
        most = min(schema.get("maxItems", 3), 3)
        return st.one_of(st.lists(items, max_size=most), HOSTILE)
    if kind == "string":
        if schema.get("format") == "date-time":
            return st.one_of(TIMES, HOSTILE)
        if schema.get("format") == "date":
            return st.one_of(st.dates().map(str), HOSTILE)
        pattern = schema.get("pattern")
        if pattern:
            return st.one_of(st.from_regex(pattern, fullmatch=True), HOSTILE)
        return st.one_of(st.text(max_size=20), HOSTILE)
    if kind == "integer":
        low, high = schema.get("minimum", -(2**31)), schema.get("maximum", 2**31)
        return st.one_of(st.integers(low, high), HOSTILE_NUMBERS)
    if kind == "number":
        return st.one_of(st.floats(allow_nan=False, allow_infinity=False), HOSTILE_NUMBERS)
    if kind == "boolean":
        return st.one_of(st.booleans(), HOSTILE_NUMBERS)
    return HOSTILE


def text_of(value):
    return value if isinstance(value, str) else json.dumps(value)


def encoded(text):
    return quote(text.encode("utf-8", "surrogatepass"), safe="")


def requests_for(path, method, gateway):
    """A strategy of (URL, headers, body text) for one operation."""
    operation = DOC["paths"][path][method]
    parts = {}
    for parameter in operation.get("parameters", []):
        schema = parameter.get("schema", {})
        name, place = parameter["name"], parameter["in"]
        if place == "header" and name == "idempotency-key":
            value = st.one_of(st.builds(lambda: uuid.uuid4().hex), st.none(), HOSTILE_TEXT)
        elif place == "header" and name == "if-none-match":
            value = st.one_of(st.none(), st.sampled_from(gateway.etags), HOSTILE_TEXT)
        else:
            value = shaped(schema)
        parts[(place, name)] = value
    body = st.none()
    content = operation.get("requestBody", {}).get("content", {})
    if "application/json" in content:
        body = shaped(content["application/json"]["schema"])
    auth = st.sampled_from(["valid", "none", "wrong"])

    def build(values, payload, who):
        url = path
        query, headers = {}, {}
        for (place, name), value in values.items():
            if value is None and place != "path":
                continue
            if place == "path":
                url = url.replace("{" + name + "}", encoded(text_of(value)) or "%20")
            elif place == "query":
                query[name] = encoded(text_of(value))
            else:
                header = text_of(value)
                if not re.fullmatch(r"[\x20-\x7e]*", header):
                    continue  # not a valid HTTP header value: the HTTP server refuses it itself
                headers[name] = header
        if who == "valid":
            headers["Authorization"] = f"Bearer {gateway.token}"
        elif who == "wrong":
            headers["Authorization"] = "Bearer mkt_nobody"
        return url, query, headers, payload

    return st.builds(build, st.fixed_dictionaries(parts), body, auth)


@pytest.fixture(scope="module")
def gateway(tmp_path_factory, pki):  # noqa: F811
    folder = tmp_path_factory.mktemp("fuzz")
    trust = JpkiTrust.from_files(pki.ca_dir / "ca.cert.pem", (pki.crl_path,))
    live = LiveGateway(
        folder, issuance=IssuanceSettings(trust=trust, verification_url=SAMPLE_VERIFICATION_URL)
    )
    set_publishing_key(live.engine, public_key_text(KEY))
    publish_package(live.engine, archive(folder).read_bytes())
    live.start()
    live.etags = [
        requests.get(
            f"{live.url}/api/v1/signage/package/archive", headers=live.headers(), timeout=10
        ).headers["ETag"],
        requests.get(
            f"{live.url}/api/v1/datasets/notices", headers=live.headers(), timeout=10
        ).headers["ETag"],
    ]
    yield live
    live.stop()


def test_every_documented_operation_is_fuzzed():
    assert len(OPERATIONS) >= 20
    assert {path for path, _ in OPERATIONS} == set(DOC["paths"])


@pytest.mark.parametrize(("path", "method"), OPERATIONS, ids=[f"{m} {p}" for p, m in OPERATIONS])
def test_no_input_makes_a_route_fail(gateway, path, method):
    promised = {
        int(status)
        for status in DOC["paths"][path][method]["responses"]
        if re.fullmatch(r"5\d\d", status)
    }

    @FUZZ
    @given(request=requests_for(path, method, gateway))
    def one(request):
        url, query, headers, payload = request
        data = None
        if payload is not None:
            data = json.dumps(payload).encode("utf-8", "surrogatepass")
            headers = {**headers, "Content-Type": "application/json"}
        if query:
            url += "?" + "&".join(f"{name}={value}" for name, value in query.items())
        answer = requests.request(
            method.upper(),
            gateway.url + url,
            headers=headers,
            data=data,
            allow_redirects=False,
            timeout=30,
        )
        assert answer.status_code < 500 or answer.status_code in promised, (
            answer.status_code,
            url,
            answer.text[:300],
        )
        if answer.status_code >= 400:
            error = answer.json()["error"]
            assert error["code"] and error["message"]

    one()
