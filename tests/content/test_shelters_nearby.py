"""The sites beside an alert: those taking its hazard, the city's open ones first, nearest first."""

import datetime as dt

from content.alerts.model import Alert, Kind, Level, MsgType, ShelterChange, Source, Status
from content.shelters.model import Hazard, Site
from content.shelters.nearby import NearbySite, map_url, shelters_for
from content.shelters.sample import load_sample_sites

TANASHI_STATION = (35.7270, 139.5410)
JST = dt.timezone(dt.timedelta(hours=9))


def opening(*changes: tuple[str, bool], minute: int = 0) -> Alert:
    return Alert(
        key=f"city:shelters:{minute}",
        source=Source.CITY,
        identifier=f"shelters-{minute}",
        sender="city",
        sent=dt.datetime(2026, 12, 4, 10, minute, tzinfo=JST),
        status=Status.ACTUAL,
        msg_type=MsgType.ALERT,
        kind=Kind.SHELTER,
        level=Level.INFO,
        shelters=tuple(ShelterChange(shelter, is_open) for shelter, is_open in changes),
    )


def site(id_: str, lat: float, lon: float, *hazards: Hazard, emergency: bool = True) -> Site:
    return Site(id_, id_, "", lat, lon, frozenset(hazards), emergency, not emergency)


def names(found: tuple[NearbySite, ...]) -> list[str]:
    return [near.site.name for near in found]


def test_without_open_shelters_the_nearest_sites_taking_the_hazard():
    sites = load_sample_sites().sites
    found = shelters_for(sites, [], *TANASHI_STATION, hazard=Hazard.FLOOD)
    assert names(found) == ["田無小学校", "南小学校", "総合体育館"]
    assert not any(near.open for near in found)
    assert found[0].distance_km < 0.1
    assert found[0].distance_km <= found[1].distance_km <= found[2].distance_km


def test_open_sites_come_first_even_when_farther():
    sites = load_sample_sites().sites
    opened = [opening(("E999990000501", True), ("E999990000601", True))]  # 総合体育館, 新町中学校
    found = shelters_for(sites, opened, *TANASHI_STATION, hazard=Hazard.FLOOD, limit=4)
    assert names(found) == ["総合体育館", "新町中学校", "田無小学校", "南小学校"]
    assert [near.open for near in found] == [True, True, False, False]


def test_an_open_site_that_does_not_take_the_hazard_is_left_out():
    sites = load_sample_sites().sites
    opened = [opening(("E999990000401", True))]  # 柳沢小学校 takes no flood
    found = shelters_for(sites, opened, *TANASHI_STATION, hazard=Hazard.FLOOD, limit=10)
    assert "柳沢小学校" not in names(found)
    assert "柳沢小学校" in names(shelters_for(sites, opened, *TANASHI_STATION, hazard=None))


def test_a_closed_shelter_is_no_longer_open():
    sites = load_sample_sites().sites
    alerts = [
        opening(("E999990000501", True), minute=0),
        opening(("E999990000501", False), minute=5),
    ]
    found = shelters_for(sites, alerts, *TANASHI_STATION, hazard=Hazard.EARTHQUAKE, limit=10)
    assert not any(near.open for near in found)


def test_an_opened_shelter_with_no_hazard_columns_is_listed_and_open():
    # 指定避難所 only: the national data gives hazards for 指定緊急避難場所 alone.
    sites = (
        site("E1", 35.7270, 139.5410, Hazard.FLOOD),
        site("S9", 35.7300, 139.5500, emergency=False),
        site("S8", 35.7280, 139.5420, emergency=False),
    )
    found = shelters_for(sites, [opening(("S9", True))], 35.7270, 139.5410, hazard=Hazard.FLOOD)
    assert [(near.site.id, near.open) for near in found] == [("S9", True), ("E1", False)]


def test_no_site_for_the_hazard_and_no_sites_at_all_give_nothing():
    sites = load_sample_sites().sites
    assert shelters_for(sites, [], *TANASHI_STATION, hazard=Hazard.TSUNAMI) == ()
    assert shelters_for((), [opening(("E999990000501", True))], 35.0, 139.0, hazard=None) == ()
    assert shelters_for(sites, [], *TANASHI_STATION, hazard=None, limit=0) == ()


def test_equal_distances_keep_a_stable_order():
    sites = (site("E2", 35.0, 139.0), site("E1", 35.0, 139.0))
    assert [n.site.id for n in shelters_for(sites, [], 35.0, 139.0, hazard=None)] == ["E1", "E2"]


def test_a_site_has_a_map_link():
    school = next(s for s in load_sample_sites().sites if s.name == "田無小学校")
    assert map_url(school) == "https://maps.gsi.go.jp/#17/35.726800/139.540200/"
    (near,) = shelters_for([school], [], *TANASHI_STATION, hazard=None)
    assert near.map_url == map_url(school)
