"""The kiosk on a real embedded gateway: notices from the synced dataset, offline with 'as of'."""

from __future__ import annotations

import pytest

from content.config import MachikadoConfig
from content.notices import load_sample_board
from kiosk.app import build_kiosk
from kiosk.tour import find_item, unreachable_gateway, wait_for_frame
from offline_cache.service import OfflineCache
from tests.kiosk.screen_helpers import texts


@pytest.fixture
def cache(tmp_path):
    cache = OfflineCache(tmp_path / "cache", terminal_id="test-kiosk-01")
    cache.open_store()
    yield cache
    cache.stop()


def test_notices_arrive_from_the_gateway_and_stay_when_it_goes(qapp, qtbot, cache, clock):
    kiosk = build_kiosk(
        MachikadoConfig(), cache=cache, kiosk_mode=False, speech_engine="mock", clock=clock
    )
    try:
        session = kiosk.session
        session.start()
        session.setLanguage("en")
        wait_for_frame(kiosk.window)
        assert not find_item(kiosk.window, "tile_notices").isEnabled()
        assert "The city's information is being downloaded. Please wait a moment." in texts(
            kiosk.window
        )

        slides = kiosk.engine.singletonInstance("Kiosk", "App").property("city").slides
        assert slides.rowCount() == 0  # first start: nothing synced yet
        cache.start()

        def tile_enabled():
            wait_for_frame(kiosk.window)
            return find_item(kiosk.window, "tile_notices").isEnabled()

        qtbot.waitUntil(tile_enabled, timeout=60_000)
        session.openService("notices")
        wait_for_frame(kiosk.window)
        sample = load_sample_board()
        assert session.core.flows["notices"].board == sample
        assert slides.rowCount() == len(sample.slides)  # the attract loop got them too
        as_of = find_item(kiosk.window, "noticesAsOf").property("text")
        assert as_of.startswith("As of ") and len(as_of) > len("As of ")

        def heartbeat_arrived():
            cache.sync_now()  # deliver the outbox now rather than at the next interval
            beat = cache.client.get("terminals/me").payload.get("heartbeat")
            return beat is not None and bool(beat["software_version"])

        qtbot.waitUntil(heartbeat_arrived, timeout=30_000)

        cache.stop()
        offline = unreachable_gateway(cache)
        offline.open_store()
        try:
            offline.run_once()
            qtbot.waitUntil(lambda: find_item(kiosk.window, "offlineBanner").isVisible())
        finally:
            offline.stop()
        banner = [t for t in texts(kiosk.window) if t.startswith("Offline:")]
        assert banner and "as of" in banner[0]
        assert session.core.flows["notices"].board == sample  # still served from the local copy
        assert kiosk.qml_warnings == []
    finally:
        kiosk.close()
