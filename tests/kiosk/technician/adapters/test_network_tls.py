"""The status page's gateway check names each TLS and token refusal as the kiosk's banner does."""

from __future__ import annotations

import datetime as dt
import gc
import warnings

import pytest

from gateway.terminals import add_terminal
from kiosk.technician.adapters.system import check_network
from offline_cache.tls import GatewayTls
from tests.pki import Pki, tls_gateway

TERMINAL = "test-kiosk-01"


@pytest.fixture
def pki(tmp_path):
    return Pki.make(tmp_path / "pki")


@pytest.fixture
def mutual(tmp_path, pki):
    """A gateway on TLS from the city CA that asks terminals for a client certificate."""
    cert, key = pki.issue("gateway", "127.0.0.1")
    gateway = tls_gateway(tmp_path / "mutual", cert, key, pki.city_ca, token_cache_s=0.0)
    yield gateway
    with warnings.catch_warnings():  # asyncio's refused handshakes, collected late
        warnings.simplefilter("ignore", ResourceWarning)
        gateway.stop()
        gc.collect()


@pytest.mark.parametrize(
    ("case", "key"),
    [
        ("unknown_ca", "gateway.certificate_unknown_ca"),
        ("expired", "gateway.certificate_expired"),
        ("wrong_host", "gateway.certificate_wrong_host"),
    ],
)
def test_a_server_certificate_problem_is_named(tmp_path, pki, case, key):
    now = dt.datetime.now(dt.UTC)
    ca_file = pki.city_ca
    if case == "unknown_ca":
        files = pki.issue("gateway", "127.0.0.1")
        ca_file = pki.other_ca
    elif case == "expired":
        old = {"not_before": now - dt.timedelta(days=400), "not_after": now - dt.timedelta(days=1)}
        files = pki.issue("gateway", "127.0.0.1", **old)
    else:
        files = pki.issue("gateway", "gateway.hanamizuki.example")
    gateway = tls_gateway(tmp_path / case, *files)
    try:
        network = check_network(gateway.url, GatewayTls(ca_file=ca_file))
        assert (network.reachable, network.tls_ok, network.problem) == (False, False, key)
    finally:
        gateway.stop()


def test_mutual_tls_refusals_are_named_and_the_terminals_own_certificate_passes(pki, mutual):
    own = GatewayTls(pki.city_ca, *pki.issue("kiosk", TERMINAL))
    assert check_network(mutual.url, own, token=lambda: mutual.token).problem == ""

    bare = GatewayTls(ca_file=pki.city_ca)
    network = check_network(mutual.url, bare, token=lambda: mutual.token)
    assert network.reachable and network.problem == "gateway.client_certificate_required"

    foreign = GatewayTls(pki.city_ca, *pki.issue("foreign", TERMINAL, ca=pki.other))
    network = check_network(mutual.url, foreign, token=lambda: mutual.token)
    assert network.problem == "gateway.client_certificate_refused"

    add_terminal(mutual.engine, "test-kiosk-02")
    another = GatewayTls(pki.city_ca, *pki.issue("kiosk-2", "test-kiosk-02"))
    network = check_network(mutual.url, another, token=lambda: mutual.token)
    assert network.problem == "gateway.client_certificate_mismatch"

    network = check_network(mutual.url, own, token=lambda: "not-a-token")
    assert network.problem == "gateway.unauthorized"
    assert check_network(mutual.url, own, token=lambda: None).problem == ""  # no token to check
