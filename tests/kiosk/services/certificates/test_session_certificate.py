"""The session holding the certificate flow: Back, Home, Finish and the idle timeout."""

from __future__ import annotations

import pytest

from content.config import Profile
from kiosk.services.certificates.core.flow import Step
from kiosk.services.certificates.spec import SERVICE as CERTIFICATES
from kiosk.shell.core.idle import IdleTimer
from kiosk.shell.core.screens import Screen
from kiosk.shell.core.services import ServiceRegistry, SyncedData
from kiosk.shell.core.session import Session
from tests.kiosk.services.certificates.certificate_fakes import Rig, enter_pin, make_rig
from tests.kiosk.shell.core.fakes import FakeDevices, State

T0 = 1000.0
KINDS = ("card_reader", "document_printer", "receipt_printer", "payment")


@pytest.fixture
def rig() -> Rig:
    return make_rig()


@pytest.fixture
def session(rig: Rig) -> Session:
    devices = FakeDevices({kind: State(True, "") for kind in KINDS})
    services = ServiceRegistry(
        (CERTIFICATES,), Profile.COMMUNITY_CENTRE, devices, SyncedData(["notices"])
    )
    made = Session(
        languages=("ja", "en"),
        default_language="ja",
        services=services,
        idle=IdleTimer(60, 20),
        flows={"certificates": rig.flow},
    )
    made.start(T0)
    return made


def to_payment(session: Session, rig: Rig) -> None:
    assert session.open_service("certificates")
    rig.flow.accept_terms()
    rig.card.on_reader = True
    rig.flow.card_inserted()
    enter_pin(rig.flow)
    rig.card.on_reader = False
    rig.flow.card_removed()
    rig.flow.choose("inkan")
    rig.flow.next()
    rig.flow.confirm()
    assert rig.flow.step is Step.PAYMENT


def test_back_walks_the_flow_then_leaves_it(session, rig):
    session.set_language("en")
    assert session.open_service("certificates")
    assert session.screen is Screen.SERVICE and rig.flow.language == "en"
    rig.flow.accept_terms()
    session.back()
    assert (session.screen, rig.flow.step) == (Screen.SERVICE, Step.TERMS)
    assert not session.can_go_back  # the terms have their own "do not agree"
    session.back()
    assert session.screen is Screen.SERVICE
    rig.flow.decline_terms()
    assert session.screen is Screen.HOME


def test_no_leaving_while_paying_and_no_idle_timeout(session, rig):
    to_payment(session, rig)
    rig.runner.hold = True
    rig.flow.pay("cash")
    assert not session.can_leave and not session.can_go_back
    session.home()
    session.back()
    assert session.screen is Screen.SERVICE
    session.tick(T0 + 500)  # far past the timeout: the resident is paying
    assert session.screen is Screen.SERVICE


def test_no_leaving_while_the_certificates_are_in_the_tray(session, rig):
    to_payment(session, rig)
    rig.flow.pay("cash")
    assert rig.flow.step is Step.TAKE_DOCUMENTS
    assert not session.can_leave and not session.can_go_back
    session.home()
    assert session.screen is Screen.SERVICE
    rig.flow.documents_taken()
    assert rig.flow.step is Step.DONE
    assert session.can_leave and not session.can_go_back


def test_walking_away_at_a_printer_problem_gives_the_money_back(session, rig):
    rig.printer.fail_at = 1
    to_payment(session, rig)
    rig.flow.pay("cash")
    assert rig.flow.step is Step.PRINT_PROBLEM
    session.tick(T0 + 100)  # the idle warning's countdown runs out
    session.tick(T0 + 200)
    assert session.screen is Screen.ATTRACT
    assert rig.payment.given_back == ["hold-1"] and rig.payment.taken == []


def test_the_language_follows_to_the_receipt(session, rig):
    to_payment(session, rig)
    session.set_language("en")
    rig.flow.pay("cash")
    rig.flow.documents_taken()
    assert rig.receipt.printed[0].language == "en"
