"""Noise, cut packets and silence on the line, from both ends."""

import time

import pytest
import serial

from devices.ledsign.codec import encode_packet, text_page, write_text
from devices.ledsign.decoder import Run
from devices.ledsign.emulator import AlphaBoard
from devices.ledsign.emulator_link import EmulatorOnSerial, InProcessLink
from devices.ledsign.errors import LedSignNoAnswerError, LedSignUnavailableError
from devices.ledsign.interface import Matrix
from devices.ledsign.link import SerialLink
from devices.ledsign.sign import AlphaSign, SignSettings
from devices.monitor import Health

HELLO = encode_packet([write_text("A", [text_page("HELLO")])]).data


@pytest.fixture
def line(pty_pair, request):
    board = AlphaBoard()
    emulator = EmulatorOnSerial(board, str(pty_pair.device))
    port = serial.Serial(str(pty_pair.host), 9600, timeout=1)
    request.addfinalizer(emulator.close)
    request.addfinalizer(port.close)
    return board, port


def wait_for(condition, seconds: float = 10.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "the emulator did not get there in time"
        time.sleep(0.01)


def test_noise_before_a_packet_is_counted_and_the_packet_still_shown(line):
    board, port = line
    port.write(b"\xff\xfe+++ATZ\r\x13\x11" + HELLO)
    wait_for(lambda: board.showing() is not None)
    assert board.garbage == 11
    assert board.showing().pages[0].items == (Run("HELLO"),)


def test_a_packet_cut_by_silence_is_dropped(line):
    board, port = line
    port.write(HELLO[:15])
    port.flush()
    time.sleep(1.6)  # a board gives up on a packet after a second without a character
    port.write(HELLO[15:] + HELLO)
    wait_for(lambda: board.showing() is not None)
    assert [problem.kind for problem in board.problems] == ["gap"]
    assert board.garbage == len(HELLO) - 15
    assert len(board.packets) == 1


def test_a_board_that_never_answers_reads_is_reported_by_read_health(pty_pair):
    emulator = EmulatorOnSerial(AlphaBoard(), str(pty_pair.device))
    emulator.silent = True
    sign = AlphaSign(
        SerialLink(str(pty_pair.host), 9600), SignSettings(confirm="read", timeout=0.5)
    )
    try:
        started = time.monotonic()
        assert sign.health() == Health(False, "led_sign.no_answer")
        assert time.monotonic() - started < 20
        emulator.silent = False
        assert sign.health() == Health(True)
    finally:
        sign.close()
        emulator.close()


def test_a_board_without_answers_is_driven_blind_and_says_so():
    board = AlphaBoard()
    link = InProcessLink(board)
    link.silent = True
    sign = AlphaSign(link, SignSettings(confirm="none", settle=0))
    sign.show_text("HELLO")
    assert board.showing().pages[0].items[0].text == "HELLO"
    assert not board.acks
    assert sign.health() == Health(True, warning="led_sign.unconfirmed")


def test_an_unplugged_board_is_unavailable(tmp_path):
    sign = AlphaSign(SerialLink(str(tmp_path / "ttyGONE")), SignSettings(matrix=Matrix(16, 96)))
    assert sign.health() == Health(False, "led_sign.unavailable")
    link = InProcessLink(AlphaBoard())
    link.connected = False
    with pytest.raises(LedSignUnavailableError) as info:
        AlphaSign(link, SignSettings(settle=0)).show_text("HELLO")
    assert info.value.key == "led_sign.unavailable"


def test_the_ack_wait_has_a_deadline_even_with_a_trickle_of_nothing():
    link = InProcessLink(AlphaBoard())
    link.silent = True
    sign = AlphaSign(link, SignSettings(settle=0, timeout=0.3))
    started = time.monotonic()
    with pytest.raises(LedSignNoAnswerError):
        sign.show_text("HELLO")
    assert time.monotonic() - started < 10
