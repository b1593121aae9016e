"""Whatever a terminal sends, the gateway answers 2xx/3xx/4xx with JSON errors, never 500."""

import uuid

import pytest
import requests
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tools.rigs.gateway import LiveGateway

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4)
    ),
    max_leaves=12,
)
header_text = st.text(alphabet=st.characters(min_codepoint=0x21, max_codepoint=0x7E), max_size=60)


@pytest.fixture(scope="module")
def gateway(tmp_path_factory):
    live = LiveGateway(tmp_path_factory.mktemp("gw")).start()
    yield live
    live.stop()


def check(reply):
    assert reply.status_code < 500, reply.text
    if reply.status_code >= 400:
        error = reply.json()["error"]
        assert error["code"] and error["message"]


FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FUZZ
@given(
    endpoint=st.sampled_from(["telemetry/heartbeat", "telemetry/counters", "datasets", "nowhere"]),
    body=json_values,
    key=st.one_of(st.none(), header_text),
)
def test_any_json_body(gateway, endpoint, body, key):
    headers = gateway.headers()
    if key is not None:
        headers["Idempotency-Key"] = key
    check(requests.post(f"{gateway.url}/api/v1/{endpoint}", json=body, headers=headers, timeout=30))


@FUZZ
@given(raw=st.binary(max_size=300), content_type=header_text)
def test_any_bytes(gateway, raw, content_type):
    headers = {
        **gateway.headers(),
        "Idempotency-Key": uuid.uuid4().hex,
        "Content-Type": content_type,
    }
    check(
        requests.post(
            f"{gateway.url}/api/v1/telemetry/heartbeat", data=raw, headers=headers, timeout=30
        )
    )


@FUZZ
@given(
    name=st.text(
        alphabet=st.characters(min_codepoint=0x21, max_codepoint=0x7E, exclude_characters="/?#%"),
        min_size=1,
        max_size=80,
    ),
    since=st.one_of(st.integers(), header_text),
    epoch=header_text,
    etag=header_text,
    auth=st.one_of(st.none(), header_text),
)
def test_any_dataset_request(gateway, name, since, epoch, etag, auth):
    headers = {"If-None-Match": etag}
    headers["Authorization"] = gateway.headers()["Authorization"] if auth is None else auth
    for path in (f"datasets/{name}", f"datasets/{name}/delta"):
        check(
            requests.get(
                f"{gateway.url}/api/v1/{path}",
                params={"since": since, "epoch": epoch},
                headers=headers,
                timeout=30,
            )
        )
