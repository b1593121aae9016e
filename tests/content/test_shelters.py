"""Shelter open data: the national CSV columns, both encodings, bad rows reported, nearest sites."""

import datetime as dt
import itertools

import pytest

from content.alerts.model import Alert, Kind, Level, MsgType, ShelterChange, Source, Status
from content.shelters.hazards import hazard_for
from content.shelters.model import Hazard, nearest
from content.shelters.opendata import ShelterDataError, combine, read_sites
from content.shelters.opening import open_shelters
from content.shelters.sample import load_sample_sites

TANASHI_STATION = (35.7270, 139.5410)
EMERGENCY_HEADER = (
    "NO,共通ID,都道府県名及び市町村名,施設・場所名,住所,洪水,崖崩れ、土石流及び地滑り,高潮,地震,"
    "津波,大規模な火事,内水氾濫,火山現象,指定避難所との住所同一,緯度,経度,備考\n"
)


def test_the_sample_city_list_loads_whole():
    loaded = load_sample_sites()
    assert loaded.problems == ()
    assert len(loaded.sites) == 10
    school = next(s for s in loaded.sites if s.name == "田無小学校")
    assert school.emergency_site and school.shelter
    assert school.hazards == {
        Hazard.FLOOD, Hazard.EARTHQUAKE, Hazard.LARGE_FIRE, Hazard.INLAND_FLOODING,
    }  # fmt: skip
    park = next(s for s in loaded.sites if s.name == "はなみずき中央公園")
    assert park.emergency_site and not park.shelter
    assert not park.takes(Hazard.FLOOD)


def test_nearest_sites_by_hazard_and_among_the_open_ones():
    sites = load_sample_sites().sites
    flood = nearest(sites, *TANASHI_STATION, hazard=Hazard.FLOOD)
    assert [n.site.name for n in flood] == ["田無小学校", "南小学校", "総合体育館"]
    assert flood[0].distance_km < 0.1
    assert all(a.distance_km <= b.distance_km for a, b in itertools.pairwise(flood))
    opened = frozenset({"E999990000501"})
    (only,) = nearest(sites, *TANASHI_STATION, only=opened)
    assert only.site.name == "総合体育館"
    assert nearest(sites, *TANASHI_STATION, hazard=Hazard.TSUNAMI) == []


def test_the_nationwide_merge_column_and_shift_jis_are_read():
    row = (
        "1,E1310100002201,東京都千代田区,番町小学校,東京都千代田区六番町8,"
        "1,,1,1,,,1,,1,35.688111802263,139.73407899331,\n"
    )
    loaded = read_sites((EMERGENCY_HEADER + row).encode("cp932"), emergency=True)
    (site,) = loaded.sites
    assert site.name == "番町小学校"
    assert site.hazards == {
        Hazard.FLOOD,
        Hazard.STORM_SURGE,
        Hazard.EARTHQUAKE,
        Hazard.INLAND_FLOODING,
    }


def test_bad_rows_are_left_out_with_their_line():
    good = "1,E1,甲,住所1,1,,,1,,,,,,35.7,139.5,\n"
    rows = [
        good,
        "2,E2,乙,住所2,1,,,1,,,,,,北緯,139.5,\n",
        "3,E3,丙,住所3,はい,,,1,,,,,,35.7,139.5,\n",
        "4,E4,丁,住所4,1,,,1,,,,,,10.0,139.5,\n",
        good.replace("1,E1", "5,E1"),
        "6,,戊,住所6,1,,,,,,,,,35.7,139.5,\n",
    ]
    header = EMERGENCY_HEADER.replace("都道府県名及び市町村名,", "")
    loaded = read_sites((header + "".join(rows)).encode(), emergency=True)
    assert [s.id for s in loaded.sites] == ["E1"]
    assert [p.line for p in loaded.problems] == [3, 4, 5, 6, 7]
    messages = [str(p) for p in loaded.problems]
    assert "not numbers" in messages[0] and "expected 1 or nothing" in messages[1]
    assert "not in Japan" in messages[2] and "listed twice" in messages[3]


@pytest.mark.parametrize(
    ("data", "message"),
    [(b"", "empty"), ("NO,名前\n1,x\n".encode(), "no column"), (b"\xff\xfe\xfa\x00", "neither")],
)
def test_files_that_are_not_shelter_data_are_refused(data, message):
    with pytest.raises(ShelterDataError, match=message):
        read_sites(data, emergency=True)


def test_a_shelter_elsewhere_than_any_emergency_site_is_kept_apart():
    emergency = read_sites(
        (
            EMERGENCY_HEADER.replace("都道府県名及び市町村名,", "")
            + "1,E1,甲,住所1,,,,1,,,,,,35.7,139.5,\n"
        ).encode(),
        emergency=True,
    )
    shelters = read_sites(
        "NO,共通ID,施設・場所名,住所,緯度,経度\n1,S1,乙,住所2,35.71,139.51\n".encode(),
        emergency=False,
    )
    sites = {s.id: s for s in combine(emergency, shelters).sites}
    assert not sites["E1"].shelter and sites["S1"].shelter and not sites["S1"].emergency_site


def test_alert_kinds_map_to_the_hazard_a_site_must_take():
    assert hazard_for(Kind.HEAVY_RAIN) is Hazard.INLAND_FLOODING
    assert hazard_for(Kind.EARTHQUAKE) is Hazard.EARTHQUAKE
    assert hazard_for(Kind.EVACUATION) is None


def test_the_latest_alert_naming_a_shelter_says_whether_it_is_open():
    def alert(hour, *changes):
        return Alert(
            key=f"city:{hour}", source=Source.CITY, identifier=str(hour), sender="city",
            sent=dt.datetime(2026, 9, 14, hour, tzinfo=dt.UTC), status=Status.ACTUAL,
            msg_type=MsgType.ALERT, kind=Kind.SHELTER, level=Level.INFO,
            shelters=tuple(ShelterChange(i, o) for i, o in changes),
        )  # fmt: skip

    opened = alert(8, ("E1", True), ("E2", True))
    closed = alert(9, ("E2", False), ("E3", True))
    assert open_shelters([closed, opened]) == {"E1", "E3"}
    assert open_shelters([opened]) == {"E1", "E2"}
    assert open_shelters([]) == frozenset()
