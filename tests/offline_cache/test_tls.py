"""Terminal ↔ gateway over real TLS on 127.0.0.1, with a city CA made in the test.

Each refusal has its own message key: a wrong CA, an expired or not yet valid certificate and a
wrong host name on the gateway's side; a missing, foreign or other terminal's client
certificate on the terminal's. A token is rotated without one failed request.
"""

from __future__ import annotations

import datetime as dt
import gc
import logging
import os
import warnings

import pytest
import requests

from content.config import MachikadoConfig
from content.config.schema import build
from gateway.terminals import add_terminal, find_by_token
from offline_cache.client import GatewayClient
from offline_cache.errors import (
    ClientCertificateMismatchError,
    ClientCertificateRefusedError,
    ClientCertificateRequiredError,
)
from offline_cache.service import Callbacks, OfflineCache
from offline_cache.tls import GatewayTls
from offline_cache.token_file import TokenFile
from tests.offline_cache.faults import wait_until
from tests.pki import Pki, tls_gateway
from tools.rigs.gateway import LiveGateway

TERMINAL = "test-kiosk-01"


@pytest.fixture
def pki(tmp_path):
    return Pki.make(tmp_path / "pki")


def _gateway(tmp_path, cert, key, client_ca=None, **options) -> LiveGateway:
    return tls_gateway(tmp_path / "gateway", cert, key, client_ca, **options)


@pytest.fixture
def served(tmp_path, pki):
    """A gateway serving TLS with a certificate for 127.0.0.1 from the city CA."""
    gateway = _gateway(tmp_path, *pki.issue("gateway", "127.0.0.1", "localhost"))
    yield gateway
    gateway.stop()


@pytest.fixture(params=[0.0], ids=["uncached"])
def mutual(request, tmp_path, pki):
    """The same, asking terminals for a client certificate from the city CA."""
    cert, key = pki.issue("gateway", "127.0.0.1", "localhost")
    gateway = _gateway(tmp_path, cert, key, client_ca=pki.city_ca, token_cache_s=request.param)
    yield gateway
    # asyncio leaves the transport of a refused handshake to be collected, which closes its
    # socket with a ResourceWarning of the standard library's own
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        gateway.stop()
        gc.collect()


def _cache(tmp_path, gateway, tls, token=None) -> tuple[OfflineCache, list[str]]:
    problems: list[str] = []
    cache = OfflineCache(
        tmp_path / "terminal",
        gateway_url=gateway.url,
        token=token or gateway.token,
        tls=tls,
        terminal_id=TERMINAL,
        callbacks=Callbacks(problem=problems.append),
    )
    cache.open_store()
    return cache, problems


def _config(tmp_path, gateway, **keys) -> MachikadoConfig:
    token_file = tmp_path / "token"
    token_file.write_text(gateway.token + "\n", encoding="utf-8")
    table = {"url": gateway.url, "token_file": str(token_file), **keys}
    return build(MachikadoConfig, {"gateway": table}, source="machikado.toml")


def test_the_kiosk_syncs_over_https_with_the_city_ca(tmp_path, pki, served):
    config = _config(tmp_path, served, ca_file=str(pki.city_ca))
    cache, problems = _cache(tmp_path, served, GatewayTls.from_config(config.gateway))
    try:
        report = cache.run_once()
        assert report is not None and cache.online is True
        assert cache.notice_board().city["en"].startswith("Hanamizuki")
        assert cache.problem == "" and problems == []
    finally:
        cache.stop()


