"""Every route of the OpenAPI document, fuzzed: whatever arrives, never a 500 and never a crash.

Requests are drawn from each operation's own schemas (path, query, headers, body): values the
schema allows, edges included (a time in 9999 at -12:00, 2**62, a date in year 1), and in half
of them one place made hostile (1e309 or NaN, ``true`` for a number, NUL, tabs, newlines and lone
surrogates in text, huge integers, naive times, an unknown key), so that most reach the code
behind the schema. Each operation is sent by a terminal with its token, with its token but a
missing or malformed Idempotency-Key, with a wrong token and with none. A 5xx is allowed only
where the document promises it (503 while a CRL is stale); every error carries the gateway's
error body.
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
from offline_cache.sse import close_stream
from tests.gateway.test_issuance import pki  # noqa: F401  (the module's demo JPKI CA and cards)
from tests.gateway.test_signage import KEY, archive
from tools.rigs.gateway import LiveGateway

DOC = document()
OPERATIONS = sorted(
    (path, method) for path, operations in DOC["paths"].items() for method in operations
)
FUZZ = settings(
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
# Few distinct moments, so that a start and an end often meet at the same edge of the range.
TIMES = st.sampled_from(
    ["2026-11-22T10:00:00+09:00", "9999-12-31T23:00:00-12:00", "2026-11-22T10:00:00"]
)


def resolve(schema):
    while "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        schema = DOC["components"]["schemas"][name]
    return schema


def valid(schema, depth=0):
    """Values the schema allows, edges included (a time in 9999, 2**31 where no maximum is set)."""
    schema = resolve(schema)
    for combined in ("anyOf", "oneOf"):
        if combined in schema:
            return st.one_of(*(valid(s, depth + 1) for s in schema[combined]))
    if "allOf" in schema:
        return valid(schema["allOf"][0], depth + 1)
    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    kind = schema.get("type")
    if kind == "object":
        properties = schema.get("properties", {})
        required = set(schema.get("required", []))
        values = {name: valid(sub, depth + 1) for name, sub in properties.items()}
        fixed = st.fixed_dictionaries(
            {k: v for k, v in values.items() if k in required},
            optional={k: v for k, v in values.items() if k not in required},
        )
        extra = schema.get("additionalProperties")
        if not isinstance(extra, dict) or depth > 3:
            return fixed
        names = extra.get("propertyNames", {}).get("pattern") or r"^[a-z_.]{1,12}$"
        free = st.dictionaries(
            st.from_regex(names, fullmatch=True), valid(extra, depth + 1), max_size=3
        )
        return st.tuples(fixed, free).map(lambda pair: {**pair[1], **pair[0]})
    if kind == "array":
        low = schema.get("minItems", 0)
        items = valid(schema.get("items", {}), depth + 1)
        return st.lists(items, min_size=low, max_size=max(low, 2))
    if kind == "string":
        if schema.get("format") == "date-time":
            return TIMES
        if schema.get("format") == "date":
            return st.one_of(st.dates().map(str), st.sampled_from(["0001-01-01", "9999-12-31"]))
        if schema.get("pattern"):
            plain = st.characters(codec="ascii")
            return st.one_of(
                st.from_regex(schema["pattern"], fullmatch=True, alphabet=plain),
                st.from_regex(schema["pattern"], fullmatch=True),
            )
        return st.text(
            min_size=schema.get("minLength", 0), max_size=min(schema.get("maxLength", 30), 30)
        )
    if kind == "integer":
        low, high = schema.get("minimum", -(2**63)), schema.get("maximum", 2**63)
        edges = [v for v in (low, high, 0, 1, 2**31, 2**62) if low <= v <= high]
        return st.one_of(st.integers(low, high), st.sampled_from(edges))
    if kind == "number":
        low, high = schema.get("minimum"), schema.get("maximum")
        return st.floats(low, high, allow_nan=False, allow_infinity=False)
    if kind == "boolean":
        return st.booleans()
    return st.one_of(st.none(), st.integers(), st.text(max_size=8))


def _paths(value, prefix=()):
    yield prefix
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _paths(item, (*prefix, index))


def _replaced(value, path, new):
    if not path:
        return new
    head, *rest = path
    copy = dict(value) if isinstance(value, dict) else list(value)
    copy[head] = _replaced(value[head], rest, new)
    return copy


@st.composite
def mutated(draw, strategy):
    """A valid value with at most one place made hostile: a bad value, or an unknown key."""
    value = draw(strategy)
    if draw(st.booleans()):
        return value
    path = draw(st.sampled_from(list(_paths(value))))
    target = _at(value, path)
    if isinstance(target, dict) and draw(st.booleans()):
        return _replaced(value, path, {**target, "unexpected": 1})
    return _replaced(value, path, draw(HOSTILE))


def _at(value, path):
    for step in path:
        value = value[step]
    return value


def shaped(schema):
    """Valid values of ``schema``, most with one hostile change somewhere in them."""
    return mutated(valid(schema))


def text_of(value):
    return value if isinstance(value, str) else json.dumps(value)


def encoded(text):
    return quote(text.encode("utf-8", "surrogatepass"), safe="")


def requests_for(path, method, gateway, caller):
    """A strategy of (URL, query, headers, body) for one operation, sent as ``caller``:

    ``terminal`` (its token and a fresh Idempotency-Key), ``bad_key`` (its token, a missing or
    malformed key), ``no_token`` or ``wrong_token``.
    """
    operation = DOC["paths"][path][method]
    parts = {}
    for parameter in operation.get("parameters", []):
        schema = parameter.get("schema", {})
        name, place = parameter["name"], parameter["in"]
        if place == "header" and name == "authorization":
            continue  # sent as a valid, a wrong or no token below
        if place == "header" and name == "idempotency-key":
            fresh = st.builds(lambda: uuid.uuid4().hex)
            value = st.one_of(st.none(), HOSTILE_TEXT) if caller == "bad_key" else fresh
        elif place == "header" and name == "if-none-match":
            value = st.one_of(st.none(), st.sampled_from(gateway.etags), HOSTILE_TEXT)
        else:
            value = shaped(schema)
        parts[(place, name)] = value
    body = st.none()
    content = operation.get("requestBody", {}).get("content", {})
    if "application/json" in content:
        body = shaped(content["application/json"]["schema"])

    def build(values, payload):
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
        if caller in ("terminal", "bad_key"):
            headers["Authorization"] = f"Bearer {gateway.token}"
        elif caller == "wrong_token":
            headers["Authorization"] = "Bearer mkt_nobody"
        return url, query, headers, payload

    return st.builds(build, st.fixed_dictionaries(parts), body)


def fuzzed_gateway(folder, pki, url=None):  # noqa: F811
    """A live gateway with issuance, a published package and the sample city, on ``url``."""
    trust = JpkiTrust.from_files(pki.ca_dir / "ca.cert.pem", (pki.crl_path,))
    live = LiveGateway(
        folder,
        url=url,
        issuance=IssuanceSettings(trust=trust, verification_url=SAMPLE_VERIFICATION_URL),
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
    return live


@pytest.fixture(scope="module")
def gateway(tmp_path_factory, pki):  # noqa: F811
    live = fuzzed_gateway(tmp_path_factory.mktemp("fuzz"), pki)
    yield live
    live.stop()


@pytest.fixture(scope="module")
def pg_gateway(tmp_path_factory, pki, postgres):  # noqa: F811
    url = postgres.fresh_database("route_fuzz")
    live = fuzzed_gateway(tmp_path_factory.mktemp("fuzz-pg"), pki, url)
    yield live
    live.stop()


def test_every_documented_operation_is_fuzzed():
    assert len(OPERATIONS) >= 20
    assert {path for path, _ in OPERATIONS} == set(DOC["paths"])


CALLERS = {"terminal": 100, "bad_key": 10, "no_token": 10, "wrong_token": 10}


@pytest.mark.parametrize("caller", list(CALLERS))
@pytest.mark.parametrize(("path", "method"), OPERATIONS, ids=[f"{m} {p}" for p, m in OPERATIONS])
def test_no_input_makes_a_route_fail(gateway, path, method, caller):
    fuzz(gateway, path, method, caller, CALLERS[caller])


@pytest.mark.parametrize(("path", "method"), OPERATIONS, ids=[f"{m} {p}" for p, m in OPERATIONS])
def test_no_input_makes_a_route_fail_on_postgresql(pg_gateway, path, method):
    # PostgreSQL refuses what SQLite takes (NUL in text, integers past 64 bits): same rule.
    fuzz(pg_gateway, path, method, "terminal", 25)


def fuzz(gateway, path, method, caller, examples):
    """Send ``examples`` drawn requests to one operation; none may fail the gateway."""
    promised = {
        int(status)
        for status in DOC["paths"][path][method]["responses"]
        if re.fullmatch(r"5\d\d", status)
    }

    @settings(FUZZ, max_examples=examples)
    @given(request=requests_for(path, method, gateway, caller))
    def one(request):
        url, query, headers, payload = request
        data = None
        if payload is not None:
            data = json.dumps(payload).encode("utf-8", "surrogatepass")
            headers = {**headers, "Content-Type": "application/json"}
        if query:
            url += "?" + "&".join(f"{name}={value}" for name, value in query.items())
        # Streamed: the event stream's answer never ends, so only its head and errors are read.
        answer = requests.request(
            method.upper(),
            gateway.url + url,
            headers=headers,
            data=data,
            allow_redirects=False,
            timeout=30,
            stream=True,
        )
        if answer.headers.get("Content-Type", "").startswith("text/event-stream"):
            close_stream(answer)
            assert answer.status_code == 200
            return
        answer.content  # noqa: B018  (read the whole body, then the connection goes back)
        assert answer.status_code < 500 or answer.status_code in promised, (
            answer.status_code,
            url,
            answer.text[:300],
        )
        if answer.status_code >= 400:
            error = answer.json()["error"]
            assert error["code"] and error["message"]

    one()
