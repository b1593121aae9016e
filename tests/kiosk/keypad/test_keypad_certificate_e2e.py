"""A resident who cannot see the screen gets a certificate by the keypad alone.

The kiosk window runs offscreen with the certificate flow on the real adapters and stacks:
pyscard → pcscd → vpcd → the card emulator, the gateway on uvicorn, a private cupsd with a
cups-pdf queue, the ESC/POS receipt emulator on a pty, the payment emulator. The resident's
part is keys only (and the card, the coins and the headphones, which are hands' work); what
the kiosk says is recorded from its speech output. The PIN is planted and never said or logged.
"""

from __future__ import annotations

import itertools
import os
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from content.config import MachikadoConfig
from content.phrasing import spoken
from devices.audio_jack.emulator import EmulatedJack
from devices.smartcard.emulator.factory import CardRecord, issue_card
from gateway.issuance.service import link_card
from kiosk.app import build_kiosk
from kiosk.services.certificates.core.flow import Step
from kiosk.services.notices.wiring import NoticeService
from tests.devices.smartcard.conftest import Harness
from tests.gateway.test_issuance import CARDS, clock, gw, pdf_text, pki  # noqa: F401
from tests.kiosk.services.certificates.walk import RigCertificateService
from tests.rigs import receipt_rig  # noqa: F401
from tests.system.rig import Kiosk as Terminal

PLANTED_PIN = "8206"


@pytest.fixture
def hanako(gw, pki):  # noqa: F811
    """Hanako's card with the planted PIN, linked to her record."""
    record = issue_card(pki.ca, CARDS["hanako"][1], auth_pin=PLANTED_PIN)
    link_card(gw.engine, gw.settings, "R000002", record.auth_cert)
    return record


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
def window(qapp, terminal):
    """The kiosk window on the terminal's flow, with a headphone jack to plug."""
    service = type("Service", (RigCertificateService,), {"flow": terminal.flow})
    jack = EmulatedJack()
    kiosk = build_kiosk(
        MachikadoConfig(),
        services=(service, NoticeService),
        kiosk_mode=False,
        speech_engine="mock",
        headphone_jack=jack,
    )
    yield kiosk, jack
    kiosk.close()
    qapp.processEvents()


class Resident:
    """Presses keys on the kiosk's keypad and hears what it says."""

    def __init__(self, kiosk, qtbot) -> None:
        self.kiosk, self.qtbot = kiosk, qtbot
        self.heard: list[str] = []
        app = kiosk.engine.singletonInstance("Kiosk", "App")
        app.property("speech").spoken.connect(self.heard.append)

    def key(self, code: Qt.Key, text: str = "") -> None:
        if text:
            QTest.keyClick(self.kiosk.window, text)
        else:
            QTest.keyClick(self.kiosk.window, code)
        self.qtbot.wait(10)

    def focused(self) -> str:
        item = self.kiosk.window.activeFocusItem()
        return item.objectName() if item is not None else ""

    def press(self, name: str) -> str:
        """Arrow to the control ``name``, hearing each one named, and press Enter on it."""
        self.qtbot.wait(30)  # the screen says its title and instructions first
        for _ in range(len(self.kiosk.keypad.stops()) + 1):
            self.key(Qt.Key.Key_Right)
            if self.focused() == name:
                said = self.heard[-1]
                self.key(Qt.Key.Key_Return)
                return said
        raise AssertionError(f"{name} is not among the stops: {self.stop_names()}")

    def stop_names(self) -> list[str]:
        return [s.objectName() for s in self.kiosk.keypad.stops()]

    def says(self, words: str, since: int = 0) -> bool:
        return any(words in line for line in self.heard[since:])


