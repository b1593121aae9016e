"""The gateway under systemd: READY=1 once it answers, WATCHDOG=1 from its event loop, STOPPING."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import subprocess
import sys
import threading
import time

import pytest
import requests

from content.sd_notify import Notifier
from gateway.app import create_app
from gateway.server import server_config
from gateway.service_notify import NotifyingServer
from gateway.storage import create_db_engine, migrate
from tests.notify_socket import NotifySocket

PERIOD_USEC = 200_000  # WatchdogSec=0.2 s: a ping every 0.1 s


@pytest.fixture
def listener(tmp_path):
    sock = NotifySocket(tmp_path / "notify")
    yield sock
    sock.close()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_machikado_gateway_says_ready_once_it_answers_and_stopping_on_sigterm(tmp_path, listener):
    port = free_port()
    env = dict(
        os.environ,
        NOTIFY_SOCKET=listener.address,
        WATCHDOG_USEC=str(PERIOD_USEC),
        WATCHDOG_PID="1",
    )
    command = [sys.executable, "-m", "machikado", "gateway", "--port", str(port)]
    command += ["--db", f"sqlite:///{tmp_path / 'gateway.db'}"]
    log = (tmp_path / "gateway.log").open("w")
    gateway = subprocess.Popen(command, env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        listener.wait_for("READY=1", timeout=60)
        # Ready means serving: the first request after READY is answered.
        assert requests.get(f"http://127.0.0.1:{port}/api/v1/health", timeout=5).status_code == 200
        time.sleep(0.5)
        ready = listener.arrival("READY=1")
        assert len([at for at, m in listener.received() if m == "WATCHDOG=1" and at > ready]) >= 3
        gateway.send_signal(signal.SIGTERM)
        # uvicorn shuts down in order, then ends by the signal it caught (clean for systemd).
        assert gateway.wait(30) in (0, -signal.SIGTERM), (tmp_path / "gateway.log").read_text()
    finally:
        if gateway.poll() is None:
            gateway.kill()
            gateway.wait()
        log.close()
    listener.wait_for("STOPPING=1")
    ready = [m for _, m in listener.received() if "READY=1" in m.splitlines()]
    assert ready == ["READY=1\nSTATUS=serving"]


def test_pings_stop_while_the_event_loop_is_blocked(tmp_path, listener):
    engine = create_db_engine(f"sqlite:///{tmp_path / 'gateway.db'}")
    migrate(engine)
    config = server_config(create_app(engine), "127.0.0.1", free_port())
    config.lifespan = "off"
    server = NotifyingServer(config, Notifier(listener.address, PERIOD_USEC))
    loops: list[asyncio.AbstractEventLoop] = []

    def run() -> None:
        async def main() -> None:
            loops.append(asyncio.get_running_loop())
            await server.serve()

        asyncio.run(main())

    thread = threading.Thread(target=run, name="gateway")
    thread.start()
    try:
        listener.wait_for("READY=1", timeout=30)
        time.sleep(0.5)
        blocked = time.monotonic()
        # A request handler that blocks the loop for a second.
        loops[0].call_soon_threadsafe(time.sleep, 1.0)
        time.sleep(1.0)
        resumed = time.monotonic()
        time.sleep(0.5)
        arrivals = [at for at, m in listener.received() if m == "WATCHDOG=1"]
        assert [at for at in arrivals if blocked + 0.15 < at < resumed - 0.05] == []
        assert len([at for at in arrivals if at > resumed]) >= 3
    finally:
        server.should_exit = True
        thread.join(30)
        engine.dispose()
