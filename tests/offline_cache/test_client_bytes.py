"""The gateway client's binary GET: bytes in memory, bounded, errors as for JSON answers."""

import json

import pytest

from offline_cache.client import GatewayClient
from offline_cache.errors import GatewayError, GatewayProtocolError, GatewayServerError

PDF = b"%PDF-1.4\n" + bytes(range(256)) * 40 + b"\n%%EOF\n"


def client_for(url, **kwargs):
    sleeps = []
    kwargs.setdefault("retries", 2)
    return GatewayClient(url, "t", sleep=sleeps.append, jitter=lambda: 1.0, **kwargs), sleeps


def test_bytes_come_back_unencoded_and_errors_decode_as_json(impostor):
    client, sleeps = client_for(impostor.url)
    impostor.answers.append((503, {}, b""))
    impostor.answers.append((200, {"Content-Type": "application/pdf"}, PDF))
    assert client.get_bytes("issuance/x/documents/1", accept="application/pdf") == PDF
    assert len(sleeps) == 1  # the 503 was retried
    method, path, headers = impostor.requests[-1]
    assert (method, path) == ("GET", "/api/v1/issuance/x/documents/1")
    assert headers["Accept-Encoding"] == "identity"
    assert headers["Accept"].startswith("application/pdf")
    gone = json.dumps({"error": {"code": "document_gone", "message": "settled"}}).encode()
    impostor.answers.append((410, {"Content-Type": "application/json"}, gone))
    with pytest.raises(GatewayError) as err:
        client.get_bytes("issuance/x/documents/1")
    assert (err.value.status, err.value.code) == (410, "document_gone")
    impostor.answers.extend([(500, {}, b"")] * 3)
    with pytest.raises(GatewayServerError):
        client.get_bytes("issuance/x/documents/1")


def test_bytes_are_bounded_and_must_not_be_encoded(impostor):
    client, _ = client_for(impostor.url, retries=0, max_wire_bytes=1000)
    impostor.answers.append((200, {}, PDF))
    with pytest.raises(GatewayProtocolError, match="over the"):
        client.get_bytes("issuance/x/documents/1")
    impostor.answers.append((200, {"Content-Encoding": "gzip"}, b"x" * 10))
    with pytest.raises(GatewayProtocolError, match="encoded"):
        client.get_bytes("issuance/x/documents/1")
