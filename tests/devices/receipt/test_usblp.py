"""The /dev/usb/lpN transport: writes that the printer never takes time out; absence is clear."""

import os
import time

import pytest

from devices.receipt.errors import PrinterTimeoutError, PrinterUnavailableError
from devices.receipt.transport import UsbLpTransport


def test_a_write_the_device_never_takes_times_out(tmp_path):
    node = tmp_path / "lp0"
    os.mkfifo(node)  # like usblp with an offline printer: accepts a buffer's worth, then blocks
    transport = UsbLpTransport(str(node))
    started = time.monotonic()
    with pytest.raises(PrinterTimeoutError) as info:
        transport.write(b"\x00" * (1 << 20), timeout=0.5)
    assert time.monotonic() - started < 30
    assert info.value.key == "receipt.timeout"
    transport.close()


def test_a_missing_device_is_unavailable_and_reopened_when_back(tmp_path):
    node = tmp_path / "lp0"
    transport = UsbLpTransport(str(node))
    with pytest.raises(PrinterUnavailableError) as info:
        transport.write(b"x", timeout=1)
    assert info.value.key == "receipt.unavailable"
    os.mkfifo(node)
    transport.write(b"x", timeout=1)
    transport.close()


def test_one_way_usb_printers_report_paper_out_from_the_port_status():
    from devices.receipt.printer import status_from_port

    ready = 0x08 | 0x10  # no error (active low), selected
    assert status_from_port(ready).problem is None
    assert status_from_port(ready | 0x20).problem == "paper_out"
    assert status_from_port(0x08).problem == "offline"
    assert status_from_port(0x10).problem == "error"
