"""The tile's flow: list, bulletin, shelters; live changes; sites not synced or unreadable."""

from __future__ import annotations

import datetime as dt

from content.alerts.model import Kind, Level, ShelterChange
from content.shelters.model import Hazard
from kiosk.services.disaster.core.distance import distance_text
from kiosk.services.disaster.core.flow import REFRESH_S, DisasterFlow, SitesState, Step
from kiosk.services.disaster.core.shelters import hazards_offered
from tests.kiosk.blocks.fakes import SyncRunner
from tests.kiosk.services.disaster.fakes import HERE, JST, SITES, Clock, alert, board, held


def make_flow(source, sites=SITES, runner=None, clock=None):
    def read():
        if isinstance(sites, Exception):
            raise sites
        return sites

    return DisasterFlow(
        source,
        read,
        runner or SyncRunner(),
        lat=HERE[0],
        lon=HERE[1],
        zone=JST,
        clock=clock or Clock(),
    )


def test_begin_lists_and_reads_the_sites():
    rain = held(alert("rain"))
    flow = make_flow(board(Clock(), rain))
    flow.begin("ja")
    assert flow.step is Step.LIST
    assert [b.key for b in flow.items] == ["rain"]
    assert flow.sites_state is SitesState.READY and flow.sites == SITES


def test_open_a_bulletin_then_its_shelters_then_back_twice():
    rain = held(alert("rain", Kind.FLOOD, Level.WARNING))
    flow = make_flow(board(Clock(), rain))
    flow.begin("ja")
    assert not flow.open("nothing")
    assert flow.open("rain")
    assert flow.step is Step.BULLETIN and flow.bulletin.key == "rain"
    flow.show_shelters()
    assert flow.step is Step.SHELTERS
    assert flow.hazard is Hazard.FLOOD  # the bulletin's hazard is chosen
    assert flow.back() and flow.step is Step.BULLETIN and flow.bulletin.key == "rain"
    assert flow.back() and flow.step is Step.LIST and flow.bulletin is None
    assert not flow.back()


def test_shelters_from_the_list_take_the_most_serious_alerts_hazard_or_every_site():
    quake = held(alert("quake", Kind.EARTHQUAKE, Level.WARNING))
    wind = held(alert("wind", Kind.WIND, Level.DANGER))  # wind has no shelter hazard
    flow = make_flow(board(Clock(), quake, wind))
    flow.begin("ja")
    flow.show_shelters()
    assert flow.hazard is Hazard.EARTHQUAKE
    assert flow.back() and flow.step is Step.LIST
    calm = make_flow(board(Clock()))
    calm.begin("ja")
    calm.show_shelters()
    assert calm.hazard is None
    assert [n.site.id for n in calm.shelters()] == ["E1", "E2", "E3", "E4"]


def test_a_hazard_no_site_takes_is_not_offered_nor_chosen():
    tsunami = held(alert("tsunami", Kind.TSUNAMI, Level.WARNING))
    flow = make_flow(board(Clock(), tsunami))
    flow.begin("ja")
    assert Hazard.TSUNAMI not in flow.hazards
    flow.show_shelters()
    assert flow.hazard is None  # every site, rather than an empty list
    flow.choose_hazard(Hazard.TSUNAMI)
    assert flow.hazard is None
    assert hazards_offered(SITES) == [
        Hazard.FLOOD,
        Hazard.EARTHQUAKE,
        Hazard.LARGE_FIRE,
        Hazard.INLAND_FLOODING,
    ]


def test_the_hazard_filter_and_open_sites_first():
    opening = held(
        alert(
            "open",
            Kind.SHELTER,
            Level.INFO,
            shelters=(ShelterChange("E4", True), ShelterChange("E2", True)),
        )
    )
    flow = make_flow(board(Clock(), opening))
    flow.begin("ja")
    flow.show_shelters()
    flow.choose_hazard(Hazard.FLOOD)
    rows = flow.shelters()
    assert [(n.site.id, n.open) for n in rows] == [("E4", True), ("E1", False)]
    flow.choose_hazard(None)
    rows = flow.shelters()
    assert [(n.site.id, n.open) for n in rows] == [
        ("E2", True),
        ("E4", True),
        ("E1", False),
        ("E3", False),
    ]
    assert rows[0].distance_km < rows[1].distance_km


def test_a_closed_shelter_is_no_longer_marked_open():
    clock = Clock()
    opened = alert("open", Kind.SHELTER, Level.INFO, shelters=(ShelterChange("E1", True),))
    closed = alert(
        "close", Kind.SHELTER, Level.INFO, minutes_ago=5, shelters=(ShelterChange("E1", False),)
    )
    flow = make_flow(board(clock, held(opened), held(closed)))
    flow.begin("ja")
    assert flow.open_site_ids() == frozenset()


