"""``[gateway]``: https beyond loopback, the city's CA and the terminal's client certificate."""

from __future__ import annotations

import logging

import pytest

from content.config import ConfigError, MachikadoConfig
from content.config.schema import build
from offline_cache.client import GatewayClient
from offline_cache.tls import GatewayTls
from tests.pki import Pki


def gateway(**keys):
    table = {"token_file": "/etc/machikado/gateway.token", **keys}
    return build(MachikadoConfig, {"gateway": table}, source="machikado.toml").gateway


def problems(**keys) -> dict[str, str]:
    with pytest.raises(ConfigError) as caught:
        gateway(**keys)
    return {p.path: p.message for p in caught.value.problems}


@pytest.fixture
def pki(tmp_path):
    return Pki.make(tmp_path / "pki")


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:8080", "http://127.8.9.10", "http://localhost:8080", "http://[::1]/"]
)
def test_plain_http_is_fine_on_loopback(url):
    assert gateway(url=url).url == url


@pytest.mark.parametrize("url", ["http://gateway.city.example", "http://10.1.2.3:8080"])
def test_plain_http_beyond_loopback_is_refused_naming_the_key(url):
    found = problems(url=url)
    assert list(found) == ["gateway.url"]
    assert "expected an https URL" in found["gateway.url"]
    assert "allow_insecure" in found["gateway.url"]


def test_a_lab_may_allow_plain_http_and_it_is_logged(caplog):
    config = gateway(url="http://gateway.lab.example:8080", allow_insecure=True)
    with caplog.at_level(logging.WARNING, logger="machikado.offline_cache"):
        GatewayClient(config.url, "mkt_x", tls=GatewayTls.from_config(config)).close()
    assert "INSECURE" in caplog.text and "gateway.lab.example" in caplog.text
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="machikado.offline_cache"):
        GatewayClient("https://gateway.city.example", "mkt_x").close()
        GatewayClient("http://127.0.0.1:8080", "mkt_x").close()
    assert "INSECURE" not in caplog.text


def test_the_citys_ca_and_a_client_certificate(pki):
    cert, key = pki.issue("terminal", "kiosk-01")
    config = gateway(
        url="https://gateway.city.example",
        ca_file=str(pki.city_ca),
        client_cert=str(cert),
        client_key=str(key),
    )
    tls = GatewayTls.from_config(config)
    assert tls.verify == str(pki.city_ca) and tls.cert == (str(cert), str(key))
    combined = pki.folder / "combined.pem"
    combined.write_text(cert.read_text() + key.read_text())
    alone = GatewayTls.from_config(gateway(url="https://g.example", client_cert=str(combined)))
    assert alone.cert == str(combined) and alone.verify is True


def test_bad_tls_files_are_named(pki, tmp_path):
    cert, key = pki.issue("terminal", "kiosk-01")
    _other_cert, other_key = pki.issue("other", "kiosk-02")
    url = "https://gateway.city.example"
    missing = str(tmp_path / "nowhere.pem")
    cases = [
        ({"ca_file": missing}, "gateway.ca_file", "cannot read"),
        ({"ca_file": str(key)}, "gateway.ca_file", "not a usable PEM file"),
        ({"client_key": str(key)}, "gateway.client_key", "without client_cert"),
        ({"client_cert": missing}, "gateway.client_cert", "cannot read"),
        ({"client_cert": str(cert)}, "gateway.client_cert", "no private key"),
        ({"client_cert": str(cert), "client_key": str(other_key)}, "gateway.client_key", "PEM"),
    ]
    for keys, path, message in cases:
        found = problems(url=url, **keys)
        assert list(found) == [path], keys
        assert message in found[path], (keys, found)
