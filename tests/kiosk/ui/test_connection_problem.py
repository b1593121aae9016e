"""A certificate problem on the way to the gateway is named under the kiosk's offline banner."""

from __future__ import annotations

import pytest

from content.config import MachikadoConfig
from kiosk.app import build_kiosk
from kiosk.tour import find_item, wait_for_frame
from offline_cache.service import OfflineCache
from offline_cache.tls import GatewayTls
from tests.kiosk.screen_helpers import texts
from tests.pki import Pki, tls_gateway


@pytest.fixture
def expired_gateway(tmp_path):
    import datetime as dt

    pki = Pki.make(tmp_path / "pki")
    now = dt.datetime.now(dt.UTC)
    files = pki.issue(
        "gateway",
        "127.0.0.1",
        not_before=now - dt.timedelta(days=400),
        not_after=now - dt.timedelta(days=1),
    )
    gateway = tls_gateway(tmp_path / "gateway", *files)
    yield gateway, pki
    gateway.stop()


def test_an_expired_gateway_certificate_is_named_in_every_language(
    qapp, qtbot, tmp_path, clock, expired_gateway
):
    gateway, pki = expired_gateway
    cache = OfflineCache(
        tmp_path / "cache",
        gateway_url=gateway.url,
        token=gateway.token,
        tls=GatewayTls(ca_file=pki.city_ca),
        terminal_id="test-kiosk-01",
    )
    cache.open_store()
    kiosk = build_kiosk(
        MachikadoConfig(), cache=cache, kiosk_mode=False, speech_engine="mock", clock=clock
    )
    try:
        session = kiosk.session
        session.start()
        session.setLanguage("en")
        assert cache.run_once() is None
        qtbot.waitUntil(lambda: find_item(kiosk.window, "offlineBanner").isVisible())
        wait_for_frame(kiosk.window)
        shown = texts(kiosk.window)
        assert "Offline: the city's information cannot be reached right now." in shown
        assert "For the staff: the city system's certificate has expired." in shown
        connection = kiosk.engine.singletonInstance("Kiosk", "App").property("connection")
        assert connection.property("problem") == "gateway.certificate_expired"
        session.setLanguage("ja")
        wait_for_frame(kiosk.window)
        shown = [text.replace("\u2060", "") for text in texts(kiosk.window)]  # phrase joiners
        assert "係員の方へ：市のシステムの証明書の有効期限が切れています。" in shown
        assert kiosk.qml_warnings == []
    finally:
        kiosk.close()
        cache.stop()
