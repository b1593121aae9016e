"""The device monitor: status per device, logs only on change, hot-plug of a serial printer."""

import logging

import pytest

from devices.docprint.emulator import EmulatedDocumentPrinter
from devices.monitor import DeviceMonitor, Health
from devices.receipt.emulator import EscposEmulator
from devices.receipt.emulator_link import EmulatorOnSerial
from devices.registry import open_device
from devices.serial_emulation import PtyPair


def test_out_of_paper_makes_the_printer_unavailable_with_a_reason_and_logs_once(caplog):
    printer = open_device("receipt_printer", "emulated://receipt")
    emulator = printer.transport.emulator
    monitor = DeviceMonitor({"receipt_printer": lambda: printer})
    seen = []
    monitor.subscribe(lambda kind, health: seen.append((kind, health)))
    caplog.set_level(logging.INFO, logger="devices.monitor")

    monitor.poll()
    monitor.poll()
    assert monitor.state("receipt_printer") == Health(True)
    emulator.run_out_of_paper()
    monitor.poll()
    monitor.poll()
    monitor.poll()
    assert monitor.state("receipt_printer") == Health(False, "receipt.paper_out")
    emulator.load_paper()
    monitor.poll()

    assert seen == [
        ("receipt_printer", Health(True)),
        ("receipt_printer", Health(False, "receipt.paper_out")),
        ("receipt_printer", Health(True)),
    ]
    messages = [r.getMessage() for r in caplog.records if r.name == "devices.monitor"]
    assert len(messages) == 3
    assert "receipt.paper_out" in messages[1]


def test_each_device_has_its_own_status_and_unknown_kinds_are_not_installed():
    document = EmulatedDocumentPrinter()
    monitor = DeviceMonitor(
        {
            "receipt_printer": lambda: open_device("receipt_printer", "emulated://receipt"),
            "document_printer": lambda: document,
        }
    )
    document.paused = True
    monitor.poll()
    assert monitor.state("receipt_printer").available
    assert monitor.state("document_printer") == Health(False, "docprint.paused")
    assert monitor.state("led_sign") == Health(False, "device.led_sign.not_installed")
    monitor.stop()


def test_a_device_that_cannot_be_opened_is_retried(tmp_path):
    url = f"escpos+serial://{tmp_path}/nothing?baud=38400"
    monitor = DeviceMonitor({"receipt_printer": lambda: open_device("receipt_printer", url)})
    monitor.poll()
    assert monitor.state("receipt_printer") == Health(False, "receipt.unavailable")


@pytest.fixture
def pair(tmp_path):
    pair = PtyPair(tmp_path)
    yield pair
    pair.stop()


def test_serial_printer_unplugged_and_back_is_reopened_without_restart(pair):
    pair.start()
    link = EmulatorOnSerial(EscposEmulator(), str(pair.device))
    url = f"escpos+serial://{pair.host}?baud=38400"
    monitor = DeviceMonitor({"receipt_printer": lambda: open_device("receipt_printer", url)})
    try:
        monitor.poll()
        assert monitor.state("receipt_printer") == Health(True)
        printer = monitor.device("receipt_printer")

        link.close()
        pair.stop()  # the USB-serial adapter is pulled out
        monitor.poll()
        assert monitor.state("receipt_printer") == Health(False, "receipt.unavailable")

        pair.start()  # and plugged back in
        link = EmulatorOnSerial(EscposEmulator(), str(pair.device))
        monitor.poll()
        assert monitor.state("receipt_printer") == Health(True)
        assert monitor.device("receipt_printer") is printer  # same object, port reopened
    finally:
        monitor.stop()
        link.close()
