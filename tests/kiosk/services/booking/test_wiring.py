"""Booking's wiring: the flow composed on the cache's gateway, its kept reads and live devices."""

from __future__ import annotations

import datetime as dt

from content.config import CacheConfig, MachikadoConfig
from kiosk.services.booking.core.find import Search
from kiosk.services.booking.core.flow import Step
from kiosk.services.booking.wiring import build_booking_parts
from tests.kiosk.blocks.fakes import SyncRunner


class Monitor:
    """No device is open: the flow is still built, and browsing needs none."""

    def device(self, kind: str) -> object:
        return None


class Cache:
    """The offline cache as the wiring sees it: its gateway client, no synced store yet."""

    store = None

    def __init__(self, client) -> None:
        self.client = client


def test_the_composed_flow_browses_through_the_gateway_and_keeps_what_it_read(tmp_path, client):
    config = MachikadoConfig(cache=CacheConfig(data_dir=str(tmp_path)))
    cache = Cache(client)
    parts = build_booking_parts(config, Monitor(), cache, SyncRunner())
    flow = parts.flow
    flow.begin("ja")
    assert flow.step is Step.FIND and flow.directory.fresh
    flow.set_search(Search(day=dt.date(2027, 3, 2)))
    flow.open_place("tanashi-kominkan")
    assert flow.step is Step.WEEK and flow.week.fresh
    assert (tmp_path / "booking").is_dir()
    cache.client = None  # the network is gone: what was read is still there
    flow.begin("en")
    assert flow.step is Step.FIND and not flow.directory.fresh
    flow.set_search(Search(day=dt.date(2027, 3, 2)))
    flow.open_place("tanashi-kominkan")
    assert flow.step is Step.WEEK and not flow.week.fresh
    flow.tap_cell("meeting-1", dt.date(2027, 3, 2), "am")
    flow.proceed()
    assert flow.step is Step.WEEK and flow.notice == "booking.offline"
    assert not parts.card.present()
