"""LED board fixtures: a socat pty pair with the emulator on one end, or the in-process board."""

import pytest

from devices.ledsign.emulator import AlphaBoard
from devices.ledsign.emulator_link import EmulatorOnSerial, InProcessLink
from devices.ledsign.interface import Matrix
from devices.ledsign.link import Framing, SerialLink
from devices.ledsign.sign import AlphaSign, SignSettings

BAUD = 38400  # fast enough to keep the suite quick; the benchmark runs at 9600


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
