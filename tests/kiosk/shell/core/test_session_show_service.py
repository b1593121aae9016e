"""Opening a service from wherever the resident is (a disaster banner's or takeover's button)."""

import dataclasses

import pytest

from content.config import Profile
from content.notices import load_sample_board
from kiosk.services.notices.core.flow import NoticesFlow
from kiosk.services.notices.spec import SERVICE as NOTICES
from kiosk.shell.core.idle import IdleTimer
from kiosk.shell.core.screens import Screen
from kiosk.shell.core.services import ServiceRegistry, SyncedData
from kiosk.shell.core.session import Session
from tests.kiosk.shell.core.fakes import FakeDevices

BOARD = load_sample_board()
DISASTER = dataclasses.replace(NOTICES, id="disaster")


class Held(NoticesFlow):
    """A flow that may be told to hold the resident (money at stake)."""

    holding = False

    @property
    def can_leave(self) -> bool:
        return not self.holding


@pytest.fixture
def session():
    services = ServiceRegistry(
        (NOTICES, DISASTER), Profile.COMMUNITY_CENTRE, FakeDevices(), SyncedData(["notices"])
    )
    return Session(
        languages=("ja", "en"),
        default_language="ja",
        services=services,
        idle=IdleTimer(60, 20),
        flows={"notices": Held(BOARD), "disaster": NoticesFlow(BOARD)},
    )


def test_from_the_attract_loop_a_session_begins_on_the_service(session):
    assert session.show_service("disaster", 0.0)
    assert session.screen is Screen.SERVICE and session.service_id == "disaster"
    assert session.sessions_started == 1


def test_from_another_service_the_resident_leaves_it(session):
    session.start(0.0)
    session.open_service("notices")
    notices = session.flows["notices"]
    notices.open(BOARD.notices[0].id)
    assert session.show_service("disaster", 1.0)
    assert session.service_id == "disaster"
    assert notices.browser.selected is None  # left, and reset


def test_never_while_the_open_service_holds_the_resident(session):
    session.start(0.0)
    session.open_service("notices")
    session.flows["notices"].holding = True
    assert not session.show_service("disaster", 1.0)
    assert session.service_id == "notices"


def test_the_service_already_open_stays_as_it_is(session):
    session.start(0.0)
    session.open_service("disaster")
    assert session.show_service("disaster", 1.0) and session.service_id == "disaster"


def test_an_unknown_or_unavailable_service_changes_nothing(session):
    session.start(0.0)
    assert not session.show_service("nothing", 1.0)
    session.services.data.names.discard("notices")
    assert not session.show_service("disaster", 1.0)
    assert session.screen is Screen.HOME


def test_at_an_item_where_the_flow_opens_items(session):
    notice = BOARD.notices[1].id
    assert session.show_service("notices", 0.0, notice)
    assert session.flows["notices"].browser.selected == notice
    assert session.show_service("disaster", 1.0, "no-such-item")  # the service, at its start
    assert session.flows["disaster"].browser.selected is None