def test_a_resident_gets_a_certificate_by_keys_alone(
    window, terminal, harness, hanako, private_cups, qtbot, caplog
):
    caplog.set_level("DEBUG")
    kiosk, jack = window
    flow = terminal.flow
    you = Resident(kiosk, qtbot)
    assert kiosk.session.screen == "Attract"

    jack.plug()  # headphones in: a session with speech, and how to use the keys
    qtbot.waitUntil(lambda: kiosk.session.speech and kiosk.session.inSession)
    assert you.says("矢印キーでボタンを選び")
    assert kiosk.session.screen == "Home"

    said = you.press("tile_certificates")
    assert "証明書の交付" in said
    assert flow.step is Step.TERMS
    you.press("agreeButton")
    assert flow.step is Step.INSERT_CARD

    harness.insert(_fresh(hanako))  # the card goes into the reader
    flow.card_inserted()
    qtbot.waitUntil(lambda: flow.step is Step.PIN)
    qtbot.waitUntil(lambda: you.says("暗証番号を入力してください"))  # the step's instructions
    mark = len(you.heard)
    for digit in PLANTED_PIN:
        you.key(Qt.Key.Key_0, digit)
    assert flow.pin_length == 4
    assert you.heard[mark:] == ["入力しました"] * 4
    you.key(Qt.Key.Key_Enter)
    qtbot.waitUntil(lambda: flow.step is Step.REMOVE_CARD)
    harness.remove()
    flow.card_removed()
    qtbot.waitUntil(lambda: flow.step is Step.CHOOSE)

    assert "住民票の写し" in you.press("certificate_juminhyo")
    assert flow.step is Step.OPTIONS
    you.press("householdAll")
    you.press("nextButton")
    assert flow.step is Step.COPIES
    you.press("moreButton")
    you.press("nextButton")
    assert flow.step is Step.SUMMARY and flow.fee_yen == 400
    before = set(private_cups.output.rglob("*.pdf"))
    you.press("payButton")
    assert flow.step is Step.PAYMENT
    terminal.unit.queue_cash(500)  # the coin goes in
    you.press("pay_cash")
    qtbot.waitUntil(lambda: flow.step is Step.TAKE_DOCUMENTS, timeout=90_000)
    printed = _new_pdfs(private_cups.output, before, 2)
    assert "住民票の写し" in pdf_text(printed[0].read_bytes(), printed[0].parent)

    you.press("takenButton")
    assert flow.step is Step.DONE and flow.receipt_printed
    receipt = "\n".join(terminal.receipt.text_lines())
    assert "400" in receipt
    you.press("doneFinishButton")
    qtbot.waitUntil(lambda: kiosk.session.screen == "Attract")

    everything = "\n".join(you.heard)
    lines = [line for line in you.heard if line != "入力しました"]
    repeated = [a for a, b in itertools.pairwise(lines) if a == b]
    assert not repeated, f"said twice in a row: {repeated}"
    for title in ("証明書の交付", "カードを", "暗証番号", "住民票の写し", "お支払い"):
        assert title in spoken(everything), f"never heard {title!r}"
    assert PLANTED_PIN not in everything
    assert not set(you.heard) & set(PLANTED_PIN)  # no digit said on its own either
    if os.environ.get("MACHIKADO_REVIEW_DIR"):
        (Path(os.environ["MACHIKADO_REVIEW_DIR"]) / "keypad-e2e-heard.txt").write_text(everything)
    assert PLANTED_PIN not in caplog.text
    for path in (p for p in terminal.folder.rglob("*") if p.is_file()):
        assert PLANTED_PIN.encode() not in path.read_bytes(), path
    assert kiosk.qml_warnings == []


def _fresh(record: CardRecord):
    """A new emulated card from ``record`` with full PIN counters."""
    return CardRecord.from_json(record.to_json()).build()


def _new_pdfs(folder: Path, before: set[Path], count: int, timeout: float = 60) -> list[Path]:
    deadline = time.monotonic() + timeout
    while True:
        found = sorted(set(folder.rglob("*.pdf")) - before, key=os.path.getmtime)
        if len(found) >= count and all(p.stat().st_size > 0 for p in found):
            return found
        if time.monotonic() > deadline:
            pytest.fail(f"expected {count} printed PDFs, found {len(found)}")
        time.sleep(0.2)
