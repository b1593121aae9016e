"""Opening receipt printers from their configuration URLs."""

import pytest

from devices.errors import DeviceConfigError
from devices.receipt.document import Paper
from devices.receipt.transport import SerialTransport, TcpTransport, UsbLpTransport
from devices.registry import open_device, schemes


def test_every_receipt_scheme_is_registered():
    assert schemes("receipt_printer") == ["emulated", "escpos+serial", "escpos+tcp", "escpos+usblp"]
    assert schemes("document_printer") == ["cups", "emulated"]


def test_urls_open_the_right_transport_without_touching_the_device():
    serial = open_device("receipt_printer", "escpos+serial:///dev/ttyUSB9?baud=9600&paper=58")
    assert isinstance(serial.transport, SerialTransport) and serial.transport.baud == 9600
    assert serial.paper is Paper.MM58
    usb = open_device("receipt_printer", "escpos+usblp:///dev/usb/lp7")
    assert isinstance(usb.transport, UsbLpTransport)
    tcp = open_device("receipt_printer", "escpos+tcp://127.0.0.1")
    assert isinstance(tcp.transport, TcpTransport)
    assert open_device("receipt_printer", "emulated://receipt").status().problem is None


@pytest.mark.parametrize(
    "url",
    [
        "escpos+serial:///dev/ttyUSB0?baud=fast",
        "escpos+serial:///dev/ttyUSB0?baud=12345",
        "escpos+serial:///dev/ttyUSB0?colour=red",
        "escpos+serial://host/dev/ttyUSB0",
        "escpos+usblp:///dev/usb/lp0?paper=70",
        "escpos+tcp://:9100",
    ],
)
def test_bad_urls_are_config_errors(url):
    with pytest.raises(DeviceConfigError) as info:
        open_device("receipt_printer", url)
    assert info.value.key == "device.config"


def test_cups_urls():
    printer = open_device("document_printer", "cups://KioskA4?server=127.0.0.1:8631")
    assert printer.queue == "KioskA4"
    with pytest.raises(DeviceConfigError):
        open_device("document_printer", "cups://")
    with pytest.raises(DeviceConfigError):
        open_device("document_printer", "cups://A4?server=nohostport")
