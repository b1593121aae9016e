"""The jack as the kernel reports it: ``SW_HEADPHONE_INSERT`` switch events on an evdev device.

ALSA's HDA and USB audio drivers publish their jacks as input devices ("HDA Intel PCH
Headphone", …); this adapter reads ``struct input_event`` records from one of them with the
standard library only, and finds it by asking each ``/dev/input/event*`` which switches it has.
"""

from __future__ import annotations

import contextlib
import fcntl
import glob
import logging
import os
import select
import struct
import threading
from collections.abc import Iterator
from dataclasses import dataclass

from devices.audio_jack.interface import JackListener, JackUnavailableError

log = logging.getLogger(__name__)

EV_SW = 0x05
SW_HEADPHONE_INSERT = 0x02
_SW_BYTES = 8  # SW_MAX is 0x10: two bytes hold every switch; ask for more to be safe

# struct input_event on a 64-bit kernel: struct timeval (two longs), type, code, value.
EVENT = struct.Struct("llHHi")


def _ioc_read(number: int, size: int) -> int:
    """The ``_IOR('E', number, size)`` request code of an evdev ioctl."""
    return (2 << 30) | (size << 16) | (ord("E") << 8) | number


EVIOCGSW = _ioc_read(0x1B, _SW_BYTES)  # the switches' current state
EVIOCGBIT_SW = _ioc_read(0x20 + EV_SW, _SW_BYTES)  # the switches the device has


@dataclass(frozen=True)
class InputEvent:
    """One ``struct input_event``."""

    type: int
    code: int
    value: int


def encode(event: InputEvent) -> bytes:
    """The bytes the kernel writes for ``event`` (time zero)."""
    return EVENT.pack(0, 0, event.type, event.code, event.value)


def decode(data: bytes) -> tuple[list[InputEvent], bytes]:
    """The whole events in ``data`` and the bytes left over of a partial one."""
    whole = len(data) - len(data) % EVENT.size
    events = [InputEvent(t, c, v) for _s, _us, t, c, v in EVENT.iter_unpack(data[:whole])]
    return events, data[whole:]


def headphone_changes(events: list[InputEvent]) -> Iterator[bool]:
    """Plugged (True) or unplugged (False) for each headphone switch event among ``events``."""
    for event in events:
        if event.type == EV_SW and event.code == SW_HEADPHONE_INSERT:
            yield event.value != 0


def _bit(buffer: bytes, bit: int) -> bool:
    return bool(buffer[bit // 8] >> (bit % 8) & 1)


def has_headphone_switch(fd: int) -> bool:
    """True when the evdev device open on ``fd`` reports ``SW_HEADPHONE_INSERT``."""
    buffer = bytearray(_SW_BYTES)
    try:
        fcntl.ioctl(fd, EVIOCGBIT_SW, buffer)
    except OSError:
        return False
    return _bit(bytes(buffer), SW_HEADPHONE_INSERT)


def find_jack(pattern: str = "/dev/input/event*") -> str | None:
    """The first input device with a headphone switch, or None (none, or none readable)."""
    for path in sorted(glob.glob(pattern)):
        try:
            fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
        except OSError:
            continue
        try:
            if has_headphone_switch(fd):
                return path
        finally:
            os.close(fd)
    return None


class EvdevJack:
    """Watches one evdev device on a thread of its own and tells listeners of each change."""

    def __init__(self, path: str) -> None:
        self.path = path
        try:
            self._fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
        except OSError as err:
            raise JackUnavailableError(f"cannot open the jack's input device: {err}") from err
        self._plugged = self._read_state()
        self._listeners: list[JackListener] = []
        self._lock = threading.Lock()
        self._wake_r, self._wake_w = os.pipe()
        self._thread: threading.Thread | None = None

    def _read_state(self) -> bool:
        buffer = bytearray(_SW_BYTES)
        try:
            fcntl.ioctl(self._fd, EVIOCGSW, buffer)
        except OSError:
            return False  # not an evdev device (a recorded stream): unplugged until told
        return _bit(bytes(buffer), SW_HEADPHONE_INSERT)

    def plugged(self) -> bool:
        """True while headphones are in."""
        return self._plugged

    def subscribe(self, listener: JackListener) -> None:
        """Call ``listener`` on every change (on the watching thread)."""
        with self._lock:
            self._listeners.append(listener)

    def start(self) -> None:
        """Start the watching thread."""
        if self._thread is None:
            self._thread = threading.Thread(target=self._watch, name="audio-jack", daemon=True)
            self._thread.start()

    def close(self) -> None:
        """Stop the thread and close the device."""
        os.write(self._wake_w, b"x")
        if self._thread is not None:
            self._thread.join(5)
        for fd in (self._fd, self._wake_r, self._wake_w):
            with contextlib.suppress(OSError):
                os.close(fd)

    def _watch(self) -> None:
        pending = b""
        while True:
            ready, _, _ = select.select([self._fd, self._wake_r], [], [])
            if self._wake_r in ready:
                return
            try:
                chunk = os.read(self._fd, EVENT.size * 64)
            except BlockingIOError:
                continue
            except OSError as err:  # the sound card went away
                log.warning("headphone jack: %s; no longer watched", err.strerror)
                return
            if not chunk:
                log.warning("headphone jack: its input device closed; no longer watched")
                return
            events, pending = decode(pending + chunk)
            for plugged in headphone_changes(events):
                self._set(plugged)

    def _set(self, plugged: bool) -> None:
        if plugged == self._plugged:
            return
        self._plugged = plugged
        with self._lock:
            listeners = list(self._listeners)
        for listener in listeners:
            listener(plugged)
