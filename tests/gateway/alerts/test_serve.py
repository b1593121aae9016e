"""``machikado gateway --config`` with ``[alerts]`` enabled polls its feeds as it serves."""

import socket
import subprocess
import sys
import time

import requests

from gateway.alerts.operators import add_operator
from gateway.storage import create_db_engine, migrate
from tests.content.alerts.samples import sample
from tests.gateway.alerts.feedserver import atom


def test_the_serving_gateway_polls_and_files_what_concerns_the_city(tmp_path, feeds):
    rain = feeds.publish(
        "/developer/xml/data/20260714061208_0_VPWW54_130000.xml",
        sample("jma/vpww54_tokyo_heavy_rain.xml"),
    )
    feeds.publish("/feed/extra.xml", atom([(rain, "気象警報・注意報", "2026-07-14T06:12:08Z")]))
    config = tmp_path / "machikado.toml"
    config.write_text(
        f'[alerts]\nenabled = true\njma_feeds = ["{feeds.url}/feed/extra.xml"]\n'
        "request_gap_s = 0\n",
        encoding="utf-8",
    )
    db = f"sqlite:///{tmp_path / 'g.db'}"
    engine = create_db_engine(db)
    migrate(engine)
    token = add_operator(engine, "bousai-desk")
    engine.dispose()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen(
        [sys.executable, "-m", "machikado", "gateway", "--db", db, "--no-sample",
         "--config", str(config), "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        keys: list[str] = []
        while "jma:weather:1322900:heavy_rain" not in keys:
            assert time.monotonic() < deadline and server.poll() is None
            try:
                reply = requests.get(
                    f"http://127.0.0.1:{port}/api/v1/alerts",
                    headers={"Authorization": f"Bearer {token}"},
                    timeout=2,
                )
                keys = [a["key"] for a in reply.json()["alerts"]]
            except requests.ConnectionError:
                pass
            time.sleep(0.1)
        assert feeds.requests["/developer/xml/data/20260714061208_0_VPWW54_130000.xml"] == 1
    finally:
        server.terminate()
        server.wait(30)
        server.stderr.close()
