"""The "Demo devices" window's disaster desk: city alerts issued and cancelled on the embedded
gateway through its operator API, as a city's desk would."""

from __future__ import annotations

import time

import pytest
from PySide6.QtQml import QQmlApplicationEngine

from kiosk.demo.desk import DemoDesk
from kiosk.demo.panel import open_demo_panel
from kiosk.demo.setup import prepare_demo_identity
from offline_cache.service import OfflineCache
from tests.kiosk.demo.test_demo_panel import tap


@pytest.fixture
def cache(tmp_path):
    cache = OfflineCache(tmp_path / "terminal", terminal_id="demo-kiosk-01")
    cache.open_store()
    yield cache
    cache.stop()


def in_force(cache: OfflineCache) -> list[str]:
    assert cache.client is not None
    reply = cache.client.get("alerts/active")
    return [item["key"] for item in reply.payload["alerts"]]


def test_the_desk_issues_and_cancels_city_alerts_on_the_embedded_gateway(
    qapp, qtbot, cache, tmp_path
):
    engine = QQmlApplicationEngine()
    desk = DemoDesk(cache, engine)
    identity = prepare_demo_identity(tmp_path / "demo")
    panel = open_demo_panel(engine, identity, {}.get, desk=desk)
    window = panel.window
    qtbot.waitExposed(window)
    try:
        tap(qtbot, window, "issueAdvisory")  # before the gateway is up: said so, nothing lost
        qtbot.waitUntil(lambda: not desk.busy, timeout=30_000)
        assert desk.status.startswith("The city's gateway is not ready yet")
        assert not desk.issued

        assert cache.run_once() is not None  # the embedded gateway starts with the first sync
        tap(qtbot, window, "issueAdvisory")
        qtbot.waitUntil(lambda: not desk.busy and desk.issued, timeout=30_000)
        tap(qtbot, window, "issueOrder")
        qtbot.waitUntil(lambda: not desk.busy and "Evacuation" in desk.status, timeout=30_000)
        assert len(in_force(cache)) == 2

        tap(qtbot, window, "cancelAlerts")
        qtbot.waitUntil(lambda: not desk.busy and not desk.issued, timeout=30_000)
        deadline = time.monotonic() + 10
        while in_force(cache) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert in_force(cache) == []
    finally:
        panel.close()
