"""Receipt printer fixtures: socat pty pairs, the emulator on a pty, on TCP and in-process."""

import pytest

from devices.receipt.emulator import EscposEmulator
from devices.receipt.emulator_link import EmulatorOnSerial, EmulatorOnTcp, InProcessTransport
from devices.receipt.printer import EscposPrinter
from devices.receipt.transport import SerialTransport, TcpTransport


class Rig:
    """A printer adapter wired to an emulator; ``link`` is the emulator's end when there is one."""

    def __init__(self, printer: EscposPrinter, emulator: EscposEmulator, link=None) -> None:
        self.printer, self.emulator, self.link = printer, emulator, link


@pytest.fixture(params=["pty", "tcp", "emulated"])
def rig(request, tmp_path):
    emulator = EscposEmulator()
    if request.param == "pty":
        pair = request.getfixturevalue("pty_pair")
        link = EmulatorOnSerial(emulator, str(pair.device))
        printer = EscposPrinter(SerialTransport(str(pair.host), 38400))
    elif request.param == "tcp":
        link = EmulatorOnTcp(emulator)
        printer = EscposPrinter(TcpTransport(*link.address))
    else:
        link = None
        printer = EscposPrinter(InProcessTransport(emulator))
    yield Rig(printer, emulator, link)
    printer.close()
    if link is not None:
        link.close()