def test_sites_not_synced_or_unreadable_say_so_and_are_read_again():
    flow = make_flow(board(Clock()), sites=None)
    flow.begin("ja")
    assert flow.sites_state is SitesState.NOT_SYNCED
    assert flow.shelters() == [] and flow.hazards == []
    broken = make_flow(board(Clock()), sites=OSError("database disk image is malformed"))
    broken.begin("ja")
    assert broken.sites_state is SitesState.UNREADABLE
    broken._read_sites = lambda: SITES  # the disk is readable again
    broken.show_shelters()
    assert broken.sites_state is SitesState.READY


def test_reading_the_sites_runs_on_the_runner():
    runner = SyncRunner()
    runner.hold = True
    flow = make_flow(board(Clock()), runner=runner)
    flow.begin("ja")
    assert flow.sites_state is SitesState.LOADING
    runner.release()
    assert flow.sites_state is SitesState.READY


def test_a_new_alert_is_listed_live_and_a_bulletin_that_left_closes():
    clock = Clock()
    rain = held(alert("rain"))
    source = board(clock, rain)
    flow = make_flow(source, clock=clock)
    changes = []
    flow.subscribe(lambda: changes.append(flow.step))
    flow.begin("ja")
    flow.open("rain")
    quake = held(alert("quake", Kind.EARTHQUAKE, Level.DANGER, minutes_ago=1))
    source.update([rain, quake])
    flow.alerts_changed()
    assert [b.key for b in flow.items] == ["quake", "rain"]
    assert flow.step is Step.BULLETIN  # the resident keeps reading
    source.update([quake])  # the rain warning ended: still listed today, still open
    flow.alerts_changed()
    assert flow.step is Step.BULLETIN and not flow.bulletin.in_force
    clock.now += dt.timedelta(days=1)  # tomorrow it is gone
    flow.alerts_changed()
    assert flow.step is Step.LIST and flow.bulletin is None
    assert changes


def test_tick_reads_the_list_again_once_a_minute_and_changes_only_what_changed():
    clock = Clock()
    rain = held(alert("rain"))
    source = board(clock, rain)
    flow = make_flow(source, clock=clock)
    changes, ticks = [], []
    flow.subscribe(lambda: changes.append(1))
    flow.on_tick(lambda: ticks.append(1))
    flow.tick(100.0)
    first = flow.checked_at
    assert (changes, ticks) == ([], [1])  # the same list: only the time moved on
    clock.now += dt.timedelta(seconds=30)
    flow.tick(130.0)
    assert flow.checked_at == first and ticks == [1]
    source.update([])  # the rain warning ended at 10:00:30 …
    clock.now = clock.now.replace(hour=15, minute=1)  # … and at 00:01 in Japan it is yesterday's
    flow.tick(100.0 + REFRESH_S)
    assert flow.checked_at == clock.now
    assert flow.items == [] and changes == [1]


def test_reset_forgets_the_bulletin_and_hazard():
    rain = held(alert("rain", Kind.FLOOD))
    flow = make_flow(board(Clock(), rain))
    flow.begin("ja")
    flow.open("rain")
    flow.show_shelters()
    flow.reset()
    assert flow.step is Step.LIST and flow.selected is None and flow.hazard is None


def test_distances():
    assert distance_text(0.0, "ja") == "10 m"
    assert distance_text(0.234, "en") == "230 m"
    assert distance_text(1.26, "en") == "1.3 km"
    assert distance_text(1.26, "pt-BR") == "1,3 km"
    assert distance_text(12.4, "vi") == "12 km"


def test_sites_read_again_after_a_sync_change_the_screen_only_when_they_changed():
    sites = [None]
    flow = DisasterFlow(
        board(Clock()),
        lambda: sites[0],
        SyncRunner(),
        lat=HERE[0],
        lon=HERE[1],
        zone=JST,
        clock=Clock(),
    )
    changes = []
    flow.subscribe(lambda: changes.append(flow.sites_state))
    flow.begin("ja")
    assert flow.sites_state is SitesState.NOT_SYNCED
    changes.clear()
    flow.load_sites(again=True)  # a sync that brought no sites yet
    assert changes == []
    sites[0] = SITES  # the first sync with the city's list
    flow.load_sites(again=True)
    assert changes == [SitesState.READY] and flow.hazards
    flow.load_sites(again=True)  # the same list again
    assert changes == [SitesState.READY]
    flow.begin("ja")  # opening the tile says it reads them, then shows them
    assert changes[-1] is SitesState.READY
