"""LED board fixtures: a socat pty pair with the emulator on one end, or the in-process board."""

import shutil
import subprocess
import time
from pathlib import Path

import pytest

from devices.ledsign.emulator import AlphaBoard
from devices.ledsign.emulator_link import EmulatorOnSerial, InProcessLink
from devices.ledsign.interface import Matrix
from devices.ledsign.link import Framing, SerialLink
from devices.ledsign.sign import AlphaSign, SignSettings

BAUD = 38400  # fast enough to keep the suite quick; the benchmark runs at 9600


class PtyPair:
    """A socat pty pair: ``host`` for the sign adapter, ``device`` for the emulator."""

    def __init__(self, folder: Path) -> None:
        self.host, self.device = folder / "sign", folder / "board"
        self.process: subprocess.Popen | None = None

    def start(self) -> None:
        self.process = subprocess.Popen(
            ["socat", f"pty,raw,echo=0,link={self.host}", f"pty,raw,echo=0,link={self.device}"],
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


@pytest.fixture
def pty_pair(tmp_path):
    if shutil.which("socat") is None:
        pytest.fail("socat is missing: run make setup (tools/bootstrap.sh installs it)")
    pair = PtyPair(tmp_path)
    pair.start()
    yield pair
    pair.stop()


class Rig:
    """A sign adapter wired to a board emulator; ``line`` is what can go silent or noisy."""

    def __init__(self, sign: AlphaSign, board: AlphaBoard, line) -> None:
        self.sign, self.board, self.line = sign, board, line


def make_rig(kind: str, request, matrix: Matrix, **settings) -> Rig:
    board = AlphaBoard(matrix.rows, matrix.cols)
    options = {"matrix": matrix, "timeout": 2.0, "settle": 0.0, **settings}
    if kind == "pty":
        pair = request.getfixturevalue("pty_pair")
        line = EmulatorOnSerial(board, str(pair.device), baud=BAUD)
        sign = AlphaSign(SerialLink(str(pair.host), BAUD, Framing()), SignSettings(**options))
        request.addfinalizer(line.close)
    else:
        line = InProcessLink(board)
        sign = AlphaSign(line, SignSettings(**options))
    request.addfinalizer(sign.close)
    return Rig(sign, board, line)


@pytest.fixture(params=["pty", "emulated"])
def rig(request):
    return make_rig(request.param, request, Matrix(16, 96))


@pytest.fixture(params=["pty", "emulated"])
def big_rig(request):
    return make_rig(request.param, request, Matrix(32, 192))
