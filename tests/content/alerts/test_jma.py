"""JMA telegrams: warnings of both generations, earthquakes, tsunami, rivers and cancels."""

import datetime as dt

import pytest

from content.alerts.jma import parse_jma, prefectures_of, reads, telegram_code
from content.alerts.model import Kind, Level, MsgType, Status
from content.alerts.read import read_document
from content.alerts.safexml import RefusedError, parse
from tests.content.alerts.samples import sample

JST = dt.timezone(dt.timedelta(hours=9))


def read(name):
    return read_document(sample(f"jma/{name}"), f"https://www.data.jma.go.jp/x/{name}")


def by_key(document):
    return {alert.key: alert for alert in document.alerts}


def test_warnings_telegram_lists_what_is_in_force_per_municipality():
    document = read("vpww54_tokyo_heavy_rain.xml")
    alerts = by_key(document)
    rain = alerts["jma:weather:1322900:heavy_rain"]
    assert (rain.kind, rain.level, rain.status) == (Kind.HEAVY_RAIN, Level.WARNING, Status.ACTUAL)
    assert rain.texts[0].headline == "西東京市：大雨警報"
    assert rain.texts[0].description.startswith("多摩北部では")
    assert rain.sent == dt.datetime(2026, 7, 14, 15, 12, tzinfo=JST)
    assert rain.codes == ("03",)
    assert alerts["jma:weather:1322900:thunder"].level is Level.ADVISORY
    # 解除 is not in force; each municipality and kind is a scope the next telegram restates,
    # except the 2026 土砂 warnings the older telegrams cannot carry
    assert "jma:weather:1322900:flood" not in alerts
    assert "jma:weather:1322900:flood" in document.scopes
    assert "jma:weather:1321100:heavy_rain" in document.scopes
    assert not [s for s in document.scopes if s.endswith(":landslide")]


def test_old_and_2026_generations_give_the_same_event_keys():
    old = by_key(read("vpww53_tokyo_heavy_rain.xml"))
    h27 = by_key(read("vpww54_tokyo_heavy_rain.xml"))
    r06 = by_key(read("vpww55_tokyo_level4.xml"))
    assert old.keys() == h27.keys()
    level4 = r06["jma:weather:1322900:heavy_rain"]
    assert level4.level is Level.DANGER and level4.evacuation_level == 4
    assert level4.texts[0].event == "レベル４大雨危険警報"
    # a 2026 telegram speaks only for its own kind
    assert read("vpww55_tokyo_level4.xml").scopes == ("jma:weather:1322900:heavy_rain",)


def test_a_cleared_area_lists_nothing_but_stays_a_scope():
    document = read("vpww54_tokyo_cleared.xml")
    assert document.alerts == ()
    assert "jma:weather:1322900:thunder" in document.scopes


def test_drill_telegrams_keep_their_status():
    alerts = read("vpww54_tokyo_drill.xml").alerts
    assert alerts and {a.status for a in alerts} == {Status.EXERCISE}


def test_earthquake_alerts_per_seismic_area_with_their_cities():
    alerts = by_key(read("vxse53_tama.xml"))
    tama = alerts["jma:earthquake:20261002102714:351"]
    assert tama.level is Level.WARNING
    assert tama.texts[0].headline == "東京都多摩東部で震度5弱"
    assert "M5.2" in tama.texts[0].description
    assert "津波の心配はありません" in tama.texts[0].description
    codes = {c.qualified for area in tama.areas for c in area.codes}
    assert {"seismic:351", "jma:1322900"} <= codes
    assert tama.expires == tama.sent + dt.timedelta(hours=6)
    assert alerts["jma:earthquake:20261002102714:350"].level is Level.ADVISORY


def test_a_hypocentre_report_restates_no_area():
    data = sample("jma/vxse53_tama.xml").decode()
    start, end = data.index("    <Intensity>"), data.index("    <Comments>")
    data = (data[:start] + data[end:]).replace("震源・震度に関する情報", "震源に関する情報")
    document = read_document(data.encode(), "u")
    assert document.alerts == () and document.scopes == ()


def test_a_cancel_retracts_the_event_it_names():
    document = read("vxse53_cancel.xml")
    assert document.retracts and document.scopes == ("jma:earthquake:20261002102714",)
    assert document.alerts == ()


def test_tornado_expires_at_its_valid_time():
    (tornado,) = read("vphw50_tokyo.xml").alerts
    assert tornado.kind is Kind.TORNADO and tornado.level is Level.ADVISORY
    assert tornado.expires == dt.datetime(2026, 8, 20, 15, 40, tzinfo=JST)


