"""Behind a reverse proxy: forwarded headers and client certificates believed only from it."""

from __future__ import annotations

import base64
import ssl
import subprocess
import sys
import time
from urllib.parse import quote

import pytest
import requests

from gateway.terminals import add_terminal
from machikado.cli import main
from tests.pki import Pki
from tools.rigs.gateway import LiveGateway


@pytest.fixture
def pki(tmp_path):
    return Pki.make(tmp_path / "pki")


def _pem(path) -> str:
    return path.read_text(encoding="ascii").split("-----END CERTIFICATE-----")[0] + (
        "-----END CERTIFICATE-----\n"
    )


def _gateway(tmp_path, proxies):
    folder = tmp_path / "gateway"
    folder.mkdir()
    return LiveGateway(folder, trusted_proxies=proxies, proxy_client_certs=True).start()


def _me(gateway, **headers):
    return requests.get(
        f"{gateway.url}/api/v1/terminals/me", headers={**gateway.headers(), **headers}, timeout=10
    )


def test_a_forwarded_certificate_must_name_the_tokens_terminal(tmp_path, pki):
    gateway = _gateway(tmp_path, ("127.0.0.1",))
    try:
        add_terminal(gateway.engine, "test-kiosk-02")
        own = _pem(pki.issue("own", "test-kiosk-01")[0])
        other = _pem(pki.issue("other", "test-kiosk-02")[0])
        assert _me(gateway, **{"X-Client-Cert": quote(own)}).status_code == 200  # nginx
        der = base64.b64encode(ssl.PEM_cert_to_DER_cert(own)).decode()
        assert _me(gateway, **{"X-Client-Cert": der}).status_code == 200  # base64 DER
        refusals = {
            "none": _me(gateway),
            "garbage": _me(gateway, **{"X-Client-Cert": "not a certificate"}),
            "other": _me(gateway, **{"X-Client-Cert": quote(other)}),
        }
        codes = {case: answer.json()["error"]["code"] for case, answer in refusals.items()}
        assert {answer.status_code for answer in refusals.values()} == {403}
        assert codes == {
            "none": "client_certificate_required",
            "garbage": "client_certificate_required",
            "other": "client_certificate_mismatch",
        }
        # public routes need no certificate
        assert requests.get(f"{gateway.url}/api/v1/health", timeout=10).status_code == 200
    finally:
        gateway.stop()


def test_the_header_from_anyone_but_the_proxy_is_ignored(tmp_path, pki):
    gateway = _gateway(tmp_path, ("192.0.2.1",))  # this test's 127.0.0.1 is not the proxy
    try:
        own = _pem(pki.issue("own", "test-kiosk-01")[0])
        answer = _me(gateway, **{"X-Client-Cert": quote(own)})
        assert answer.status_code == 403
        assert answer.json()["error"]["code"] == "client_certificate_required"
    finally:
        gateway.stop()


def test_the_command_line_refuses_bad_tls_options(tmp_path, capsys, pki):
    db = f"sqlite:///{tmp_path / 'g.db'}"
    cert, key = pki.issue("gateway", "127.0.0.1")
    cases = [
        (["--tls-cert", str(cert)], "--tls-cert and --tls-key go together"),
        (["--client-ca", str(pki.city_ca)], "--client-ca needs --tls-cert"),
        (
            ["--tls-cert", str(cert), "--tls-key", str(tmp_path / "none.key")],
            f"--tls-key {tmp_path / 'none.key'}: no such file",
        ),
        (
            ["--tls-cert", str(tmp_path / "none.pem"), "--tls-key", str(key)],
            f"--tls-cert {tmp_path / 'none.pem'}: no such file",
        ),
        (["--tls-cert", str(key), "--tls-key", str(key)], "not a certificate"),
        (
            ["--tls-cert", str(cert), "--tls-key", str(key), "--client-ca", str(key)],
            "--client-ca",
        ),
        (["--trusted-proxy", "nginx.local"], "not an IP address or network"),
        (["--proxy-client-certs"], "--proxy-client-certs needs --trusted-proxy"),
    ]
    for options, message in cases:
        code = main(["gateway", "--db", db, *options])
        err = capsys.readouterr().err
        assert code == 2 and message in err, (options, err)


def test_the_gateway_command_serves_tls(tmp_path, pki):
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    cert, key = pki.issue("gateway", "127.0.0.1")
    db = f"sqlite:///{tmp_path / 'g.db'}"
    command = [sys.executable, "-m", "machikado", "gateway", "--db", db]
    server = subprocess.Popen(
        [*command, "--port", str(port), "--tls-cert", str(cert), "--tls-key", str(key)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                answer = requests.get(
                    f"https://127.0.0.1:{port}/api/v1/health", verify=str(pki.city_ca), timeout=2
                )
                break
            except requests.ConnectionError:
                assert server.poll() is None and time.monotonic() < deadline
                time.sleep(0.1)
        assert answer.status_code == 200
        with pytest.raises(requests.ConnectionError):
            requests.get(f"http://127.0.0.1:{port}/api/v1/health", timeout=2)
    finally:
        server.terminate()
        server.communicate(timeout=30)


def test_plain_http_beyond_loopback_is_logged_as_insecure(tmp_path, pki, caplog):
    import logging

    from gateway.app import create_app
    from gateway.server import server_config
    from gateway.storage import create_db_engine, migrate
    from gateway.tls import TlsSettings

    engine = create_db_engine(f"sqlite:///{tmp_path / 'g.db'}")
    migrate(engine)
    cert, key = pki.issue("gateway", "gateway.hanamizuki.example")
    try:
        with caplog.at_level(logging.WARNING, logger="machikado.gateway"):
            server_config(create_app(engine), "127.0.0.1")
            server_config(create_app(engine), "0.0.0.0", tls=TlsSettings(cert, key))
            assert "INSECURE" not in caplog.text
            server_config(create_app(engine), "0.0.0.0")
        assert "INSECURE: serving plain HTTP on 0.0.0.0" in caplog.text
    finally:
        engine.dispose()
