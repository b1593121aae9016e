"""Forks one sync-and-outbox run per command and SIGKILLs it after the given delay.

Reads JSON commands on stdin, answers one JSON line per trial. Forking from this already
warmed-up process keeps each trial short, so hundreds of kills fit in the test suite.
"""

from __future__ import annotations

import json
import os
import signal
import sys
import time
from pathlib import Path

from offline_cache.client import GatewayClient
from offline_cache.outbox import Outbox
from offline_cache.store import Store
from offline_cache.sync import Syncer


def run(command: dict) -> None:
    """The work a terminal does: queue writes, deliver them, sync."""
    store, _moved = Store.open(Path(command["db"]))
    client = GatewayClient(command["url"], command["token"], retries=2, backoff_s=0.01)
    outbox = Outbox(store, client)
    for i in range(command["items"]):
        outbox.enqueue("counters", {"counts": {f"t{command['trial']}.{i}": 1}})
    outbox.deliver()
    Syncer(store, client).sync_all(only=["jobs"])


def main() -> None:
    for line in sys.stdin:
        command = json.loads(line)
        pid = os.fork()
        if pid == 0:
            code = 0
            try:
                run(command)
            except BaseException as err:
                print(f"trial failed: {type(err).__name__}: {err}", file=sys.stderr, flush=True)
                code = 3
            os._exit(code)
        deadline = time.monotonic() + command["delay"]
        finished = 0
        while time.monotonic() < deadline:
            finished, status = os.waitpid(pid, os.WNOHANG)
            if finished:
                break
            time.sleep(0.001)
        if not finished:
            os.kill(pid, signal.SIGKILL)
            _, status = os.waitpid(pid, 0)
        result = {
            "killed": os.WIFSIGNALED(status),
            "code": os.WEXITSTATUS(status) if os.WIFEXITED(status) else None,
        }
        print(json.dumps(result), flush=True)


if __name__ == "__main__":
    main()
