"""What the banner and the takeover say of one alert: words per language, as-of, shelters."""

import datetime as dt

import pytest

from content.alerts.model import Alert, Kind, Level, MsgType, ShelterChange, Source, Status, Text
from content.phrasing import plain
from content.shelters.sample import load_sample_sites
from kiosk.shell.core import alert_bulletin
from kiosk.shell.core.alert_bulletin import ShelterState, as_of, bulletins, shelters_near
from offline_cache.alerts import HeldAlert

T0 = dt.datetime(2026, 12, 4, 6, 0, tzinfo=dt.UTC)
SITES = load_sample_sites().sites
HERE = (35.7251, 139.5387)


def held(
    kind: Kind = Kind.EVACUATION,
    *,
    updated: str = "",
    drill: bool = False,
    shelters: tuple[ShelterChange, ...] = (),
    texts: tuple[Text, ...] = (Text("ja", headline="避難指示"),),
) -> HeldAlert:
    alert = Alert(
        key="k",
        source=Source.CITY,
        identifier="k#1",
        sender="city",
        sent=T0,
        status=Status.ACTUAL,
        msg_type=MsgType.ALERT,
        kind=kind,
        level=Level.DANGER,
        texts=texts,
        evacuation_level=4,
        shelters=shelters,
    )
    return HeldAlert("k", 1, drill, updated or T0.isoformat(), alert)


def test_as_of_is_the_gateways_update_or_the_sending_if_later():
    later = T0 + dt.timedelta(minutes=5)
    assert as_of(held(updated=later.isoformat())) == later
    assert as_of(held(updated=(T0 - dt.timedelta(hours=1)).isoformat())) == T0
    assert as_of(held(updated="not a time")) == T0
    assert as_of(held(updated="2026-12-04T06:10:00")) == T0 + dt.timedelta(minutes=10)  # UTC


def test_before_the_first_sync_there_is_no_shelter_list():
    assert shelters_near(held(), [held()], None, HERE) == (ShelterState.NO_DATA, ())


def test_open_shelters_come_first_then_the_nearest_designated():
    opened = SITES[-1]
    alert = held(shelters=(ShelterChange(opened.id, True),))
    state, lines = shelters_near(alert, [alert], SITES, HERE)
    assert state is ShelterState.OPEN
    assert lines[0].name == opened.name and lines[0].open
    assert not any(line.open for line in lines[1:])
    assert [line.distance_km for line in lines[1:]] == sorted(
        line.distance_km for line in lines[1:]
    )


def test_none_opened_gives_the_designated_sites():
    state, lines = shelters_near(held(), [held()], SITES, HERE)
    assert state is ShelterState.DESIGNATED and len(lines) == 3


def test_a_hazard_no_site_takes_says_so():
    state, lines = shelters_near(held(Kind.TSUNAMI), [held(Kind.TSUNAMI)], SITES, HERE)
    assert (state, lines) == (ShelterState.NONE_NEAR, ())


def test_every_language_is_worded_and_a_drill_carries_its_notice():
    made = bulletins([held(drill=True)], ("ja", "en", "vi"), lambda: SITES, HERE)
    (bulletin,) = made
    assert set(bulletin.words) == {"ja", "en", "vi"}
    assert plain(bulletin.words_in("en").event).startswith("[Drill]")
    assert plain(bulletin.drill_notes["en"]) == "This is a drill, not a real alert."


def test_an_alert_without_japanese_text_is_still_worded():
    alert = held(texts=(Text("en", headline="Evacuate now"),))
    (bulletin,) = bulletins([alert], ("ja", "en"), lambda: SITES, HERE)
    assert plain(bulletin.words_in("en").headline) == "Evacuate now"
    assert plain(bulletin.words_in("ja").event) == "避難指示（警戒レベル4）"


def test_a_shelter_list_that_cannot_be_read_is_said_to_be_missing(caplog):
    def broken():
        raise OSError("disk")

    (bulletin,) = bulletins([held()], ("ja",), broken, HERE)
    assert bulletin.shelter_state is ShelterState.NO_DATA
    assert "could not be read" in caplog.text


def test_a_language_that_cannot_be_worded_is_left_out(monkeypatch, caplog):
    real = alert_bulletin.words_for

    def fussy(alert, language, *, drill=False):
        if language == "vi":
            raise ValueError("no such catalogue")
        return real(alert, language, drill=drill)

    monkeypatch.setattr(alert_bulletin, "words_for", fussy)
    (bulletin,) = bulletins([held()], ("ja", "vi"), lambda: SITES, HERE)
    assert set(bulletin.words) == {"ja"}
    assert bulletin.words_in("vi") is bulletin.words["ja"]  # Japanese rather than nothing
    assert "could not be worded in vi" in caplog.text


@pytest.mark.parametrize("languages", [()])
def test_an_alert_worded_in_no_language_is_left_out(languages):
    assert bulletins([held()], languages, lambda: SITES, HERE) == []