def test_landslide_alert_river_tsunami_and_record_rain():
    (landslide,) = read("vxww50_tokyo.xml").alerts
    assert landslide.key == "jma:landslide-alert:1320100" and landslide.level is Level.DANGER
    assert landslide.texts[0].event == "土砂災害警戒情報"
    (river,) = read("vxko_shakujii.xml").alerts
    assert river.key == "jma:river:830307000100"
    assert (river.kind, river.level) == (Kind.FLOOD, Level.DANGER)
    codes = {c.qualified for a in river.areas for c in a.codes}
    # the river, its forecast area, and the municipalities it expects flooded
    assert {"river:8303070001", "flood-area:830307000100", "jma:1322900"} <= codes
    tsunami = by_key(read("vtse41_tokyo_bay.xml"))
    assert tsunami["jma:tsunami:20261005121000:312"].level is Level.ADVISORY
    (rain,) = read("vpoa50_tokyo.xml").alerts
    assert rain.kind is Kind.RECORD_RAIN and rain.expires == rain.sent + dt.timedelta(hours=1)


def test_a_landslide_alert_lifted_per_item_is_not_in_force():
    data = sample("jma/vxww50_tokyo.xml").replace(
        "<Status>発表</Status>".encode(), "<Status>解除</Status>".encode()
    )
    document = read_document(data, "u")
    assert document.alerts == () and "jma:landslide-alert:1320100" in document.scopes


def test_volcano_warning_with_its_alert_level_and_lifted():
    (volcano,) = read("vfvo50_izu_oshima.xml").alerts
    assert (volcano.key, volcano.kind) == ("jma:volcano:320", Kind.VOLCANO)
    assert volcano.level is Level.WARNING
    assert volcano.texts[0].headline == "伊豆大島：火口周辺警報・噴火警戒レベル２（火口周辺規制）"
    assert volcano.evacuation_level is None  # 噴火警戒レベル is not 警戒レベル
    assert "jma:1336100" in {c.qualified for a in volcano.areas for c in a.codes}
    level5 = (
        sample("jma/vfvo50_izu_oshima.xml")
        .replace("レベル２（火口周辺規制）".encode(), "レベル５（避難）".encode())
        .replace("火口周辺警報</Name>".encode(), "噴火警報（居住地域）</Name>".encode())
    )
    (evacuate,) = read_document(level5, "u").alerts
    assert evacuate.level is Level.EMERGENCY
    lifted = sample("jma/vfvo50_izu_oshima.xml").replace(
        "火口周辺警報</Name>".encode(), "噴火予報</Name>".encode()
    )
    document = read_document(lifted, "u")
    assert document.alerts == () and document.scopes == ("jma:volcano:320",)


def test_correction_is_an_update():
    data = sample("jma/vpww54_tokyo_heavy_rain.xml").replace(
        "<InfoType>発表</InfoType>".encode(), "<InfoType>訂正</InfoType>".encode()
    )
    document = read_document(data, "u")
    assert {a.msg_type for a in document.alerts} == {MsgType.UPDATE}


def test_unread_telegram_kinds_are_noted_not_refused():
    data = sample("jma/vphw50_tokyo.xml").replace(
        "竜巻注意情報</Title>".encode(), "天気概況</Title>".encode(), 1
    )
    document = read_document(data, "u")
    assert document.alerts == () and "天気概況" in document.notes[0]


def test_a_telegram_without_control_is_refused():
    with pytest.raises(RefusedError):
        parse_jma(parse(b'<Report xmlns="http://xml.kishou.go.jp/jmaxml1/"/>'), "x")


def test_file_names_tell_which_telegrams_to_fetch():
    url = "https://www.data.jma.go.jp/developer/xml/data/20260907135754_0_VPWW54_130000.xml"
    assert telegram_code(url) == "VPWW54" and reads(url)
    assert not reads("https://www.data.jma.go.jp/developer/xml/data/20260907_0_VPFD51_130010.xml")
    assert reads("https://www.data.jma.go.jp/developer/xml/data/20261002_0_VXSE53_010000.xml")


def test_weather_telegrams_of_other_prefectures_are_not_wanted():
    tokyo = prefectures_of(frozenset({"jma:1322900", "jma:130013", "seismic:351"}))
    assert tokyo == {"13"}
    base = "https://www.data.jma.go.jp/developer/xml/data/20260907135754_0_"
    assert reads(base + "VPWW54_130000.xml", tokyo)
    assert not reads(base + "VPWW54_270000.xml", tokyo)
    assert not reads(base + "VXWW50_140000.xml", tokyo)
    assert reads(base + "VXSE53_010000.xml", tokyo)  # earthquakes are national
    assert reads(base + "VPWW54_270000.xml")
