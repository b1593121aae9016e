"""Opening boards from their URLs in the configuration."""

import pytest

from devices.ledsign.emulator_link import InProcessLink
from devices.ledsign.errors import LedSignConfigError
from devices.ledsign.interface import Matrix
from devices.ledsign.link import Framing, SerialLink
from devices.monitor import DeviceMonitor, Health
from devices.registry import open_device, schemes


def test_led_sign_schemes_are_registered():
    assert {"alpha+serial", "emulated"} <= set(schemes("led_sign"))


def test_a_serial_board_takes_its_settings_from_the_url():
    sign = open_device(
        "led_sign",
        "alpha+serial:///dev/ttyS1?baud=4800&framing=7e2&rows=32&cols=192&address=0a"
        "&confirm=read&timeout=3.5&settle=0.5&type=!",
    )
    assert isinstance(sign.link, SerialLink)
    assert sign.link.baud == 4800 and sign.link.framing == Framing(7, "E", 2)
    assert sign.link.framing.bits_per_char == 11
    assert sign.matrix == Matrix(32, 192)
    settings = sign.settings
    assert (settings.address, settings.confirm, settings.timeout, settings.settle) == (
        "0A", "read", 3.5, 0.5,
    )  # fmt: skip
    assert settings.type_code == "!"


def test_defaults_are_9600_7e1_16_by_96_with_acks():
    sign = open_device("led_sign", "alpha+serial:///dev/ttyS1")
    assert sign.link.baud == 9600 and str(sign.link.framing) == "7E1"
    assert sign.matrix == Matrix(16, 96) and sign.settings.confirm == "ack"


def test_an_emulated_board_needs_no_port():
    sign = open_device("led_sign", "emulated://led?rows=32&cols=192")
    assert isinstance(sign.link, InProcessLink)
    assert (sign.link.board.rows, sign.link.board.cols) == (32, 192)


@pytest.mark.parametrize(
    "url",
    [
        "alpha+serial:///dev/ttyS1?baud=1234",
        "alpha+serial:///dev/ttyS1?baud=fast",
        "alpha+serial:///dev/ttyS1?framing=9X1",
        "alpha+serial:///dev/ttyS1?rows=4",
        "alpha+serial:///dev/ttyS1?cols=-96",
        "alpha+serial:///dev/ttyS1?address=GG",
        "alpha+serial:///dev/ttyS1?type=0",
        "alpha+serial:///dev/ttyS1?confirm=maybe",
        "alpha+serial:///dev/ttyS1?timeout=0",
        "alpha+serial:///dev/ttyS1?colour=red",
        "alpha+serial://ttyS1",
        "emulated://led?rows=abc",
    ],
)
def test_bad_urls_name_the_problem(url):
    with pytest.raises(LedSignConfigError) as info:
        open_device("led_sign", url)
    assert info.value.key == "led_sign.config"


def test_the_device_monitor_polls_a_board_through_its_health():
    monitor = DeviceMonitor({"led_sign": lambda: open_device("led_sign", "emulated://led")})
    try:
        assert monitor.poll() == {"led_sign": Health(True)}
        monitor.device("led_sign").link.connected = False
        assert monitor.poll() == {"led_sign": Health(False, "led_sign.unavailable")}
    finally:
        monitor.stop()
