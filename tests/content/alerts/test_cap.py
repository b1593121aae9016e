"""CAP 1.2: every language kept, areas by geocode and shape, references, bad shapes left out."""

import datetime as dt

import pytest

from content.alerts.cap import parse_circle, parse_polygon
from content.alerts.model import Kind, Level, MsgType, Source, Status
from content.alerts.read import read_document
from content.alerts.safexml import RefusedError
from tests.content.alerts.samples import sample


def read(name, **kwargs):
    return read_document(sample(f"cap/{name}"), name, **kwargs)


def test_city_evacuation_order_in_two_languages():
    (alert,) = read("city_evacuation.xml", source=Source.CITY).alerts
    assert alert.key == "cap:bousai@city.hanamizuki.example:hanamizuki-2026-0914-001"
    assert alert.source is Source.CITY
    assert (alert.kind, alert.level, alert.evacuation_level) == (Kind.EVACUATION, Level.DANGER, 4)
    assert [t.language for t in alert.texts] == ["ja-JP", "en-US"]
    assert alert.text("ja").headline == "石神井川沿いの地域に避難指示"
    assert alert.text("en").instruction == "Everyone in danger areas must evacuate."
    assert alert.text("vi") is alert.texts[0]
    assert alert.expires == dt.datetime(2026, 9, 15, 0, 0, tzinfo=dt.UTC)
    assert alert.areas[0].codes[0].qualified == "jma:1322900"
    assert len(alert.areas[0].polygons[0].points) == 5


def test_update_and_cancel_reference_earlier_messages():
    (update,) = read("city_evacuation_update.xml").alerts
    assert update.msg_type is MsgType.UPDATE and update.level is Level.EMERGENCY
    assert update.references == (("bousai@city.hanamizuki.example", "hanamizuki-2026-0914-001"),)
    (cancel,) = read("city_evacuation_cancel.xml").alerts
    assert cancel.msg_type is MsgType.CANCEL and cancel.texts == ()


def test_exercise_keeps_its_status_and_utc_minus_zero_is_read():
    (drill,) = read("exercise.xml").alerts
    assert drill.status is Status.EXERCISE and drill.kind is Kind.EARTHQUAKE
    (fire,) = read("circle_elsewhere.xml").alerts
    assert fire.sent.utcoffset() == dt.timedelta(0)


def test_a_bad_circle_is_left_out_with_a_note():
    document = read("circle_elsewhere.xml")
    (alert,) = document.alerts
    assert len(alert.areas[0].circles) == 1
    assert "circle left out" in document.notes[0]


@pytest.mark.parametrize(
    "value",
    ["35,139 35,140 36,140", "35,139 35,140 36,140 35,138", "95,139 35,140 36,140 95,139", "a,b"],
)
def test_polygons_must_be_closed_rings_in_range(value):
    with pytest.raises(ValueError):
        parse_polygon(value)


@pytest.mark.parametrize("value", ["35.7,139.5", "35.7,139.5 -1", "35.7 139.5 1"])
def test_circles_need_a_point_and_a_radius(value):
    with pytest.raises(ValueError):
        parse_circle(value)


@pytest.mark.parametrize("scope", [b"Restricted", b"Private"])
def test_only_public_messages_are_shown(scope):
    data = sample("cap/exercise.xml").replace(
        b"<scope>Public</scope>", b"<scope>" + scope + b"</scope>"
    )
    document = read_document(data, "x")
    assert document.alerts == () and "not Public" in document.notes[0]


def test_ack_messages_carry_no_alert():
    data = sample("cap/exercise.xml").replace(
        b"<msgType>Alert</msgType>", b"<msgType>Ack</msgType>"
    )
    document = read_document(data, "x")
    assert document.alerts == () and "Ack" in document.notes[0]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (b"<identifier>hanamizuki-drill-2026-09-01</identifier>", b"<identifier>a b</identifier>"),
        (b"<sent>2026-09-01T10:00:00+09:00</sent>", b"<sent>2026-09-01T10:00:00</sent>"),
        (b"<status>Exercise</status>", b"<status>Maybe</status>"),
        (b"<sent>2026-09-01T10:00:00+09:00</sent>", b""),
    ],
)
def test_invalid_messages_are_refused(old, new):
    data = sample("cap/exercise.xml").replace(old, new)
    with pytest.raises(RefusedError) as refused:
        read_document(data, "x")
    assert refused.value.reason == "invalid"
