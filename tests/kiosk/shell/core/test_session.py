"""The kiosk session: navigation, the resident's choices, idle timeout and the wipe."""

import dataclasses

import pytest

from content.config import Profile
from content.notices import load_sample_board
from kiosk.services.notices.core.flow import NoticesFlow, Step
from kiosk.services.notices.spec import SERVICE as NOTICES
from kiosk.shell.core.accessibility import Accessibility
from kiosk.shell.core.idle import IdlePhase, IdleTimer
from kiosk.shell.core.messages import translate
from kiosk.shell.core.screens import Screen
from kiosk.shell.core.services import ServiceRegistry, ServiceSpec, SyncedData
from kiosk.shell.core.session import Change, Session
from tests.kiosk.shell.core.fakes import FakeDevices

TIMEOUT = 60.0
WARNING = 20.0
T0 = 1000.0

JOB_SLIP = ServiceSpec(
    id="job_slip",
    icon="briefcase",
    title=translate("tests", "Job slip"),
    description=translate("tests", "Prints a slip."),
    devices=("receipt_printer",),
)
BOARD = load_sample_board()
NOTICE_ID = BOARD.notices[0].id


@pytest.fixture
def session():
    services = ServiceRegistry(
        (NOTICES, JOB_SLIP),
        Profile.COMMUNITY_CENTRE,
        FakeDevices(),
        SyncedData(["notices"]),
    )
    return Session(
        languages=("ja", "en", "vi"),
        default_language="ja",
        services=services,
        idle=IdleTimer(TIMEOUT, WARNING),
        flows={"notices": NoticesFlow(BOARD)},
    )


def notices(session) -> NoticesFlow:
    return session.flows["notices"]


@pytest.fixture
def changes(session):
    seen = []
    session.subscribe(seen.append)
    return seen


@pytest.fixture
def started(session, changes):
    session.start(T0)
    changes.clear()
    return session


# -- navigation -----------------------------------------------------------------------------


def test_starts_on_attract(session):
    assert session.screen is Screen.ATTRACT
    assert session.language == "ja"
    assert session.sessions_started == 0


def test_start_goes_home(session, changes):
    session.start(T0)
    assert session.screen is Screen.HOME
    assert session.sessions_started == 1
    assert changes == [Change.SCREEN]


def test_start_twice_is_one_session(started):
    started.start(T0 + 1)
    assert started.sessions_started == 1


def test_open_notices(started, changes):
    assert started.open_service("notices")
    assert started.screen is Screen.SERVICE and started.service_id == "notices"
    assert started.can_go_back
    assert changes == [Change.SCREEN]


@pytest.mark.parametrize("service_id", ["no_such_service", "job_slip"])
def test_open_service_that_cannot_serve(started, changes, service_id):
    assert not started.open_service(service_id)
    assert started.screen is Screen.HOME
    assert changes == []


def test_open_service_only_from_home(session):
    assert not session.open_service("notices")
    assert session.screen is Screen.ATTRACT


def test_open_notice_back_and_home(started):
    started.open_service("notices")
    assert notices(started).open(NOTICE_ID)
    assert notices(started).step is Step.DETAIL
    assert notices(started).browser.selected == NOTICE_ID

    started.back()
    assert started.screen is Screen.SERVICE and notices(started).step is Step.LIST

    notices(started).open(NOTICE_ID)
    started.home()
    assert started.screen is Screen.HOME
    assert not started.can_go_back
    started.back()
    assert started.screen is Screen.HOME


def test_open_unknown_notice(started):
    started.open_service("notices")
    assert not notices(started).open("no-such-notice")
    assert notices(started).step is Step.LIST
    assert notices(started).browser.selected is None


def test_back_from_the_notice_list_goes_home(started):
    started.open_service("notices")
    started.back()
    assert started.screen is Screen.HOME and started.service_id == ""


# -- the resident's choices -------------------------------------------------------------------


def test_set_language(started, changes):
    started.set_language("en")
    assert started.language == "en"
    assert changes == [Change.LANGUAGE]


@pytest.mark.parametrize("code", ["fr", "ko", "ja"])
def test_set_language_ignores_unknown_or_unchanged(started, changes, code):
    started.set_language(code)  # "ko" exists but is not configured on this terminal
    assert started.language == "ja"
    assert changes == []


def test_toggle_accessibility(started, changes):
    started.toggle_accessibility("large_text")
    assert started.accessibility == Accessibility(large_text=True)
    started.toggle_accessibility("large_text")
    assert started.accessibility == Accessibility()
    assert changes == [Change.ACCESSIBILITY, Change.ACCESSIBILITY]
    with pytest.raises(KeyError):
        started.toggle_accessibility("no_such_mode")


# -- idle timeout -------------------------------------------------------------------------------


def test_tick_before_timeout_stays_active(started, changes):
    started.tick(T0 + TIMEOUT - 0.1)
    assert started.idle_phase is IdlePhase.ACTIVE
    assert started.screen is Screen.HOME
    assert changes == []


def test_activity_pushes_the_timeout_back(started):
    started.activity(T0 + 50)
    started.tick(T0 + TIMEOUT + 1)
    assert started.idle_phase is IdlePhase.ACTIVE


