"""Every device self-test through the real stacks — ESC/POS and the LED board over socat ptys with
a hex trace, the card reader through pcscd and vpcd, the document printer through a private
cupsd, the gateway on uvicorn — working and failing (paper out, cover open, reader gone, LED
board unplugged, tray empty and refilled, gateway down)."""

from __future__ import annotations

import time
from zoneinfo import ZoneInfo

import pytest

from devices.ledsign.emulator import AlphaBoard
from devices.ledsign.emulator_link import EmulatorOnSerial as BoardOnSerial
from devices.receipt.emulator import EscposEmulator
from devices.receipt.emulator_link import EmulatorOnSerial as PrinterOnSerial
from devices.serial_emulation import PtyPair
from kiosk.technician.adapters.cups_queue import resumer
from kiosk.technician.adapters.devices import OpenedTest, port_in_use, probe
from kiosk.technician.adapters.selftests import GatewayTest
from kiosk.technician.core.model import Outcome
from tests.kiosk.technician.core.fakes import MemoryCounters
from tests.rigs import make_pdf
from tools.rigs.cups import CUPS_PDF_PPD
from tools.rigs.gateway import LiveGateway

ZONE = ZoneInfo("Asia/Tokyo")


def opened(kind: str, url: str, **options) -> OpenedTest:
    return OpenedTest(kind, url, terminal_id="test-kiosk-01", zone=ZONE, **options)


@pytest.fixture
def pty(tmp_path):
    pair = PtyPair(tmp_path)
    pair.start()
    yield pair
    pair.stop()


def test_receipt_printer_prints_a_test_slip_and_shows_its_traffic_then_fails_for_paper_and_cover(
    pty,
):
    emulator = EscposEmulator()
    line = PrinterOnSerial(emulator, str(pty.device))
    counters = MemoryCounters()
    url = f"escpos+serial://{pty.host}?baud=38400"
    try:
        passed = opened("receipt_printer", url, counters=counters).run()
        assert passed.outcome is Outcome.PASSED, passed
        assert emulator.printed and counters.values["receipts"] == 1
        assert counters.values["paper_mm"] > 0
        # The hex dump of the line: the status requests (DLE EOT = 10 04) went out, replies came.
        assert any(" TX " in t or "TX" in t.split()[1:2] for t in passed.trace)
        assert any("10 04" in t for t in passed.trace) and any("RX" in t for t in passed.trace)
        emulator.run_out_of_paper()
        paper = opened("receipt_printer", url).run()
        assert (paper.outcome, paper.key) == (Outcome.FAILED, "receipt.paper_out")
        emulator.load_paper()
        emulator.set_cover_open(True)
        cover = opened("receipt_printer", url).run()
        assert cover.key == "receipt.cover_open"
        assert (
            "cover_open" in dict((d.name, d.value) for d in cover.details)["selftest.detail.status"]
        )
    finally:
        line.close()


def test_a_port_the_kiosk_holds_is_reported_in_use_not_broken(pty):
    emulator = EscposEmulator()
    line = PrinterOnSerial(emulator, str(pty.device))
    url = f"escpos+serial://{pty.host}"
    held = opened("receipt_printer", url)
    from devices.registry import open_device

    kiosk_printer = open_device("receipt_printer", url)
    try:
        kiosk_printer.status()  # the kiosk's printer opens the port exclusively
        assert port_in_use(url)
        assert held.run().key == "device.in_use"
        state = probe({"receipt_printer": url})("receipt_printer")
        assert state.available and state.details[0].value == "device.in_use"
    finally:
        kiosk_printer.close()
        line.close()


def test_led_board_shows_the_test_pattern_with_its_trace_and_fails_unplugged(pty, tmp_path):
    board = AlphaBoard(16, 48)
    line = BoardOnSerial(board, str(pty.device), baud=38400)
    url = f"alpha+serial://{pty.host}?baud=38400&rows=16&cols=48&settle=0"
    try:
        result = opened("led_sign", url).run()
        assert result.outcome is Outcome.PASSED, result
        assert any("TX" in t for t in result.trace)
        assert ("selftest.detail.matrix", "16x48") in [(d.name, d.value) for d in result.details]
    finally:
        line.close()
    gone = opened("led_sign", f"alpha+serial://{tmp_path}/ttyUSB9?rows=16&cols=48").run()
    assert (gone.outcome, gone.key) == (Outcome.FAILED, "led_sign.unavailable")


