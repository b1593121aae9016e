"""The kiosk on a real gateway: an operator's alert reaches every screen, is acknowledged, takes
over for an evacuation order, leaves when cancelled, and is shown again at once after a restart
with no network."""

from __future__ import annotations

import datetime as dt

import pytest
import requests

from content.config import MachikadoConfig
from content.phrasing import plain
from gateway.alerts.coverage import coverage
from gateway.alerts.operators import add_operator
from kiosk.app import build_kiosk
from kiosk.services.disaster.wiring import DisasterService
from kiosk.services.notices.wiring import NoticeService
from kiosk.tour import find_item, is_shown, unreachable_gateway, wait_for_frame
from offline_cache.service import OfflineCache
from tests.kiosk.screen_helpers import texts
from tools.rigs.gateway import LiveGateway

WAIT_MS = 20_000
OPENED = "E999990000201"  # 南小学校 in the sample city's national-format list


@pytest.fixture
def gateway(tmp_path):
    (tmp_path / "gw").mkdir()
    live = LiveGateway(tmp_path / "gw").start()
    live.operator = add_operator(live.engine, "bousai-desk", "防災課")
    yield live
    live.stop()


@pytest.fixture
def cache(tmp_path, gateway):
    cache = OfflineCache(
        tmp_path / "terminal",
        gateway_url=gateway.url,
        token=gateway.token,
        terminal_id="test-kiosk-01",
    )
    cache.open_store()
    assert cache.run_once() is not None  # the city's datasets, the shelter sites among them
    yield cache
    cache.stop()


def operator(gateway, path: str, body: dict | None = None) -> dict:
    answer = requests.post(
        f"{gateway.url}/api/v1/alerts/city{path}",
        json=body,
        headers={"Authorization": f"Bearer {gateway.operator}"},
        timeout=10,
    )
    assert answer.status_code in (200, 201), answer.text
    return answer.json().get("result", {})


def issue(gateway, headline: str, **fields) -> dict:
    expires = dt.datetime.now(dt.UTC) + dt.timedelta(hours=6)
    body = {"texts": {"ja": {"headline": headline}}, "expires": expires.isoformat(), **fields}
    return operator(gateway, "", body)


def kiosk_on(cache, clock):
    return build_kiosk(
        MachikadoConfig(),
        cache=cache,
        services=(NoticeService, DisasterService),
        kiosk_mode=False,
        speech_engine="mock",
        clock=clock,
    )


def shown_text(kiosk, name: str) -> str:
    return plain(find_item(kiosk.window, name).property("text"))


def test_an_operators_alerts_reach_the_kiosk_and_leave_when_cancelled(
    qapp, qtbot, clock, gateway, cache
):
    kiosk = kiosk_on(cache, clock)
    cache.start()  # its worker delivers the outbox: the acknowledgements
    try:
        window, session = kiosk.window, kiosk.session
        session.start()
        advisory = issue(gateway, "大雨に注意してください", kind="heavy_rain", level="advisory")
        qtbot.waitUntil(lambda: is_shown(window, "alertBanner"), timeout=WAIT_MS)
        assert shown_text(kiosk, "alertBannerText") == "大雨に注意してください"
        assert not is_shown(window, "alertTakeover")

        def acknowledged(key: str) -> bool:
            reach = coverage(gateway.engine, key)
            return reach is not None and reach.by_surface.get("screen", 0) >= 1

        qtbot.waitUntil(lambda: acknowledged(advisory["key"]), timeout=WAIT_MS)

        # From the home screen a touch on the banner opens the disaster tile.
        kiosk.alert_view.openBanner()
        wait_for_frame(window)
        assert session.screen == "disaster"
        tile = session.core.flows["disaster"]
        assert tile.selected == advisory["key"]  # at the bulletin of the alert touched
        session.home()

        order = issue(
            gateway,
            "田無町に避難指示を発令しました",
            kind="evacuation",
            evacuation_level=4,
            shelters=[{"id": OPENED, "open": True}],
        )
        qtbot.waitUntil(lambda: is_shown(window, "alertTakeover"), timeout=WAIT_MS)
        assert shown_text(kiosk, "alertEvent") == "避難指示（警戒レベル4）"
        assert shown_text(kiosk, "alertShelterTitle").startswith("近くの避難所")
        assert "南小学校" in [plain(t) for t in texts(window)]
        qtbot.waitUntil(lambda: acknowledged(order["key"]), timeout=WAIT_MS)

        # The takeover's second button goes to the tile; its first returns where one was.
        assert is_shown(window, "alertTileButton")
        kiosk.alert_view.openDisasterTile()
        wait_for_frame(window)
        assert session.screen == "disaster" and not is_shown(window, "alertTakeover")
        assert tile.selected == order["key"]

        operator(gateway, f"/{order['id']}/cancel")
        qtbot.waitUntil(
            lambda: shown_text(kiosk, "alertBannerText") == "大雨に注意してください",
            timeout=WAIT_MS,
        )
        operator(gateway, f"/{advisory['id']}/cancel")
        qtbot.waitUntil(lambda: not is_shown(window, "alertBanner"), timeout=WAIT_MS)
        assert kiosk.qml_warnings == []
    finally:
        kiosk.close()


def test_a_kiosk_restarted_during_an_alert_shows_it_at_once_without_network(
    qapp, qtbot, clock, gateway, cache
):
    kiosk = kiosk_on(cache, clock)
    try:
        issue(gateway, "田無町に避難指示を発令しました", kind="evacuation", evacuation_level=4)
        qtbot.waitUntil(lambda: is_shown(kiosk.window, "alertTakeover"), timeout=WAIT_MS)
    finally:
        kiosk.close()
    cache.stop()

    offline = unreachable_gateway(cache)
    offline.open_store()
    again = kiosk_on(offline, clock)
    try:
        # Told from the cache at start: the takeover is there before any network answers.
        qtbot.waitUntil(lambda: is_shown(again.window, "alertTakeover"), timeout=3000)
        assert shown_text(again, "alertEvent") == "避難指示（警戒レベル4）"
        assert shown_text(again, "alertHeadline") == "田無町に避難指示を発令しました"
    finally:
        again.close()
        offline.stop()


def test_the_takeovers_way_to_the_tile_follows_where_the_resident_is(
    qapp, qtbot, clock, gateway, cache
):
    kiosk = kiosk_on(cache, clock)
    try:
        window, session = kiosk.window, kiosk.session
        session.start()
        session.openService("disaster")
        issue(gateway, "田無町に避難指示を発令しました", kind="evacuation", evacuation_level=4)
        qtbot.waitUntil(lambda: is_shown(window, "alertTakeover"), timeout=WAIT_MS)
        assert not is_shown(window, "alertTileButton")  # the tile is what is underneath
        kiosk.alert_view.goBack()
        session.home()
        kiosk.alert_view.openBanner()  # from home a touch goes to the tile: back there
        wait_for_frame(window)
        session.home()
        session.openService("notices")
        kiosk.alert_view.openBanner()  # from another service: the details, with the way on
        wait_for_frame(window)
        assert is_shown(window, "alertTakeover") and is_shown(window, "alertTileButton")
    finally:
        kiosk.close()
