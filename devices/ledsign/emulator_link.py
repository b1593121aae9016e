"""Connects the board emulator to a serial line (a socat pty) or straight into this process.

On a serial line the emulator takes bytes no faster than the configured baud rate, as a board
at the end of a real cable would, so update timings match the wire.
"""

from __future__ import annotations

import queue
import threading
import time

from devices.ledsign.emulator import AlphaBoard
from devices.ledsign.errors import LedSignUnavailableError
from devices.ledsign.link import Framing
from devices.serial_emulation import SerialEmulatorPort


class EmulatorOnSerial(SerialEmulatorPort):
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
        self._lock = threading.Lock()
        super().__init__(
            self._feed_board,
            port,
            baud=baud or 9600,
            paced=baud is not None,
            bits_per_char=(framing or Framing()).bits_per_char,
            read_timeout=0.05,
            name="alpha-emulator",
        )

    def _feed_board(self, data: bytes) -> bytes:
        with self._lock:
            return self.board.feed(data, time.monotonic())


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
