"""The disaster tile on a real gateway: a city alert issued by the operator reaches the open tile,
the shelter it opens comes first from the synced sites, and its cancellation marks it ended."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
import requests

from content.config import MachikadoConfig
from content.phrasing import plain
from content.shelters.model import Hazard
from gateway.alerts.operators import add_operator
from kiosk.app import build_kiosk
from kiosk.services.disaster.core.flow import SitesState, Step
from kiosk.services.disaster.wiring import DisasterService
from kiosk.services.notices.wiring import NoticeService
from kiosk.tour import click, is_shown, wait_for_frame
from offline_cache.service import OfflineCache
from tools.rigs.gateway import LiveGateway

OPENED = "E999990000201"  # 南小学校 in the sample city's national-format list
WAIT_MS = 20_000


@pytest.fixture
def gateway(tmp_path):
    (tmp_path / "gw").mkdir()
    live = LiveGateway(tmp_path / "gw").start()
    live.operator = add_operator(live.engine, "bousai-desk", "防災課")
    yield live
    live.stop()


@pytest.fixture
def cache(tmp_path, gateway):
    cache = OfflineCache(tmp_path / "terminal", gateway_url=gateway.url, token=gateway.token)
    cache.open_store()
    assert cache.run_once() is not None  # the city's datasets, the shelter sites among them
    yield cache
    cache.stop()


def operator(gateway, path, body=None):
    answer = requests.post(
        f"{gateway.url}/api/v1/alerts/city{path}",
        json=body,
        headers={"Authorization": f"Bearer {gateway.operator}"},
        timeout=10,
    )
    assert answer.status_code in (200, 201), answer.text
    return answer.json()


def test_an_issued_alert_reaches_the_open_tile_and_its_cancel_ends_it(
    qapp, qtbot, clock, gateway, cache
):
    kiosk = build_kiosk(
        MachikadoConfig(),
        cache=cache,
        services=(DisasterService, NoticeService),
        kiosk_mode=False,
        speech_engine="mock",
        clock=clock,
    )
    try:
        session = kiosk.session
        session.start()
        session.openService("disaster")
        view = kiosk.view("disaster")
        flow = session.core.flows["disaster"]
        qtbot.waitUntil(lambda: flow.sites_state is SitesState.READY, timeout=WAIT_MS)
        assert flow.items == [] and view.calmText

        issued = operator(
            gateway,
            "",
            {
                "kind": "evacuation",
                "evacuation_level": 4,
                "texts": {"ja": {"headline": "田無町に避難指示を発令しました"}},
                "shelters": [{"id": OPENED, "open": True}],
                "expires": (dt.datetime.now(dt.UTC) + dt.timedelta(hours=6)).isoformat(),
            },
        )["result"]
        qtbot.waitUntil(lambda: len(view.bulletins) == 1, timeout=WAIT_MS)
        row = view.bulletins[0]
        assert plain(row["levelText"]) == "危険" and not row["ended"]
        assert view.calmText == ""

        view.showShelters()  # through the view-model: the kiosk's takeover covers the screen
        assert flow.step is Step.SHELTERS
        assert flow.hazard is None  # an evacuation order names no one hazard: every site
        first = view.sites[0]
        assert first["siteId"] == OPENED and first["open"]
        view.chooseHazard(Hazard.LARGE_FIRE.value)
        assert flow.hazard is Hazard.LARGE_FIRE and view.sites[0]["siteId"] == OPENED

        operator(gateway, f"/{issued['id']}/cancel")
        qtbot.waitUntil(lambda: view.bulletins and view.bulletins[0]["ended"], timeout=WAIT_MS)
        assert view.calmText  # nothing in force; the cancelled one is listed as ended today
        assert not any(s["open"] for s in view.sites)
    finally:
        kiosk.close()


def review(kiosk, name: str) -> None:
    """Save the window as a PNG where a person asked to look (MACHIKADO_REVIEW_DIR)."""
    folder = os.environ.get("MACHIKADO_REVIEW_DIR")
    if folder:
        wait_for_frame(kiosk.window)
        kiosk.window.grabWindow().save(str(Path(folder) / f"disaster-live-{name}.png"))


def test_the_tile_on_the_real_path_as_a_resident_sees_it(qapp, qtbot, clock, gateway, cache):
    """Two city alerts through the operator API, heard on the stream, shown on the tile under
    the kiosk's banner once the resident has gone back from the takeover."""
    expires = (dt.datetime.now(dt.UTC) + dt.timedelta(hours=6)).isoformat()
    kiosk = build_kiosk(
        MachikadoConfig(),
        cache=cache,
        services=(DisasterService, NoticeService),
        kiosk_mode=False,
        speech_engine="mock",
        clock=clock,
    )
    try:
        session = kiosk.session
        session.start()
        session.openService("disaster")
        view = kiosk.view("disaster")
        operator(
            gateway,
            "",
            {
                "kind": "heavy_rain",
                "level": "advisory",
                "texts": {
                    "ja": {
                        "headline": "市内全域に大雨注意報",
                        "description": "低い土地の浸水に注意",
                    },
                    "en": {"headline": "Heavy rain advisory for the whole city"},
                },
                "expires": expires,
            },
        )
        operator(
            gateway,
            "",
            {
                "kind": "evacuation",
                "evacuation_level": 4,
                "texts": {
                    "ja": {
                        "headline": "田無町一丁目・二丁目に避難指示を発令しました",
                        "description": "石神井川が氾濫するおそれがあります。"
                        "南小学校を開設しました。",
                    },
                    "en": {
                        "headline": "Evacuation order for Tanashi-cho 1 and 2",
                        "description": "The Shakujii river may flood. Minami Elementary School "
                        "is open as a shelter.",
                    },
                },
                "shelters": [{"id": OPENED, "open": True}],
                "expires": expires,
            },
        )
        qtbot.waitUntil(lambda: len(view.bulletins) == 2, timeout=WAIT_MS)
        qtbot.waitUntil(lambda: is_shown(kiosk.window, "alertBackButton"), timeout=WAIT_MS)
        click(kiosk.window, "alertBackButton")  # back to what the resident was doing: the tile
        qtbot.waitUntil(lambda: is_shown(kiosk.window, "bulletinList"), timeout=WAIT_MS)
        for language in ("ja", "en"):
            session.setLanguage(language)
            review(kiosk, f"list-{language}")
            click(kiosk.window, f"bulletin_{view.bulletins[0]['key']}")
            review(kiosk, f"bulletin-{language}")
            click(kiosk.window, "sheltersButton")
            assert view.sites[0]["siteId"] == OPENED
            review(kiosk, f"shelters-{language}")
            session.back()
            session.back()
        assert kiosk.qml_warnings == []
    finally:
        kiosk.close()


def test_the_open_tile_gets_the_sites_with_the_first_sync(qapp, qtbot, clock, gateway, tmp_path):
    fresh = OfflineCache(tmp_path / "fresh", gateway_url=gateway.url, token=gateway.token)
    fresh.open_store()
    kiosk = build_kiosk(
        MachikadoConfig(),
        cache=fresh,
        services=(DisasterService, NoticeService),
        kiosk_mode=False,
        speech_engine="mock",
        clock=clock,
    )
    try:
        kiosk.session.start()
        kiosk.session.openService("disaster")
        flow = kiosk.session.core.flows["disaster"]
        qtbot.waitUntil(lambda: flow.sites_state is SitesState.NOT_SYNCED, timeout=WAIT_MS)
        fresh.start()  # the cache's worker syncs; the tile hears of it on the UI thread
        qtbot.waitUntil(lambda: flow.sites_state is SitesState.READY, timeout=WAIT_MS)
        assert len(flow.sites) == 10
    finally:
        kiosk.close()
        fresh.stop()
