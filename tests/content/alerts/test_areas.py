"""Area filtering: by qualified code, by polygon and circle against configured positions."""

import datetime as dt

from content.alerts.areas import AreaFilter, Position
from content.alerts.geo import distance_km, in_circle, in_polygon
from content.alerts.model import (
    Alert,
    Area,
    AreaCode,
    Circle,
    Kind,
    Level,
    MsgType,
    Polygon,
    Source,
    Status,
)
from content.alerts.read import read_document
from tests.content.alerts.samples import sample

TANASHI = Position("田無駅前", 35.7270, 139.5410)
CITY = AreaFilter(frozenset({"jma:1322900", "seismic:351"}), (TANASHI,))


def alert(*areas, msg_type=MsgType.ALERT):
    return Alert(
        key="k", source=Source.CAP, identifier="i", sender="s",
        sent=dt.datetime(2026, 9, 1, tzinfo=dt.UTC), status=Status.ACTUAL, msg_type=msg_type,
        kind=Kind.OTHER, level=Level.INFO, areas=areas,
    )  # fmt: skip


def test_by_code_only_the_citys_municipality_is_kept():
    document = read_document(sample("jma/vpww54_tokyo_heavy_rain.xml"), "u")
    kept = [a.key for a in document.alerts if CITY.concerns(a)]
    assert kept == ["jma:weather:1322900:heavy_rain", "jma:weather:1322900:thunder"]


def test_codes_are_qualified_by_scheme():
    # tsunami forecast area 351 is not seismic area 351
    assert not CITY.concerns(alert(Area(codes=(AreaCode("tsunami", "351"),))))
    assert CITY.concerns(alert(Area(codes=(AreaCode("seismic", "351"),))))


def test_by_polygon_and_circle_against_positions():
    corners = ((35.73, 139.53), (35.73, 139.55), (35.72, 139.55), (35.72, 139.53))
    square = Polygon((*corners, corners[0]))
    assert in_polygon(TANASHI.lat, TANASHI.lon, square)
    assert CITY.concerns(alert(Area(polygons=(square,))))
    far = Circle(35.6664, 139.3160, 2.5)  # 八王子
    assert not CITY.concerns(alert(Area(circles=(far,))))
    near = Circle(35.7250, 139.5400, 0.5)
    assert in_circle(TANASHI.lat, TANASHI.lon, near)
    assert CITY.concerns(alert(Area(circles=(far,)), Area(circles=(near,))))
    (fire,) = read_document(sample("cap/circle_elsewhere.xml"), "x").alerts
    assert not CITY.concerns(fire)


def test_a_cancel_always_concerns_the_city():
    assert CITY.concerns(alert(msg_type=MsgType.CANCEL))
    assert CITY.concerns(alert(Area(circles=(Circle(35.0, 135.0, 1),)), msg_type=MsgType.CANCEL))
    assert not CITY.concerns(alert())


def test_distance_is_great_circle_kilometres():
    # 田無 to 八王子 is about 21 km
    assert 20 < distance_km(35.7270, 139.5410, 35.6664, 139.3160) < 22
    assert distance_km(35.0, 139.0, 35.0, 139.0) == 0
