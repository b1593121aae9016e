"""``machikado outbox dead-letters``: what the gateway refused, listed as text or JSON."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from offline_cache.client import GatewayClient
from offline_cache.outbox import Outbox
from offline_cache.store import Store
from tools.rigs.gateway import LiveGateway

ROOT = Path(__file__).resolve().parents[2]


def machikado(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MACHIKADO_")}
    return subprocess.run(
        [sys.executable, "-m", "machikado", "--log-level", "WARNING", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.fixture
def terminal(tmp_path):
    """A terminal's config and data folder whose kiosk outbox holds one refused write."""
    data = tmp_path / "data"
    config = tmp_path / "machikado.toml"
    config.write_text(f'[cache]\ndata_dir = "{data}"\n', encoding="utf-8")
    gateway = LiveGateway(tmp_path).start()
    store, _ = Store.open(data / "cache.db")
    try:
        outbox = Outbox(store, GatewayClient(gateway.url, gateway.token))
        key = outbox.enqueue("counters", {"counts": {"Bad Name": 1}})
        outbox.enqueue("counters", {"counts": {"prints": 1}})
        assert outbox.deliver().failed == 1
    finally:
        store.close()
        gateway.stop()
    return config, data, key


def test_dead_letters_are_listed_with_the_gateways_answer(terminal):
    config, data, key = terminal
    result = machikado("outbox", "dead-letters", "--config", str(config))
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert f"kiosk ({data / 'cache.db'}): 1 refused write(s)" in out
    assert "counters  422 invalid_request:" in out
    assert f"1 attempt, key {key}" in out
    assert " JST" in out
    assert "Traceback" not in result.stderr


def test_dead_letters_as_json(terminal):
    config, data, key = terminal
    result = machikado("outbox", "dead-letters", "--config", str(config), "--json")
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert document["stores"] == {"kiosk": str(data / "cache.db")}
    (letter,) = document["dead_letters"]["kiosk"]
    assert (letter["key"], letter["status"], letter["body"]) == (
        key,
        422,
        {"counts": {"Bad Name": 1}},
    )


def test_a_terminal_without_a_store_says_so(tmp_path):
    config = tmp_path / "machikado.toml"
    config.write_text(f'[cache]\ndata_dir = "{tmp_path / "none"}"\n', encoding="utf-8")
    result = machikado("outbox", "dead-letters", "--config", str(config))
    assert result.returncode == 0
    assert "No outbox store yet" in result.stdout


def test_an_unreadable_store_is_named(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "cache.db").write_bytes(b"this is not a database at all" * 100)
    config = tmp_path / "machikado.toml"
    config.write_text(f'[cache]\ndata_dir = "{data}"\n', encoding="utf-8")
    result = machikado("outbox", "dead-letters", "--config", str(config))
    assert result.returncode == 1
    assert f"cannot read the outbox store {data / 'cache.db'}" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_dead_letter_is_queued_again_and_then_delivered(terminal, tmp_path):
    config, data, key = terminal
    unknown = machikado("outbox", "requeue", "--config", str(config), "no-such-key")
    assert unknown.returncode == 1 and "no dead letter with key no-such-key" in unknown.stderr
    result = machikado("outbox", "requeue", "--config", str(config), key)
    assert result.returncode == 0, result.stderr
    assert f"kiosk ({data / 'cache.db'}): 1 write(s) queued again: {key}" in result.stdout
    assert "next delivery run" in result.stdout
    listed = machikado("outbox", "dead-letters", "--config", str(config))
    assert "no refused writes" in listed.stdout
    store, _ = Store.open(data / "cache.db")
    try:
        (item,) = store.outbox()
        assert (item.key, item.body) == (key, {"counts": {"Bad Name": 1}})
    finally:
        store.close()
    again = machikado("outbox", "requeue", "--config", str(config), "--all")
    assert again.returncode == 0 and "No refused writes to queue again." in again.stdout