@pytest.mark.parametrize(
    ("case", "key"),
    [
        ("unknown_ca", "gateway.certificate_unknown_ca"),
        ("expired", "gateway.certificate_expired"),
        ("not_yet_valid", "gateway.certificate_not_yet_valid"),
        ("wrong_host", "gateway.certificate_wrong_host"),
        ("wrong_name", "gateway.certificate_wrong_host"),
    ],
)
def test_each_server_certificate_problem_has_its_own_key(tmp_path, pki, case, key):
    now = dt.datetime.now(dt.UTC)
    ca_file = pki.city_ca
    if case == "unknown_ca":
        files = pki.issue("gateway", "127.0.0.1")
        ca_file = pki.other_ca  # the terminal trusts another CA than the one that issued it
    elif case == "expired":
        files = pki.issue(
            "gateway",
            "127.0.0.1",
            not_before=now - dt.timedelta(days=400),
            not_after=now - dt.timedelta(days=1),
        )
    elif case == "not_yet_valid":
        files = pki.issue(
            "gateway",
            "127.0.0.1",
            not_before=now + dt.timedelta(days=2),
            not_after=now + dt.timedelta(days=400),
        )
    else:
        files = pki.issue("gateway", "gateway.hanamizuki.example")
    gateway = _gateway(tmp_path, *files)
    if case == "wrong_name":  # a host name, not an address, that the certificate does not name
        gateway.url = gateway.url.replace("127.0.0.1", "localhost")
    cache, problems = _cache(tmp_path, gateway, GatewayTls(ca_file=ca_file))
    try:
        key_queued = cache.heartbeat("1.0", {})
        assert cache.run_once() is None
        assert cache.online is False
        assert cache.problem == key and problems == [key]
        # nothing is lost: the heartbeat waits in the outbox, not among the refused
        assert cache.store.outbox_count("pending") == 1, key_queued
    finally:
        cache.stop()
        gateway.stop()


def test_the_problem_clears_once_the_gateway_is_trusted(tmp_path, pki, served):
    cache, problems = _cache(tmp_path, served, GatewayTls(ca_file=pki.other_ca))
    try:
        assert cache.run_once() is None
        cache.client.close()
        cache.client = None
        cache.tls = GatewayTls(ca_file=pki.city_ca)
        assert cache.run_once() is not None
        assert problems == ["gateway.certificate_unknown_ca", ""]
    finally:
        cache.stop()


def test_mutual_tls_accepts_the_terminals_own_certificate(tmp_path, pki, mutual):
    cert, key = pki.issue("terminal", TERMINAL)
    config = _config(
        tmp_path, mutual, ca_file=str(pki.city_ca), client_cert=str(cert), client_key=str(key)
    )
    cache, problems = _cache(tmp_path, mutual, GatewayTls.from_config(config.gateway))
    try:
        assert cache.run_once() is not None and problems == []
    finally:
        cache.stop()


def test_mutual_tls_refuses_a_missing_certificate_but_serves_public_routes(pki, mutual):
    client = GatewayClient(mutual.url, mutual.token, tls=GatewayTls(ca_file=pki.city_ca))
    try:
        with pytest.raises(ClientCertificateRequiredError) as refused:
            client.get("terminals/me")
        assert refused.value.key == "gateway.client_certificate_required"
        assert refused.value.status == 403
    finally:
        client.close()
    # a resident's phone has no client certificate: the public routes still answer
    health = requests.get(f"{mutual.url}/api/v1/health", verify=str(pki.city_ca), timeout=10)
    assert health.status_code == 200


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_mutual_tls_refuses_a_foreign_certificate(pki, mutual, method):
    """A write sees the refusal as an EOF in the TLS layer, a read as a dropped connection."""
    cert, key = pki.issue("foreign", TERMINAL, ca=pki.other)
    tls = GatewayTls(ca_file=pki.city_ca, client_cert=cert, client_key=key)
    client = GatewayClient(mutual.url, mutual.token, tls=tls, retries=1, sleep=lambda _s: None)
    try:
        for _ in range(5):  # which of the two the server's close lands on varies run to run
            with pytest.raises(ClientCertificateRefusedError) as refused:
                if method == "GET":
                    client.get("terminals/me")
                else:
                    client.post("heartbeat", {"software_version": "0.1.0"}, "k-1")
            assert refused.value.key == "gateway.client_certificate_refused"
    finally:
        client.close()


def test_mutual_tls_refuses_an_expired_client_certificate(pki, mutual):
    now = dt.datetime.now(dt.UTC)
    cert, key = pki.issue(
        "old",
        TERMINAL,
        not_before=now - dt.timedelta(days=400),
        not_after=now - dt.timedelta(days=1),
    )
    tls = GatewayTls(ca_file=pki.city_ca, client_cert=cert, client_key=key)
    client = GatewayClient(mutual.url, mutual.token, tls=tls, retries=0)
    try:
        with pytest.raises(ClientCertificateRefusedError):
            client.get("terminals/me")
    finally:
        client.close()


