"""Both jacks keep the same contract: state, one call per change, nothing after close.

The evdev adapter reads ``struct input_event`` records from a FIFO the test writes to, as the
kernel writes them to ``/dev/input/eventN`` when headphones go in and out.
"""

from __future__ import annotations

import os
import queue
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from devices.audio_jack.emulator import EmulatedJack
from devices.audio_jack.evdev import (
    EV_SW,
    SW_HEADPHONE_INSERT,
    EvdevJack,
    InputEvent,
    decode,
    encode,
    find_jack,
)
from devices.audio_jack.interface import HeadphoneJack, JackUnavailableError
from devices.audio_jack.open import open_jack
from devices.errors import DeviceConfigError

EV_SYN = 0x00
EV_KEY = 0x01


class Evdev:
    """An evdev stream on a FIFO: plugging writes the switch event and a SYN_REPORT."""

    def __init__(self, folder: Path) -> None:
        path = folder / "event-jack"
        os.mkfifo(path)
        self._writer = os.open(path, os.O_RDWR)  # keeps the FIFO open for the reader
        self.jack = EvdevJack(str(path))

    def _switch(self, value: int) -> None:
        noise = encode(InputEvent(EV_KEY, 115, 1))  # a key on the same device: not the jack
        event = encode(InputEvent(EV_SW, SW_HEADPHONE_INSERT, value))
        report = encode(InputEvent(EV_SYN, 0, 0))
        data = noise + event + report
        os.write(self._writer, data[:30])  # split mid-record, as a read may be
        os.write(self._writer, data[30:])

    def plug(self) -> None:
        self._switch(1)

    def unplug(self) -> None:
        self._switch(0)

    def close(self) -> None:
        self.jack.close()
        os.close(self._writer)


class Emulated:
    def __init__(self, folder: Path) -> None:
        self.jack = EmulatedJack()

    def plug(self) -> None:
        self.jack.plug()

    def unplug(self) -> None:
        self.jack.unplug()

    def close(self) -> None:
        self.jack.close()


@pytest.fixture(params=["evdev", "emulated"])
def rig(request, tmp_path) -> Iterator[Evdev | Emulated]:
    made = (Evdev if request.param == "evdev" else Emulated)(tmp_path)
    yield made
    made.close()


def heard(jack: HeadphoneJack) -> Callable[[], bool | None]:
    """Subscribe; the returned function waits for the next change (None after 2 s)."""
    changes: queue.Queue[bool] = queue.Queue()
    jack.subscribe(changes.put)

    def next_change() -> bool | None:
        try:
            return changes.get(timeout=2)
        except queue.Empty:
            return None

    return next_change


def test_plug_and_unplug_are_told_once_each(rig):
    jack = rig.jack
    next_change = heard(jack)
    jack.start()
    assert jack.plugged() is False
    rig.plug()
    assert next_change() is True and jack.plugged() is True
    rig.plug()  # the same state again: no news
    rig.unplug()
    assert next_change() is False and jack.plugged() is False


def test_nothing_is_told_after_close(tmp_path):
    evdev = Evdev(tmp_path)
    changes: list[bool] = []
    evdev.jack.subscribe(changes.append)
    evdev.jack.start()
    evdev.jack.close()
    os.write(evdev._writer, encode(InputEvent(EV_SW, SW_HEADPHONE_INSERT, 1)))
    os.close(evdev._writer)
    assert changes == []


def test_codec_keeps_a_partial_record_for_the_next_read():
    data = encode(InputEvent(EV_SW, SW_HEADPHONE_INSERT, 1)) * 2
    events, rest = decode(data[:-5])
    assert events == [InputEvent(EV_SW, SW_HEADPHONE_INSERT, 1)] and len(rest) == 19
    assert decode(rest + data[-5:]) == ([InputEvent(EV_SW, SW_HEADPHONE_INSERT, 1)], b"")


def test_urls_open_the_right_jack_and_bad_ones_say_what_was_expected(tmp_path):
    assert open_jack("") is None and open_jack("none") is None
    assert isinstance(open_jack("emulated://"), EmulatedJack)
    with pytest.raises(DeviceConfigError, match="evdev:///dev/input/eventN"):
        open_jack("alsa://hw:0")
    with pytest.raises(JackUnavailableError, match="cannot open"):
        open_jack(f"evdev://{tmp_path}/missing")


def test_auto_finds_no_jack_among_devices_without_a_switch(tmp_path):
    (tmp_path / "event0").write_bytes(b"")  # a file: no switches to report
    assert find_jack(str(tmp_path / "event*")) is None
