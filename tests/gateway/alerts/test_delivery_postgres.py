"""Two gateway processes on one private PostgreSQL: an alert filed through either reaches the
terminal listeners connected to both (PostgreSQL NOTIFY between the processes)."""

import itertools
import socket
import subprocess
import sys

import requests

from gateway.alerts.operators import add_operator
from offline_cache.sse import close_stream
from tests.offline_cache.faults import wait_until
from tests.offline_cache.test_alerts import WAIT_S, cancel, issue, listen, listeners  # noqa: F401
from tools.rigs.gateway import LiveGateway

_names = itertools.count()


def _free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_two_gateway_processes_on_postgresql_deliver_to_listeners_of_both(
    postgres,
    tmp_path,
    listeners,  # noqa: F811
):
    url = postgres.fresh_database(f"alert_fanout_{next(_names)}")
    here = LiveGateway(tmp_path, url=url, sample=False).start()
    operator = add_operator(here.engine, "bousai-desk")
    port = _free_port()
    there = subprocess.Popen(
        [sys.executable, "-m", "machikado", "gateway", "--db", url, "--no-sample",
         "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )  # fmt: skip
    there_url = f"http://127.0.0.1:{port}"
    try:
        wait_until(lambda: _answers(there_url) or there.poll() is not None, 60)
        assert there.poll() is None, there.stderr.read().decode()[-2000:]
        near = listen(listeners, here.url, here.token, tmp_path / "near.db")
        far = listen(listeners, there_url, here.token, tmp_path / "far.db")
        assert near.connected.wait(WAIT_S) and far.connected.wait(WAIT_S)
        here.operator = operator
        on_there = issue(_At(there_url, operator), headline="別の処理で受けた避難指示")
        for listener in (near, far):
            listener.seen.until(lambda keys: on_there["key"] in keys)
        on_here = issue(here, headline="こちらで受けた避難指示")
        for listener in (near, far):
            listener.seen.until(lambda keys: on_here["key"] in keys)
        cancel(_At(there_url, operator), on_here["id"])
        for listener in (near, far):
            listener.seen.until(lambda keys: keys == [on_there["key"]])
    finally:
        for listener in listeners:
            listener.stop()
        there.terminate()
        there.wait(30)
        there.stderr.close()
        here.stop()


class _At:
    def __init__(self, url, operator):
        self.url, self.operator = url, operator


def _answers(url):
    try:
        return requests.get(f"{url}/api/v1/health", timeout=1).status_code == 200
    except requests.RequestException:
        return False


def test_ids_and_keys_at_the_edge_are_answered_on_postgresql(postgres, tmp_path):
    live = LiveGateway(tmp_path, url=postgres.fresh_database(f"alert_ids_{next(_names)}"))
    live.start()
    try:
        for last_id in ("2147483647", "2147483648", "0"):
            headers = {**live.headers(), "Last-Event-ID": last_id}
            with requests.get(
                f"{live.url}/api/v1/alerts/stream", headers=headers, stream=True, timeout=10
            ) as answer:
                assert answer.status_code == 200, (last_id, answer.text)
                close_stream(answer)
        operator = {"Authorization": f"Bearer {add_operator(live.engine, 'bousai-desk')}"}
        for key in ("city:%00", "x" * 400):
            answer = requests.get(
                f"{live.url}/api/v1/alerts/coverage/{key}", headers=operator, timeout=10
            )
            assert answer.status_code == 404, answer.text
    finally:
        live.stop()
