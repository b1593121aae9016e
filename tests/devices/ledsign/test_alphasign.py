"""Frames built by PyPI's alphasign package (an encoder we did not write) decode in our board."""

import time

import pytest
import serial

from devices.ledsign.codec import Colour, Mode, Position, Speed
from devices.ledsign.decoder import Run, StringCall
from devices.ledsign.emulator import AlphaBoard
from devices.ledsign.emulator_link import EmulatorOnSerial

from .alphasign_loader import load_alphasign

alphasign = load_alphasign()


def wire(packet: object) -> bytes:
    return str(packet).encode("latin-1")


class Capture(alphasign.base.BaseInterface):
    """alphasign's own interface base class, writing into a list instead of a port."""

    def __init__(self) -> None:
        self.sent: list[bytes] = []

    def write(self, data: object) -> bool:
        self.sent.append(wire(data))
        return True


@pytest.fixture(params=["in-process", "pty"])
def send(request):
    board = AlphaBoard(16, 96)
    if request.param == "in-process":

        def feed(data: bytes) -> AlphaBoard:
            assert board.feed(data) == b""
            return board

        return feed
    pair = request.getfixturevalue("pty_pair")
    line = EmulatorOnSerial(board, str(pair.device))
    port = serial.Serial(str(pair.host), 9600, timeout=1)
    request.addfinalizer(port.close)
    request.addfinalizer(line.close)

    def over_pty(data: bytes) -> AlphaBoard:
        before = len(board.packets) + len(board.problems)
        port.write(data)
        port.flush()
        deadline = time.monotonic() + 10
        while len(board.packets) + len(board.problems) == before:
            assert time.monotonic() < deadline, "the emulator did not decode the packet"
            time.sleep(0.01)
        return board

    return over_pty


def test_a_rotating_text_file(send):
    board = send(wire(alphasign.text.Text("HELLO KOBE", label="A", mode=alphasign.modes.ROTATE)))
    assert board.problems == [] and board.garbage == 0
    (page,) = board.showing().pages
    assert (page.position, page.mode, page.items) == (
        Position.MIDDLE,
        Mode.ROTATE,
        (Run("HELLO KOBE"),),
    )


def test_colours_speeds_and_special_modes(send):
    colors, speeds, modes = alphasign.colors, alphasign.speeds, alphasign.modes
    data = speeds.SPEED_2 + colors.GREEN + "GO " + colors.RED + "STOP"
    text = alphasign.text.Text(
        data, label="A", mode=modes.TWINKLE, position=alphasign.positions.TOP_LINE
    )
    board = send(wire(text))
    (page,) = board.showing().pages
    assert page.position is Position.TOP and page.mode is Mode.TWINKLE
    assert page.speed is Speed.S2
    assert page.items == (Run("GO ", Colour.GREEN), Run("STOP", Colour.RED))
    colours = set("".join(board.dots()))
    assert colours == {"0", "1", "2"}  # green and red dots on the top half only
    assert set("".join(board.dots()[9:])) == {"0"}


def test_memory_layout_run_sequence_and_a_string_shown_inside_a_text(send):
    sign = Capture()
    clock = alphasign.string.String("10:42", label="S")
    notice = alphasign.text.Text("NEXT " + clock.call(), label="A", mode=alphasign.modes.HOLD)
    sign.allocate([notice, clock])
    sign.set_run_sequence([notice])
    sign.write(notice)
    sign.write(clock)
    for packet in sign.sent:
        board = send(packet)
    assert board.problems == [] and board.rejected == 0
    assert board.memory["A"] == "A" and board.memory["S"] == "B"
    assert board.sequence == "A"
    assert board.strings == {"S": "10:42"}
    (page,) = board.showing().pages
    assert page.items == (Run("NEXT "), StringCall("S"))
    assert sum(ch != "0" for row in board.dots() for ch in row) > 100


def test_special_functions(send):
    sign = Capture()
    sign.beep(frequency=100, duration=0.5, repeat=2)
    sign.soft_reset()
    sign.write(alphasign.time.Time().set_format(0))
    sign.write(alphasign.text.Text("X", label="A"))
    sign.write(alphasign.packet.Packet("E$"))  # what clear_memory sends, without its 1 s sleep
    for packet in sign.sent:
        board = send(packet)
    assert [label for label, _ in board.specials] == ["(", ",", "'", "$"]
    assert board.specials[0] == ("(", b"2" + b"%02X" % 100 + b"52")
    assert board.specials[2] == ("'", b"S")
    assert board.texts == {} and board.problems == []


def test_an_alphasign_packet_cut_short_is_dropped_and_the_next_one_shown(send):
    first = wire(alphasign.text.Text("FIRST", label="A"))
    second = wire(alphasign.text.Text("SECOND", label="A"))
    board = send(first[:-4] + second)
    assert [problem.kind for problem in board.problems] == ["truncated"]
    assert board.showing().pages[0].items == (Run("SECOND"),)