def test_mutual_tls_refuses_another_terminals_certificate_with_this_token(tmp_path, pki, mutual):
    add_terminal(mutual.engine, "test-kiosk-02")
    cert, key = pki.issue("kiosk-02", "test-kiosk-02")
    tls = GatewayTls(ca_file=pki.city_ca, client_cert=cert, client_key=key)
    cache, problems = _cache(tmp_path, mutual, tls)
    try:
        queued = cache.heartbeat("1.0", {})
        assert cache.run_once() is None
        assert problems == ["gateway.client_certificate_mismatch"]
        assert cache.store.outbox_count("pending") == 1, queued
    finally:
        cache.stop()
    client = GatewayClient(mutual.url, mutual.token, tls=tls)
    try:
        with pytest.raises(ClientCertificateMismatchError) as refused:
            client.get("terminals/me")
        assert "test-kiosk-02" in refused.value.message
    finally:
        client.close()


@pytest.mark.parametrize("mutual", [0.0, 5.0], ids=["uncached", "cached"], indirect=True)
def test_rotation_without_a_failed_request(tmp_path, pki, mutual):
    cert, key = pki.issue("terminal", TERMINAL)
    tls = GatewayTls(ca_file=pki.city_ca, client_cert=cert, client_key=key)
    token_file = tmp_path / "token"
    token_file.write_text(mutual.token, encoding="utf-8")
    client = GatewayClient(mutual.url, TokenFile(token_file, mutual.token), tls=tls, retries=0)
    answers = []
    try:
        answers.append(client.get("terminals/me").status)
        new = add_terminal(mutual.engine, TERMINAL, rotate=True)
        answers.append(client.get("terminals/me").status)  # still the old token: accepted
        staged = tmp_path / "token.new"
        staged.write_text(new + "\n", encoding="utf-8")
        os.replace(staged, token_file)  # how a technician puts the new token in place
        for _ in range(3):
            answers.append(client.get("terminals/me").status)
    finally:
        client.close()
    assert answers == [200] * 5
    assert find_by_token(mutual.engine, mutual.token) is None  # the old one stopped

    def old_token_answer() -> requests.Response:
        return requests.get(
            f"{mutual.url}/api/v1/terminals/me",
            headers=mutual.headers(),
            verify=str(pki.city_ca),
            cert=(str(cert), str(key)),
            timeout=10,
        )

    # at once, or once a gateway's token cache has let its entry go (a few seconds)
    wait_until(lambda: old_token_answer().status_code == 401, 15)
    assert old_token_answer().json()["error"]["code"] == "unknown_terminal"


def test_an_unreadable_token_file_keeps_the_last_token(tmp_path):
    path = tmp_path / "token"
    path.write_text("mkt_first", encoding="utf-8")
    tokens = TokenFile(path, "mkt_first")
    path.write_text("", encoding="utf-8")
    assert tokens() == "mkt_first"
    path.unlink()
    assert tokens() == "mkt_first"
    path.write_text("mkt_second\n", encoding="utf-8")
    assert tokens() == "mkt_second"


def test_a_proxys_refusal_of_the_client_certificate_is_named():
    from offline_cache.client import _raise_for

    body = {"error": {"code": "client_certificate_refused", "message": "not from the city CA"}}
    with pytest.raises(ClientCertificateRefusedError, match="not from the city CA"):
        _raise_for(403, body)


def test_a_signage_screen_names_a_certificate_problem_in_its_log(tmp_path, pki, served, caplog):
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from offline_cache.packages import PackageStore
    from offline_cache.signage import PackageFetcher

    store = PackageStore(
        tmp_path / "packages", Ed25519PrivateKey.generate().public_key(), max_bytes=1 << 20
    )
    client = GatewayClient(served.url, served.token, tls=GatewayTls(ca_file=pki.other_ca))
    try:
        with caplog.at_level(logging.WARNING, logger="machikado.offline_cache"):
            result = PackageFetcher(client, store).check()
    finally:
        client.close()
    assert (result.outcome, result.key) == ("failed", "gateway.certificate_unknown_ca")
    assert "gateway.certificate_unknown_ca" in caplog.text
