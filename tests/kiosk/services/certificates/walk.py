"""A kiosk whose certificate flow runs on fake ports, and a walk through every step of it."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator

import pytest

from content.municipality import load_sample_municipality
from kiosk.app import Kiosk
from kiosk.services.certificates.core.flow import CertificateFlow, Step
from kiosk.services.certificates.core.ports import Entitlement
from kiosk.services.certificates.ui.qt_certificate import QtCertificate
from kiosk.services.certificates.wiring import CertificateService
from kiosk.services.notices.wiring import NoticeService
from kiosk.shell.core.jobs import Done, Job, Progress
from kiosk.shell.host import Host
from tests.kiosk.blocks.fakes import SyncRunner
from tests.kiosk.services.certificates.certificate_fakes import PIN, Rig, make_rig


class RigCertificateService(CertificateService):
    """The certificate service on a flow wired to fakes, open at any hour, needing no device."""

    spec = dataclasses.replace(CertificateService.spec, devices=(), config_table="")
    flow: CertificateFlow | None = None

    def build_flow(self, host: Host) -> CertificateFlow | None:
        return self.flow

    def build_ui(self, session, connection, parent):
        return QtCertificate(session, self.flow, parent)

    def start(self, parent) -> None:
        """The fakes need no start."""

    def stop(self) -> None:
        """Nothing to stop."""

    def close(self) -> None:
        """Nothing to release."""


# What the gateway would offer a resident whose family register is kept by another city.
REFUSED = {"koseki-tohon": "issuance.koseki_not_in_city", "koseki-shohon": "issuance.no_koseki"}


def sample_entitlements() -> list[Entitlement]:
    """The sample city's certificates, named in every language, two of them refused."""
    return [
        Entitlement(c.id, c.name, c.fee_yen, c.id not in REFUSED, REFUSED.get(c.id, ""))
        for c in load_sample_municipality().certificates
    ]


class StepRunner(SyncRunner):
    """Runs each job at once but, while ``hold`` is set, keeps its result until :meth:`release`.

    Progress arrives while the job runs, so a held payment shows the money put in so far.
    """

    def run(self, job: Job, done: Done, progress: Progress | None = None) -> None:
        """Run ``job``; deliver its result now or at :meth:`release`."""
        try:
            result, error = job(progress or (lambda _v: None)), None
        except BaseException as failure:
            result, error = None, failure
        if self.hold:
            self.pending.append(lambda: done(result, error))
        else:
            done(result, error)

    def release(self) -> None:
        """Deliver every held result (and those of jobs they start)."""
        self.hold = False
        while self.pending:
            self.pending.pop(0)()


def certificate_kiosk(make_kiosk, monkeypatch: pytest.MonkeyPatch) -> tuple[Kiosk, Rig]:
    """A kiosk with the certificate service on a flow wired to fresh fakes."""
    rig = make_rig(StepRunner())
    rig.gateway.entitlements = sample_entitlements()

    service = type("Service", (RigCertificateService,), {"flow": rig.flow})
    return make_kiosk(services=(service, NoticeService)), rig


def runner(rig: Rig) -> StepRunner:
    """The rig's step runner."""
    assert isinstance(rig.flow.ports.runner, StepRunner)
    return rig.flow.ports.runner


def enter(kiosk: Kiosk, pin: str = PIN) -> None:
    """Type ``pin`` through the view-model and submit it."""
    for digit in pin:
        kiosk.session.core.flows["certificates"].press_digit(digit)
    kiosk.session.core.flows["certificates"].submit_pin()


def open_service(kiosk: Kiosk) -> None:
    """From wherever the session is, to the certificate terms."""
    session = kiosk.session
    if not session.inSession:
        session.start()
    session.home()
    session.openService("certificates")
    assert session.screen == "certificates"


def walk_steps(kiosk: Kiosk, rig: Rig, wait: Callable[[], None]) -> Iterator[str]:
    """Visit every step of the flow (some twice, with a problem); yield a label at each."""
    flow, card, run = rig.flow, rig.card, runner(rig)
    open_service(kiosk)
    wait()
    yield "Terms"
    flow.accept_terms()
    wait()
    yield "InsertCard"
    card.problem = "card.old_juki_card"
    card.on_reader = True
    flow.card_inserted()
    wait()
    yield "InsertCard-problem"
    card.problem, card.on_reader = "", False
    flow.card_removed()
    run.hold = True
    card.on_reader = True
    flow.card_inserted()
    wait()
    yield "ReadingCard"
    run.release()
    flow.press_digit("1")
    flow.press_digit("2")
    wait()
    yield "Pin"
    flow.clear_pin()
    enter(kiosk, "0000")
    wait()
    yield "Pin-tries"
    run.hold = True
    enter(kiosk)
    wait()
    yield "CheckingPin"
    run.release()
    wait()
    yield "RemoveCard"
    run.hold = True
    card.on_reader = False
    flow.card_removed()
    wait()
    yield "Loading"
    run.release()
    wait()
    yield "Choose"
    flow.choose("juminhyo")
    flow.set_household("all")
    flow.set_option("honseki", True)
    wait()
    yield "Options"
    flow.next()
    flow.set_copies(2)
    wait()
    yield "Copies"
    flow.next()
    wait()
    yield "Summary"
    run.hold = True
    flow.confirm()
    wait()
    yield "CheckingPrinter"
    run.release()
    wait()
    yield "Payment"
    run.hold = True
    flow.pay("cash")
    wait()
    yield "Payment-paying"
    run.pending.pop(0)()  # the money is held; the gateway's answer waits
    wait()
    yield "Issuing"
    run.pending.pop(0)()
    wait()
    yield "Printing"
    run.release()
    wait()
    yield "TakeDocuments"
    # Far beyond any clock reading the session's timer may have passed on already.
    flow.tick(1e9)
    flow.tick(1e9 + 60.0)
    wait()
    yield "TakeDocuments-reminder"
    card.on_reader = True
    flow.card_inserted()
    run.hold = True
    flow.documents_taken()
    wait()
    yield "Receipt"
    run.release()
    wait()
    yield "Done"
    card.on_reader = False
    flow.card_removed()
    flow.finish()

    # A printer problem: try again, then give up and get the money back.
    rig.printer.fail_at = len(rig.printer.printed) + 1
    _to_payment(kiosk, rig)
    flow.pay("ic")
    wait()
    yield "PrintProblem"
    run.hold = True
    flow.give_up()
    wait()
    yield "Refunding"
    run.release()
    wait()
    yield "Refunded"
    flow.finish()

    # A PIN typed wrong once too often.
    card.tries = 1
    open_service(kiosk)
    flow.accept_terms()
    card.on_reader = True
    flow.card_inserted()
    enter(kiosk, "0000")
    wait()
    assert flow.step is Step.PROBLEM
    yield "Problem"
    card.on_reader = False
    flow.card_removed()
    flow.finish()
    card.tries = 3


def _to_payment(kiosk: Kiosk, rig: Rig) -> None:
    flow, card = rig.flow, rig.card
    open_service(kiosk)
    flow.accept_terms()
    card.on_reader = True
    flow.card_inserted()
    enter(kiosk)
    card.on_reader = False
    flow.card_removed()
    flow.choose("inkan")
    flow.next()
    flow.confirm()
    assert flow.step is Step.PAYMENT
