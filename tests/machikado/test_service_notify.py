"""``machikado kiosk`` and ``machikado signage`` under a NOTIFY_SOCKET, as their units run them.

The kiosk's embedded gateway is its child: it must not inherit the socket, or its own READY
would tell systemd the kiosk is up before anything is on screen.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from tests.notify_socket import NotifySocket

PERIOD_USEC = 400_000  # a ping every 0.2 s


@pytest.fixture
def listener(tmp_path):
    sock = NotifySocket(tmp_path / "notify")
    yield sock
    sock.close()


def test_the_kiosk_is_ready_at_its_first_frame_and_feeds_the_watchdog(tmp_path, listener):
    config = tmp_path / "machikado.toml"
    config.write_text(f'[cache]\ndata_dir = "{tmp_path / "data"}"\n', encoding="utf-8")
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        NOTIFY_SOCKET=listener.address,
        WATCHDOG_USEC=str(PERIOD_USEC),
    )
    log = (tmp_path / "kiosk.log").open("w")
    process = subprocess.Popen(
        [sys.executable, "-m", "machikado", "kiosk", "--windowed", "--config", str(config)],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        ready = listener.wait_for("READY=1", timeout=120)
        time.sleep(1.0)
        process.send_signal(signal.SIGTERM)
        assert process.wait(60) == 0, (tmp_path / "kiosk.log").read_text()
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        log.close()
    text = (tmp_path / "kiosk.log").read_text()
    assert "first frame shown" in text
    listener.wait_for("STOPPING=1")
    said = [message for _, message in listener.received()]
    # One READY, the kiosk's: the embedded gateway (its child) stayed silent.
    assert [m for m in said if "READY=1" in m.splitlines()] == [
        "READY=1\nSTATUS=kiosk demo-kiosk-01"
    ]
    assert len([at for at, m in listener.received() if m == "WATCHDOG=1" and at > ready]) >= 3
