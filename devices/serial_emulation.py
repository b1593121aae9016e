"""Runs a device emulator on one end of a serial line (a socat pty), at the wire's pace.

The emulator takes bytes no faster than the configured baud rate, as a device at the end of a
real cable would, so timings measured against it match the wire.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import serial

READ_SIZE = 64


class WirePacer:
    """Delays delivery of received bytes to the time they would take on the wire."""

    def __init__(self, baud: int | None, bits_per_char: int = 10) -> None:
        self._seconds_per_char = bits_per_char / baud if baud else 0.0
        self._arrival = 0.0

    def wait(self, size: int) -> None:
        """Sleep until ``size`` more characters would have arrived."""
        if not self._seconds_per_char:
            return
        now = time.monotonic()
        self._arrival = max(self._arrival, now) + size * self._seconds_per_char
        delay = self._arrival - time.monotonic()
        if delay > 0:
            time.sleep(delay)


class SerialEmulatorPort:
    """Feeds what the host writes to ``feed`` and writes its answers back, in a thread.

    ``silent`` answers nothing (a dead line); ``garbage`` replaces every answer with noise.
    """

    def __init__(
        self,
        feed: Callable[[bytes], bytes],
        port: str,
        *,
        baud: int,
        paced: bool,
        bits_per_char: int = 10,
        read_timeout: float = 0.1,
        name: str = "device-emulator",
    ) -> None:
        self._feed = feed
        self._port = serial.Serial(port, baud, timeout=read_timeout)
        self._pacer = WirePacer(baud if paced else None, bits_per_char)
        self._stop = threading.Event()
        self.silent = False
        self.garbage: bytes | None = None
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                data = self._port.read(1)
                if data:
                    data += self._port.read(min(self._port.in_waiting, READ_SIZE - 1))
            except (serial.SerialException, OSError):
                return
            if not data:
                continue
            self._pacer.wait(len(data))
            replies = self._feed(data)
            if replies and self.garbage is not None:
                replies = self.garbage
            if replies and not self.silent:
                try:
                    self._port.write(replies)
                except (serial.SerialException, OSError):
                    return

    def close(self) -> None:
        """Stop the thread and close the emulator's end of the line."""
        self._stop.set()
        self._thread.join()
        self._port.close()
