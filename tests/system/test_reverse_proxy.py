"""The README's reverse proxy: Debian's nginx with packaging/nginx/machikado-gateway.conf in front
of the gateway, terminals' client certificates checked by nginx and matched to tokens by the
gateway."""

from __future__ import annotations

import datetime as dt
import shutil
import socket
import subprocess
import time
from pathlib import Path
from urllib.parse import quote

import pytest
import requests

from gateway.terminals import add_terminal, terminal_status
from offline_cache.client import GatewayClient
from offline_cache.errors import (
    ClientCertificateMismatchError,
    ClientCertificateRefusedError,
    ClientCertificateRequiredError,
)
from offline_cache.tls import GatewayTls
from tests.pki import Pki
from tools.rigs.gateway import LiveGateway

SITE = Path(__file__).resolve().parents[2] / "packaging" / "nginx" / "machikado-gateway.conf"
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _site(folder: Path, tls: Path, listen: int, upstream: int) -> str:
    """The packaged site with this test's port, upstream and certificate folder."""
    text = SITE.read_text(encoding="utf-8")
    for old, new in (
        ("    listen [::]:443 ssl;\n", ""),
        ("listen 443 ssl;", f"listen 127.0.0.1:{listen} ssl;"),
        ("/etc/machikado/tls/", f"{tls}/"),
        ("http://127.0.0.1:8080", f"http://127.0.0.1:{upstream}"),
    ):
        assert old in text, f"{SITE.name} no longer has {old!r}"
        text = text.replace(old, new)
    return text


@pytest.fixture
def proxied(tmp_path):
    assert Path(NGINX).exists(), "nginx is missing: run 'make setup' (Debian's nginx-light)"
    pki = Pki.make(tmp_path / "tls")  # city-ca.pem, and gateway.pem/.key as the site names them
    pki.issue("gateway", "127.0.0.1", "localhost")
    folder = tmp_path / "gateway"
    folder.mkdir()
    gateway = LiveGateway(folder, trusted_proxies=("127.0.0.1",), proxy_client_certs=True).start()
    prefix = tmp_path / "nginx"
    (prefix / "logs").mkdir(parents=True)
    listen = _free_port()
    conf = prefix / "nginx.conf"
    conf.write_text(
        f"""user root;
pid {prefix}/nginx.pid;
error_log {prefix}/logs/error.log;
events {{}}
http {{
    access_log {prefix}/logs/access.log;
    client_body_temp_path {prefix}/body;
    proxy_temp_path {prefix}/proxy;
{_site(prefix, pki.folder, listen, gateway.port)}
}}
""",
        encoding="utf-8",
    )
    nginx = subprocess.Popen(
        [NGINX, "-p", str(prefix), "-c", str(conf), "-g", "daemon off;"],
        stderr=subprocess.PIPE,
    )
    url = f"https://127.0.0.1:{listen}"
    deadline = time.monotonic() + 30
    while True:
        try:
            requests.get(f"{url}/api/v1/health", verify=str(pki.city_ca), timeout=2)
            break
        except requests.ConnectionError:
            assert nginx.poll() is None, nginx.stderr.read().decode()
            assert time.monotonic() < deadline, "nginx did not start"
            time.sleep(0.05)
    yield url, gateway, pki
    nginx.terminate()
    nginx.communicate(timeout=30)
    gateway.stop()


def _client(url, gateway, pki, name=None, *identities, **options) -> GatewayClient:
    """A terminal's client showing a certificate issued now (none without ``name``)."""
    cert = key = None
    if name is not None:
        cert, key = pki.issue(name, *identities, **options)
    tls = GatewayTls(ca_file=pki.city_ca, client_cert=cert, client_key=key)
    return GatewayClient(url, gateway.token, tls=tls, retries=0)


def test_through_nginx_each_client_certificate_gets_its_answer(proxied):
    url, gateway, pki = proxied
    add_terminal(gateway.engine, "test-kiosk-02")
    own = _client(url, gateway, pki, "own", "test-kiosk-01")
    try:
        assert own.get("terminals/me").payload["id"] == "test-kiosk-01"
    finally:
        own.close()
    assert terminal_status(gateway.engine, "test-kiosk-01").last_address == "127.0.0.1"
    past = dt.datetime.now(dt.UTC) - dt.timedelta(days=1)
    refusals = [
        (ClientCertificateRequiredError, _client(url, gateway, pki)),
        (
            ClientCertificateRefusedError,
            _client(url, gateway, pki, "foreign", "test-kiosk-01", ca=pki.other),
        ),
        (
            ClientCertificateRefusedError,
            _client(
                url,
                gateway,
                pki,
                "expired",
                "test-kiosk-01",
                not_before=past - dt.timedelta(days=365),
                not_after=past,
            ),
        ),
        (ClientCertificateMismatchError, _client(url, gateway, pki, "kiosk-02", "test-kiosk-02")),
    ]
    for refusal, client in refusals:
        try:
            with pytest.raises(refusal):
                client.get("terminals/me")
        finally:
            client.close()
    # a client without a certificate cannot pass one in the header itself: nginx replaces it
    forged = quote((pki.folder / "own.pem").read_text(encoding="ascii"))
    answer = requests.get(
        f"{url}/api/v1/terminals/me",
        headers={"Authorization": f"Bearer {gateway.token}", "X-Client-Cert": forged},
        verify=str(pki.city_ca),
        timeout=10,
    )
    assert answer.status_code == 403
    assert answer.json()["error"]["code"] == "client_certificate_required"
    # a resident's phone: no client certificate, and the public routes answer
    assert requests.get(f"{url}/api/v1/health", verify=str(pki.city_ca), timeout=10).ok
