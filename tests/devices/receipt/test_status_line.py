"""A serial status line that answers garbage or nothing, and unknown bytes at the emulator."""

import pytest

from devices.receipt.document import Receipt
from devices.receipt.emulator import EscposEmulator
from devices.receipt.emulator_link import EmulatorOnSerial
from devices.receipt.errors import PrinterTimeoutError, StatusLineError
from devices.receipt.printer import EscposPrinter
from devices.receipt.transport import SerialTransport


@pytest.fixture
def line(pty_pair):
    emulator = EscposEmulator()
    link = EmulatorOnSerial(emulator, str(pty_pair.device))
    printer = EscposPrinter(SerialTransport(str(pty_pair.host), 38400), status_timeout=0.5)
    yield printer, link
    printer.close()
    link.close()


def test_garbage_on_the_status_line_is_an_error_and_nothing_prints(line):
    printer, link = line
    link.garbage = b"\xff\xa5"
    with pytest.raises(StatusLineError) as info:
        printer.print_receipt(Receipt().text("受付"))
    assert info.value.key == "receipt.status_garbage"
    assert link.emulator.text_lines() == []
    assert printer.health().reason == "receipt.status_garbage"


def test_silence_on_the_status_line_is_a_timeout_and_nothing_prints(line):
    printer, link = line
    link.silent = True
    with pytest.raises(PrinterTimeoutError) as info:
        printer.print_receipt(Receipt().text("受付"))
    assert info.value.key == "receipt.timeout"
    assert link.emulator.text_lines() == []
    link.silent = False
    printer.print_receipt(Receipt().text("受付"))
    assert link.emulator.text_lines() == ["受付"]


def test_emulator_reports_unknown_bytes_and_keeps_them_visible(caplog):
    emulator = EscposEmulator()
    emulator.feed(b"\x1b@A\x1bz\x01B\x07C\n")
    assert [(u.offset, u.data) for u in emulator.unknown] == [
        (3, b"\x1bz"),
        (5, b"\x01"),
        (7, b"\x07"),
    ]
    assert emulator.text_lines() == ["A[?1b 7a][?01]B[?07]C"]
    assert "unknown ESC/POS bytes" in caplog.text


def test_python_escpos_gb18030_kanji_print_as_the_wrong_glyphs():
    emulator = EscposEmulator()
    emulator.feed(b"\x1b@\x1bt\x01\x1cC\x01" + "東京".encode("gb18030") + b"\n")
    assert emulator.text_lines() != ["東京"]
