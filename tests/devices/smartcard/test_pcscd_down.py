"""pcscd not running: every call says so with its own error and key."""

from __future__ import annotations

import json
import os
import subprocess
import sys

PROBE = """
import json
from devices.registry import open_device
from devices.smartcard.errors import CardError
reader = open_device("card_reader", "pcsc://?reader=Virtual%20PCD")
out = {}
for name, call in [("readers", reader.readers), ("present", reader.card_present),
                   ("transaction", lambda: reader.transaction().__enter__())]:
    try:
        call()
        out[name] = "no error"
    except CardError as err:
        out[name] = [type(err).__name__, err.key, str(err)]
out["health"] = [reader.health().available, reader.health().reason]
reader.close()
print(json.dumps(out))
"""


def test_pcscd_not_running_is_its_own_error(tmp_path):
    env = dict(os.environ, PCSCLITE_CSOCK_NAME=str(tmp_path / "no-pcscd.comm"))
    done = subprocess.run(
        [sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    for name in ("readers", "present", "transaction"):
        kind, key, message = result[name]
        assert (kind, key) == ("PcscUnavailableError", "card.pcsc_unavailable")
        assert "pcscd" in message
    assert result["health"] == [False, "card.pcsc_unavailable"]


WATCH = """
import json, threading
from devices.smartcard.pcsc import PcscCardReader
reader = PcscCardReader()
seen = threading.Event()
events = []
def on_event(event):
    events.append(event.kind.value)
    seen.set()
reader.subscribe(on_event)
seen.wait(20)
reader.close()
print(json.dumps({"events": events, "threads": threading.active_count()}))
"""


def test_the_event_watcher_reports_the_service_lost_and_stops(tmp_path):
    env = dict(os.environ, PCSCLITE_CSOCK_NAME=str(tmp_path / "no-pcscd.comm"))
    done = subprocess.run(
        [sys.executable, "-c", WATCH], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["events"][:1] == ["service_lost"]
    assert result["threads"] == 1
