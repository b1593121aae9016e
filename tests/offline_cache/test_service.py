"""The OfflineCache facade: embedded gateway child process, worker thread, callbacks."""

import socket
import sys
import threading

from gateway.telemetry import terminal_state
from offline_cache.service import Callbacks, OfflineCache
from tests.offline_cache.faults import wait_until


def test_embedded_gateway_end_to_end(tmp_path):
    events, online, synced = [], [], threading.Event()
    callbacks = Callbacks(
        online=online.append,
        progress=lambda *e: events.append(e),
        synced=lambda report: synced.set(),
        event=lambda key, detail: events.append((key, detail)),
    )
    cache = OfflineCache(
        tmp_path,
        terminal_id="kiosk-test-01",
        callbacks=callbacks,
        gateway_command=[sys.executable, "-m", "machikado"],
        sync_interval_s=3600,
    )
    cache.start()
    try:
        assert synced.wait(120), events
        assert online == [True]
        board = cache.notice_board()
        assert board.city["en"].startswith("Hanamizuki")
        assert len(board.notices) == 7
        assert cache.notices_as_of() is not None
        assert cache.as_of("shelters") is not None
        assert (tmp_path / "gateway" / "gateway.db").exists()
        cache.heartbeat("0.1.0", {"card_reader": "ok"})
        cache.count({"notices.viewed": 4})
        wait_until(lambda: cache.store.outbox_count() == 0, 60)
        assert cache.cache_age_s() >= 0
    finally:
        cache.stop()
    assert not [e for e in events if len(e) == 2], "no store or gateway trouble was reported"


def test_offline_then_recovered(tmp_path, live):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{s.getsockname()[1]}"
    online = []
    cache = OfflineCache(
        tmp_path, gateway_url=dead, token=live.token, callbacks=Callbacks(online=online.append)
    )
    cache.open_store()
    assert cache.run_once() is None
    assert online == [False]
    cache.count({"a": 1})
    assert cache.store.outbox_count() == 1
    cache.stop()

    cache = OfflineCache(
        tmp_path, gateway_url=live.url, token=live.token, callbacks=Callbacks(online=online.append)
    )
    cache.open_store()
    assert cache.run_once() is not None
    assert online == [False, True]
    assert cache.store.outbox_count() == 0
    cache.stop()


def test_a_heartbeat_counts_the_writes_the_gateway_refused(tmp_path, live):
    cache = OfflineCache(tmp_path, gateway_url=live.url, token=live.token)
    cache.open_store()
    try:
        cache.count({"Not A Counter": 1})
        cache.count({"notices.viewed": 1})
        assert cache.run_once() is not None
        cache.heartbeat("0.1.0", {})
        assert cache.run_once() is not None
        beat = terminal_state(live.engine, "test-kiosk-01")["heartbeat"]
        assert beat["dead_letters"] == 1
        assert cache.store.outbox_count() == 0
    finally:
        cache.stop()


def test_a_corrupt_store_is_reported_rebuilt_and_resynced(tmp_path, live):
    (tmp_path / "cache.db").write_bytes(b"\x00garbage" * 1000)
    events = []
    cache = OfflineCache(
        tmp_path,
        gateway_url=live.url,
        token=live.token,
        callbacks=Callbacks(event=lambda *e: events.append(e)),
    )
    cache.open_store()
    assert events[0][0] == "store.recovered"
    assert list(tmp_path.glob("cache.db.corrupt-*"))
    assert cache.notice_board() is None
    cache.run_once()
    assert len(cache.notice_board().notices) == 7
    cache.stop()


def test_a_revoked_terminal_is_reported(tmp_path, live):
    events = []
    cache = OfflineCache(
        tmp_path,
        gateway_url=live.url,
        token="mkt_unknown",
        callbacks=Callbacks(event=lambda *e: events.append(e)),
    )
    cache.open_store()
    assert cache.run_once() is None
    assert events == [("gateway.unauthorized", "unknown_terminal")]
    assert cache.online is False
    cache.stop()
