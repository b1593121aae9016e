"""The serial line to a board through pyserial: framing from config, deadlines on every call.

The port opens lazily and closes itself when the device goes away, so a board whose adapter
is unplugged and plugged back in works again without a restart.
"""

from __future__ import annotations

import contextlib
import re
import select
import termios
import time
from dataclasses import dataclass
from typing import Protocol

import serial

from devices.ledsign.errors import LedSignConfigError, LedSignNoAnswerError, LedSignUnavailableError

# termios.error is not an OSError; a pty or USB-serial adapter that vanished raises it.
_PORT_ERRORS = (serial.SerialException, OSError, termios.error)
BAUDS = (1200, 2400, 4800, 9600, 19200, 38400)
CHUNK = 1024  # written at a time, each within the write timeout
_PARITIES = {"N": serial.PARITY_NONE, "E": serial.PARITY_EVEN, "O": serial.PARITY_ODD}


@dataclass(frozen=True)
class Framing:
    """Character framing such as 7E1: data bits, parity, stop bits."""

    bits: int = 7
    parity: str = "E"
    stop: int = 1

    @classmethod
    def parse(cls, text: str) -> Framing:
        """``7E1``, ``7E2``, ``8N1``… into a Framing; LedSignConfigError otherwise."""
        match = re.fullmatch(r"([78])([NEO])([12])", text.upper())
        if match is None:
            raise LedSignConfigError(f"framing must look like 7E1 or 8N1, not {text!r}")
        return cls(int(match[1]), match[2], int(match[3]))

    @property
    def bits_per_char(self) -> int:
        """Bits on the wire per character: start, data, parity, stop."""
        return 1 + self.bits + (self.parity != "N") + self.stop

    def __str__(self) -> str:
        return f"{self.bits}{self.parity}{self.stop}"


class Link(Protocol):
    """A blocking byte link to a board; every call has a deadline and raises our errors."""

    baud: int | None
    framing: Framing

    def write(self, data: bytes, timeout: float) -> None:
        """Send all of ``data`` and wait until it has left, within ``timeout`` seconds."""
        ...

    def read(self, timeout: float) -> bytes:
        """Whatever arrives within ``timeout`` seconds (empty on silence)."""
        ...

    def discard_input(self) -> None:
        """Drop bytes already received."""
        ...

    def close(self) -> None:
        """Close the link; the next call opens it again."""
        ...


class SerialLink:
    """An RS-232/RS-485 port (or a pty) with the board's speed and framing.

    The port is configured once when it opens: ptys refuse to be reconfigured to 7-bit
    framing, so deadlines come from select() and from writing in chunks, never from
    changing pyserial's timeouts.
    """

    def __init__(
        self, port: str, baud: int = 9600, framing: Framing | None = None, *, stall: float = 2.0
    ) -> None:
        self.baud: int | None = baud
        self.framing = framing or Framing()
        self._path = port
        self._port: serial.Serial | None = None
        self._write_timeout = stall + 2 * CHUNK * self.framing.bits_per_char / baud

    def _open(self) -> serial.Serial:
        if self._port is None:
            try:
                self._port = serial.Serial(
                    self._path,
                    self.baud or 9600,
                    bytesize=self.framing.bits,
                    parity=_PARITIES[self.framing.parity],
                    stopbits=self.framing.stop,
                    timeout=0,
                    write_timeout=self._write_timeout,
                    exclusive=True,
                )
            except (*_PORT_ERRORS, ValueError) as err:
                raise LedSignUnavailableError(
                    "the LED board's serial port cannot be opened"
                ) from err
        return self._port

    def _lost(self) -> LedSignUnavailableError:
        self.close()
        return LedSignUnavailableError("the LED board's serial port went away")

    def write(self, data: bytes, timeout: float) -> None:
        """Send ``data`` in chunks; a port that stops taking them is no answer."""
        port = self._open()
        deadline = time.monotonic() + timeout
        try:
            for start in range(0, len(data), CHUNK):
                if time.monotonic() > deadline:
                    raise serial.SerialTimeoutException("write deadline passed")
                port.write(data[start : start + CHUNK])
            port.flush()
        except serial.SerialTimeoutException as err:
            raise LedSignNoAnswerError("the LED board's port stopped taking data") from err
        except _PORT_ERRORS as err:
            raise self._lost() from err

    def read(self, timeout: float) -> bytes:
        """Bytes that arrive within ``timeout``."""
        port = self._open()
        try:
            ready, _, _ = select.select([port.fileno()], [], [], max(timeout, 0.0))
            if not ready:
                return b""
            return port.read(max(port.in_waiting, 1))
        except _PORT_ERRORS as err:
            raise self._lost() from err

    def discard_input(self) -> None:
        """Drop received bytes."""
        port = self._open()
        try:
            port.reset_input_buffer()
        except _PORT_ERRORS as err:
            raise self._lost() from err

    def close(self) -> None:
        """Close the port."""
        port, self._port = self._port, None
        if port is not None:
            with contextlib.suppress(*_PORT_ERRORS):
                port.close()
