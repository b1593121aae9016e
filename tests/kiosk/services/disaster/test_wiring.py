"""The disaster tile as the kiosk builds it: the kiosk's alert board and the cache's sites."""

from __future__ import annotations

import dataclasses
from types import SimpleNamespace

from content.config import MachikadoConfig
from kiosk.services.disaster.core.flow import SitesState
from kiosk.services.disaster.wiring import DisasterService, build_disaster_flow
from kiosk.shell.core.alert_board import AlertBoard
from kiosk.shell.host import Host
from tests.kiosk.blocks.fakes import SyncRunner
from tests.kiosk.services.disaster.fakes import SITES, alert, held


def host(cache, alerts, config=None):
    return Host(
        config=config or MachikadoConfig(),
        monitor=SimpleNamespace(),
        cache=cache,
        runner=SyncRunner(),
        board=None,
        alerts=alerts,
    )


def test_no_cache_or_no_board_no_tile():
    cache = SimpleNamespace(shelter_sites=lambda: SITES)
    assert build_disaster_flow(host(None, AlertBoard())) is None
    assert build_disaster_flow(host(cache, None)) is None
    service = DisasterService()
    assert service.build_flow(host(None, None)) is None


def test_the_flow_reads_the_board_and_the_cache_sites_from_the_terminals_place():
    board = AlertBoard()
    board.update([held(alert("rain"))])
    cache = SimpleNamespace(shelter_sites=lambda: SITES)
    config = MachikadoConfig()
    terminal = dataclasses.replace(config.terminal, lat=35.7250, lon=139.5400)
    flow = build_disaster_flow(host(cache, board, dataclasses.replace(config, terminal=terminal)))
    flow.begin("ja")
    assert [b.key for b in flow.items] == ["rain"]
    assert flow.sites_state is SitesState.READY
    assert (flow.lat, flow.lon) == (35.7250, 139.5400)
    assert flow.zone.key == config.terminal.time_zone
    assert flow.shelters()[0].site.id == "E1"


def test_before_the_first_sync_the_sites_are_not_there_yet():
    for nothing in ((), None):
        cache = SimpleNamespace(shelter_sites=lambda nothing=nothing: nothing)
        flow = build_disaster_flow(host(cache, AlertBoard()))
        flow.begin("ja")
        assert flow.sites_state is SitesState.NOT_SYNCED


def test_a_cache_that_cannot_be_read_is_said_so():
    def broken():
        raise OSError("disk I/O error")

    flow = build_disaster_flow(host(SimpleNamespace(shelter_sites=broken), AlertBoard()))
    flow.begin("ja")
    assert flow.sites_state is SitesState.UNREADABLE
