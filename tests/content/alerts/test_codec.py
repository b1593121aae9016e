"""Alerts survive JSON and back; what does not fit the model is refused naming the field."""

import json

import pytest

from content.alerts.codec import from_json, to_json
from content.alerts.model import Kind
from content.alerts.read import read_document
from tests.content.alerts.samples import FIXTURES


@pytest.mark.parametrize(
    "name", sorted(p.relative_to(FIXTURES).as_posix() for p in FIXTURES.glob("[cj]*/*.xml"))
)
def test_every_sample_alert_round_trips(name):
    for alert in read_document((FIXTURES / name).read_bytes(), name).alerts:
        assert from_json(json.loads(json.dumps(to_json(alert)))) == alert


def test_a_kind_from_a_newer_gateway_is_shown_as_other():
    (alert,) = read_document((FIXTURES / "cap/city_evacuation.xml").read_bytes(), "x").alerts
    read = from_json({**to_json(alert), "kind": "meteor"})
    assert read.kind is Kind.OTHER and read.texts == alert.texts and read.level == alert.level


def test_what_does_not_fit_is_refused():
    (alert,) = read_document((FIXTURES / "cap/city_evacuation.xml").read_bytes(), "x").alerts
    data = to_json(alert)
    with pytest.raises(ValueError, match="kind"):
        from_json({**data, "kind": 7})
    with pytest.raises(ValueError, match="sent"):
        from_json({**data, "sent": "2026-09-14T17:20:00"})
    with pytest.raises(ValueError, match="level: missing"):
        from_json({k: v for k, v in data.items() if k != "level"})
    with pytest.raises(ValueError, match="1 to 5"):
        from_json({**data, "evacuation_level": 9})