@pytest.fixture(scope="module")
def card():
    from devices.smartcard.emulator.factory import Resident, create_demo_ca, issue_card

    record = issue_card(create_demo_ca(), Resident("試験 花子", "まちかど市", "19850412", "2"))
    return record.build()


def test_card_reader_reads_the_atr_and_selects_jpki_without_verify_and_fails_when_gone(pcscd, card):
    from devices.smartcard.emulator.pcscd import VPCD_PREFIX
    from devices.smartcard.emulator.vpcd import VPCD_PORT, VpcdCard

    url = f"pcsc://?reader={VPCD_PREFIX.replace(' ', '%20')}"
    empty = opened("card_reader", url).run()
    assert empty.outcome is Outcome.PASSED
    seen: list[bytes] = []
    process = card.process
    card.process = lambda apdu: seen.append(bytes(apdu)) or process(apdu)
    slot = VpcdCard(card, port=VPCD_PORT)
    slot.insert()
    try:
        deadline = time.monotonic() + 15
        result = opened("card_reader", url).run()
        while "selftest.detail.atr" not in [d.name for d in result.details]:
            assert time.monotonic() < deadline, result
            time.sleep(0.2)
            result = opened("card_reader", url).run()
    finally:
        slot.remove()
    details = dict((d.name, d.value) for d in result.details)
    assert result.outcome is Outcome.PASSED and details["selftest.detail.select_sw"] == "9000"
    assert details["selftest.detail.atr"] == card.atr.hex(" ").upper()
    assert seen and all(apdu[1] != 0x20 for apdu in seen)  # INS 20 is VERIFY: never sent
    gone = opened("card_reader", "pcsc://?reader=Reader%20Unplugged").run()
    assert (gone.outcome, gone.key) == (Outcome.FAILED, "card.no_reader")


def test_document_printer_prints_a_test_page_and_after_a_refill_clears_the_empty_tray(
    private_cups, tmp_path
):
    connection = private_cups.connection()
    queue = "MachikadoTechnicianTray"
    connection.addPrinter(queue, filename=str(CUPS_PDF_PPD), device="machikado-nopaper:/")
    connection.enablePrinter(queue)
    connection.acceptJobs(queue)
    url = f"cups://{queue}?server=127.0.0.1:{private_cups.port}"
    try:
        pdf = tmp_path / "job.pdf"
        pdf.write_bytes(make_pdf("a job that finds the tray empty"))
        connection.printFile(queue, str(pdf), "job", {})
        deadline = time.monotonic() + 30
        while (
            "media-empty-error"
            not in connection.getPrinterAttributes(queue)["printer-state-reasons"]
        ):
            assert time.monotonic() < deadline
            time.sleep(0.2)
        connection.cancelAllJobs(queue)
        empty = opened("document_printer", url).run()  # no resume: as it stands
        assert (empty.outcome, empty.key) == (Outcome.FAILED, "docprint.media_empty")
        assert ("selftest.detail.reasons", "media-empty") in [
            (d.name, d.value) for d in empty.details
        ]
        # The technician refills the tray (here: the queue's printer is now one that prints).
        connection.addPrinter(queue, device="cups-pdf:/")
        counters = MemoryCounters()
        refilled = opened("document_printer", url, resume=resumer(url), counters=counters).run()
        assert refilled.outcome is Outcome.PASSED, refilled
        names = [d.name for d in refilled.details]
        assert "selftest.detail.resumed" in names and counters.values["pages"] == 1
        reasons = connection.getPrinterAttributes(queue)["printer-state-reasons"]
        assert "media-empty-error" not in reasons
    finally:
        connection.deletePrinter(queue)


def test_gateway_answers_with_its_clock_then_is_down(tmp_path):
    live = LiveGateway(tmp_path, sample=False).start()
    url = live.url
    try:
        result = GatewayTest(lambda: url).run()
    finally:
        live.stop()
    details = dict((d.name, d.value) for d in result.details)
    assert result.outcome is Outcome.PASSED, result
    assert abs(float(details["selftest.detail.clock_offset_s"])) < 2
    down = GatewayTest(lambda: url).run()
    assert (down.outcome, down.key) == (Outcome.FAILED, "network.unreachable")