def test_timeout_shows_warning(started, changes):
    started.tick(T0 + TIMEOUT)
    assert started.idle_phase is IdlePhase.WARNING
    assert started.screen is Screen.HOME
    assert changes == [Change.IDLE]
    assert started.seconds_left(T0 + TIMEOUT) == WARNING
    started.tick(T0 + TIMEOUT + 1)
    assert changes == [Change.IDLE, Change.IDLE]


def test_activity_does_not_dismiss_the_warning(started):
    started.tick(T0 + TIMEOUT)
    started.activity(T0 + TIMEOUT + 5)
    started.tick(T0 + TIMEOUT + 6)
    assert started.idle_phase is IdlePhase.WARNING
    started.tick(T0 + TIMEOUT + WARNING)
    assert started.screen is Screen.ATTRACT


def test_extend_dismisses_the_warning(started, changes):
    started.tick(T0 + TIMEOUT)
    started.extend(T0 + TIMEOUT + 5)
    assert started.idle_phase is IdlePhase.ACTIVE
    assert changes == [Change.IDLE, Change.IDLE]
    started.tick(T0 + TIMEOUT + WARNING)
    assert started.screen is Screen.HOME
    assert started.idle_phase is IdlePhase.ACTIVE


def test_timeout_ends_and_wipes_the_session(started, changes):
    wiped = []
    started.add_wipe_hook(lambda: wiped.append(True))
    started.set_language("en")
    started.toggle_accessibility("high_contrast")
    started.open_service("notices")
    notices(started).search("tax")
    notices(started).open(NOTICE_ID)
    changes.clear()

    started.tick(T0 + TIMEOUT)
    started.tick(T0 + TIMEOUT + WARNING)

    assert started.screen is Screen.ATTRACT
    assert started.language == "ja"
    assert started.accessibility == Accessibility()
    assert started.idle_phase is IdlePhase.ACTIVE
    assert notices(started).browser.query == ""
    assert notices(started).browser.selected is None
    assert not started.can_go_back
    assert wiped == [True]
    assert changes[0] is Change.IDLE  # the warning
    assert set(changes[1:]) == {
        Change.SCREEN,
        Change.LANGUAGE,
        Change.ACCESSIBILITY,
        Change.IDLE,
    }


def test_next_session_after_timeout(started):
    started.tick(T0 + TIMEOUT + WARNING)
    assert started.screen is Screen.ATTRACT
    started.start(T0 + 500)
    assert started.screen is Screen.HOME
    assert started.sessions_started == 2
    started.tick(T0 + 500 + TIMEOUT - 1)
    assert started.idle_phase is IdlePhase.ACTIVE


def test_idle_does_not_apply_on_attract(session, changes):
    session.tick(T0 + 10 * TIMEOUT)
    session.activity(T0)
    session.extend(T0)
    assert session.screen is Screen.ATTRACT
    assert changes == []


# -- ending ---------------------------------------------------------------------------------


def test_end_returns_to_attract(started, changes):
    wiped = []
    started.add_wipe_hook(lambda: wiped.append(True))
    started.end()
    assert started.screen is Screen.ATTRACT
    assert wiped == [True]
    assert set(changes) == {Change.SCREEN, Change.IDLE}


def test_end_on_attract_is_a_no_op(session, changes):
    wiped = []
    session.add_wipe_hook(lambda: wiped.append(True))
    session.end()
    assert session.screen is Screen.ATTRACT
    assert wiped == []
    assert changes == []


def test_fail_goes_out_of_service(started, changes):
    started.set_language("en")
    started.fail("cache.corrupt")
    assert started.screen is Screen.OUT_OF_SERVICE
    assert started.fault == "cache.corrupt"
    assert started.language == "ja"
    assert changes[-1] is Change.SCREEN

    changes.clear()
    started.tick(T0 + 10 * TIMEOUT)
    started.start(T0 + 10 * TIMEOUT)
    assert started.screen is Screen.OUT_OF_SERVICE
    assert started.sessions_started == 1
    assert changes == []


def test_fail_from_attract(session, changes):
    session.fail("gateway.unreachable")
    assert session.screen is Screen.OUT_OF_SERVICE
    assert changes == [Change.SCREEN]


def test_new_notices_replace_the_board_and_close_a_withdrawn_notice(session):
    session.start(T0)
    session.open_service("notices")
    notices(session).open(NOTICE_ID)
    kept = tuple(n for n in BOARD.notices if n.id != NOTICE_ID)
    notices(session).replace_board(dataclasses.replace(BOARD, notices=kept, slides=()))
    assert notices(session).step is Step.LIST
    assert notices(session).browser.selected is None
    assert [n.id for n in notices(session).browser.visible("ja")] == [
        n.id for n in sorted(kept, key=lambda n: n.published, reverse=True)
    ]


def test_notices_wait_for_their_first_sync():
    services = ServiceRegistry((NOTICES,), Profile.STATION, FakeDevices(), SyncedData())
    session = Session(
        languages=("ja",),
        default_language="ja",
        services=services,
        idle=IdleTimer(TIMEOUT, WARNING),
        flows={"notices": NoticesFlow(BOARD)},
    )
    changes = []
    session.subscribe(changes.append)
    session.start(T0)
    assert services.status("notices").reason == "data.notices.not_synced"
    assert not session.open_service("notices")
    session.dataset_synced("notices")
    assert Change.SERVICES in changes
    assert session.open_service("notices")
