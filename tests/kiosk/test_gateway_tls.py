"""The kiosk's own start-up path to a city gateway over mutual TLS, through a token rotation."""

from __future__ import annotations

import gc
import os
import warnings

import pytest

from content.config import load_config
from gateway.terminals import add_terminal, find_by_token
from kiosk.app import open_cache
from tests.pki import Pki, tls_gateway


@pytest.fixture
def city(tmp_path):
    pki = Pki.make(tmp_path / "pki")
    cert, key = pki.issue("gateway", "127.0.0.1")
    gateway = tls_gateway(tmp_path / "gateway", cert, key, client_ca=pki.city_ca)
    yield gateway, pki
    with warnings.catch_warnings():  # see tests/offline_cache/test_tls.py
        warnings.simplefilter("ignore", ResourceWarning)
        gateway.stop()
        gc.collect()


def test_the_kiosk_syncs_with_the_city_ca_and_moves_to_a_rotated_token(tmp_path, city):
    gateway, pki = city
    cert, key = pki.issue("terminal", "test-kiosk-01")
    token_file = tmp_path / "gateway.token"
    token_file.write_text(gateway.token + "\n", encoding="utf-8")
    toml = tmp_path / "machikado.toml"
    toml.write_text(
        f"""[terminal]
id = "test-kiosk-01"

[gateway]
url = "{gateway.url}"
token_file = "{token_file}"
ca_file = "{pki.city_ca}"
client_cert = "{cert}"
client_key = "{key}"

[cache]
data_dir = "{tmp_path / "data"}"
""",
        encoding="utf-8",
    )
    config, _ = load_config(toml, environ={})
    cache = open_cache(config)
    try:
        assert cache.run_once() is not None
        assert cache.notice_board().city["en"].startswith("Hanamizuki")
        new = add_terminal(gateway.engine, "test-kiosk-01", rotate=True)
        cache.heartbeat("1.0", {})
        assert cache.run_once() is not None  # the old token, still valid
        staged = tmp_path / "gateway.token.new"
        staged.write_text(new + "\n", encoding="utf-8")
        os.replace(staged, token_file)
        cache.heartbeat("1.0", {})
        assert cache.run_once() is not None  # the new one, read from the file
        assert cache.store.outbox_count("pending") == 0
        assert cache.problem == ""
    finally:
        cache.stop()
    assert find_by_token(gateway.engine, gateway.token) is None
    assert find_by_token(gateway.engine, new).id == "test-kiosk-01"
