"""Receipt printer fixtures: socat pty pairs, the emulator on a pty, on TCP and in-process."""

import shutil
import subprocess
import time
from pathlib import Path

import pytest

from devices.receipt.emulator import EscposEmulator
from devices.receipt.emulator_link import EmulatorOnSerial, EmulatorOnTcp, InProcessTransport
from devices.receipt.printer import EscposPrinter
from devices.receipt.transport import SerialTransport, TcpTransport


class PtyPair:
    """A socat pty pair: ``host`` for the printer adapter, ``device`` for the emulator."""

    def __init__(self, folder: Path) -> None:
        self.host, self.device = folder / "printer", folder / "emulator"
        self.process: subprocess.Popen | None = None

    def start(self) -> None:
        self.process = subprocess.Popen(
            [
                "socat",
                f"pty,raw,echo=0,link={self.host}",
                f"pty,raw,echo=0,link={self.device}",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while not (self.host.exists() and self.device.exists()):
            if time.monotonic() > deadline or self.process.poll() is not None:
                raise RuntimeError("socat did not create the pty pair")
            time.sleep(0.02)

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=10)
            self.process = None
        deadline = time.monotonic() + 5
        while (self.host.exists() or self.device.exists()) and time.monotonic() < deadline:
            time.sleep(0.02)


@pytest.fixture
def pty_pair(tmp_path):
    if shutil.which("socat") is None:
        pytest.fail("socat is missing: run make setup (tools/bootstrap.sh installs it)")
    pair = PtyPair(tmp_path)
    pair.start()
    yield pair
    pair.stop()


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
