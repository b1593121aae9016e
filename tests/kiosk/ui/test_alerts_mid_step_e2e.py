"""A disaster takeover waits for the step under way, on the real stacks: the PIN typed on the
keypad with the card in pcscd+vpcd's reader, the certificates printed through cupsd, paid with
the payment emulator. The takeover comes only once the card is back, or the papers taken."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from content.config import MachikadoConfig
from kiosk.app import build_kiosk
from kiosk.services.certificates.core.flow import Step
from kiosk.services.notices.wiring import NoticeService
from kiosk.shell.core.alert_board import AlertBoard
from kiosk.tour import is_shown, wait_for_frame
from tests.devices.smartcard.conftest import Harness
from tests.gateway.test_issuance import CARDS, clock, gw, pki  # noqa: F401
from tests.kiosk.keypad.test_keypad_certificate_e2e import PLANTED_PIN, _fresh, hanako  # noqa: F401
from tests.kiosk.services.certificates.walk import RigCertificateService
from tests.kiosk.ui.test_alert_screens import ORDER
from tests.rigs import receipt_rig  # noqa: F401
from tests.system.rig import Kiosk as Terminal

# Steps a takeover must never cover: the card in the reader, paying, printing, papers in the tray.
HELD_STEPS = {
    Step.READING_CARD,
    Step.PIN,
    Step.CHECKING_PIN,
    Step.REMOVE_CARD,
    Step.ISSUING,
    Step.PRINTING,
    Step.TAKE_DOCUMENTS,
}


@pytest.fixture
def harness(pcscd):
    made = Harness("pcsc")
    yield made
    made.close()


@pytest.fixture
def terminal(tmp_path, gw, harness, private_cups, receipt_rig):  # noqa: F811
    made = Terminal(
        tmp_path / "kiosk", gw.url, gw.token, harness.reader, private_cups.printer(), receipt_rig()
    )
    yield made
    made.close()


@pytest.fixture
def rig(qapp, terminal):
    """The kiosk window on the terminal's flow, its alerts from a board the test fills."""
    board = AlertBoard()
    service = type("Service", (RigCertificateService,), {"flow": terminal.flow})
    kiosk = build_kiosk(
        MachikadoConfig(),
        services=(service, NoticeService),
        kiosk_mode=False,
        speech_engine="mock",
        alert_board=board,
    )
    covered: list[Step] = []  # the flow's step each time the takeover came on screen
    view = kiosk.alert_view
    view.changed.connect(lambda: covered.append(terminal.flow.step) if view.takeover else None)
    yield kiosk, board, covered
    kiosk.close()
    qapp.processEvents()


def to_pin(kiosk, terminal, harness, hanako) -> None:  # noqa: F811
    kiosk.session.start()
    kiosk.session.openService("certificates")
    terminal.flow.accept_terms()
    harness.insert(_fresh(hanako))
    terminal.flow.card_inserted()


def test_mid_pin_the_takeover_waits_for_the_card_to_come_back(
    rig,
    terminal,
    harness,
    hanako,  # noqa: F811
    qtbot,
):
    kiosk, board, covered = rig
    flow = terminal.flow
    to_pin(kiosk, terminal, harness, hanako)
    qtbot.waitUntil(lambda: flow.step is Step.PIN)
    QTest.keyClick(kiosk.window, PLANTED_PIN[0])
    board.update([ORDER])
    qtbot.waitUntil(lambda: kiosk.alert_view.waiting, timeout=5000)
    assert not is_shown(kiosk.window, "alertTakeover") and is_shown(kiosk.window, "alertBanner")
    for digit in PLANTED_PIN[1:]:  # the keypad still types into the PIN pad
        QTest.keyClick(kiosk.window, digit)
    assert flow.pin_length == 4
    QTest.keyClick(kiosk.window, Qt.Key.Key_Enter)
    qtbot.waitUntil(lambda: flow.step is Step.REMOVE_CARD)
    wait_for_frame(kiosk.window)
    assert not is_shown(kiosk.window, "alertTakeover")
    harness.remove()
    flow.card_removed()
    qtbot.waitUntil(lambda: is_shown(kiosk.window, "alertTakeover"), timeout=10_000)
    assert flow.step is Step.CHOOSE
    assert not set(covered) & HELD_STEPS, covered
    QTest.keyClick(kiosk.window, Qt.Key.Key_Escape)  # the keypad's Back: back to the choice
    wait_for_frame(kiosk.window)
    assert not is_shown(kiosk.window, "alertTakeover") and flow.step is Step.CHOOSE


def test_mid_print_the_takeover_waits_for_the_papers_to_be_taken(
    rig,
    terminal,
    harness,
    hanako,  # noqa: F811
    qtbot,
):
    kiosk, board, covered = rig
    flow = terminal.flow
    to_pin(kiosk, terminal, harness, hanako)
    terminal.enter_pin(PLANTED_PIN)
    harness.remove()
    flow.card_removed()
    qtbot.waitUntil(lambda: flow.step is Step.CHOOSE)
    fed: list[Step] = []

    def issue_while_printing() -> None:  # the order is issued the moment the printer starts
        if flow.step is Step.PRINTING and not fed:
            fed.append(flow.step)
            board.update([ORDER])

    flow.subscribe(issue_while_printing)
    terminal.order("inkan")
    terminal.pay_cash(500)
    qtbot.waitUntil(lambda: flow.step is Step.TAKE_DOCUMENTS, timeout=90_000)
    assert fed == [Step.PRINTING]
    qtbot.waitUntil(lambda: kiosk.alert_view.waiting, timeout=5000)
    assert not is_shown(kiosk.window, "alertTakeover")
    flow.documents_taken()
    qtbot.waitUntil(lambda: is_shown(kiosk.window, "alertTakeover"), timeout=10_000)
    assert not set(covered) & HELD_STEPS, covered
    QTest.keyClick(kiosk.window, Qt.Key.Key_Right)  # the keypad's arrows stay on the takeover
    assert kiosk.window.activeFocusItem().objectName() == "alertBackButton"
    QTest.keyClick(kiosk.window, Qt.Key.Key_Return)
    wait_for_frame(kiosk.window)
    assert not is_shown(kiosk.window, "alertTakeover")
