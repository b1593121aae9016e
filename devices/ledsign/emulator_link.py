"""Connects the board emulator to a serial line (a socat pty) or straight into this process.

On a serial line the emulator takes bytes no faster than the configured baud rate, as a board
at the end of a real cable would, so update timings match the wire.
"""

from __future__ import annotations

import queue
import threading
import time

import serial

from devices.ledsign.emulator import AlphaBoard
from devices.ledsign.errors import LedSignUnavailableError
from devices.ledsign.link import Framing

READ_SIZE = 64


class _Pacer:
    """Delays delivery of received bytes to the time they would take on the wire."""

    def __init__(self, baud: int | None, bits_per_char: int) -> None:
        self._seconds_per_char = bits_per_char / baud if baud else 0.0
        self._arrival = 0.0

    def wait(self, size: int) -> None:
        if not self._seconds_per_char:
            return
        now = time.monotonic()
        self._arrival = max(self._arrival, now) + size * self._seconds_per_char
        delay = self._arrival - time.monotonic()
        if delay > 0:
            time.sleep(delay)


class EmulatorOnSerial:
    """Runs the board emulator on one end of a serial line, in a thread.

    ``silent`` makes the board answer nothing; ``garbage`` replaces its answers with noise.
    """

    def __init__(
        self,
        board: AlphaBoard,
        port: str,
        *,
        baud: int | None = None,
        framing: Framing | None = None,
    ) -> None:
        self.board = board
        self._port = serial.Serial(port, baud or 9600, timeout=0.05)
        self._pacer = _Pacer(baud, (framing or Framing()).bits_per_char)
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self.silent = False
        self.garbage: bytes | None = None
        self._thread = threading.Thread(target=self._run, name="alpha-emulator", daemon=True)
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
            with self._lock:
                replies = self.board.feed(data, time.monotonic())
            if replies and self.garbage is not None:
                replies = self.garbage
            if replies and not self.silent:
                try:
                    self._port.write(replies)
                except (serial.SerialException, OSError):
                    return

    def close(self) -> None:
        """Stop the emulator thread and close its end of the line."""
        self._stop.set()
        self._thread.join()
        self._port.close()


class InProcessLink:
    """A Link straight into a board emulator in this process (``emulated://`` boards)."""

    def __init__(self, board: AlphaBoard) -> None:
        self.board = board
        self.baud: int | None = None
        self.framing = Framing()
        self.connected = True
        self.silent = False
        self.garbage: bytes | None = None
        self._replies: queue.SimpleQueue[bytes] = queue.SimpleQueue()

    def _check(self) -> None:
        if not self.connected:
            raise LedSignUnavailableError("the emulated LED board is unplugged")

    def write(self, data: bytes, timeout: float) -> None:
        """Feed the board."""
        self._check()
        replies = self.board.feed(data, time.monotonic())
        if replies and self.garbage is not None:
            replies = self.garbage
        if replies and not self.silent:
            self._replies.put(replies)

    def read(self, timeout: float) -> bytes:
        """The board's pending answers, waiting up to ``timeout``."""
        self._check()
        try:
            return self._replies.get(timeout=max(timeout, 0.0))
        except queue.Empty:
            return b""

    def discard_input(self) -> None:
        """Drop pending answers."""
        self._check()
        while not self._replies.empty():
            self._replies.get_nowait()

    def close(self) -> None:
        """Nothing to release."""
