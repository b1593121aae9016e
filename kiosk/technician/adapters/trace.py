"""Serial devices opened through pyserial's ``spy://`` handler: a test shows the line's bytes.

``serial_for_url("spy:///dev/ttyUSB0?file=…")`` opens the real port and writes every byte sent
and received to the file as a hex dump; :class:`TraceFile` reads it back. Only the technician's
own connections are traced — the kiosk's devices are opened without it.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import Any
from urllib.parse import SplitResult, quote, urlsplit

import serial

from devices.errors import DeviceConfigError
from devices.ledsign.errors import LedSignUnavailableError
from devices.ledsign.link import _PARITIES, SerialLink
from devices.ledsign.open import open_serial as open_led_serial
from devices.ledsign.sign import AlphaSign
from devices.receipt.errors import PrinterUnavailableError
from devices.receipt.open import open_serial as open_receipt_serial
from devices.receipt.printer import EscposPrinter
from devices.receipt.transport import SerialTransport

MAX_LINES = 400
# The URL schemes of devices on a serial port, by device kind.
SERIAL_SCHEMES = {"receipt_printer": "escpos+serial", "led_sign": "alpha+serial"}


class TraceFile:
    """The hex dump a ``spy://`` port writes: cleared before a test, read after it."""

    def __init__(self, path: Path | None = None) -> None:
        if path is None:
            handle, name = tempfile.mkstemp(prefix="machikado-trace-", suffix=".txt")
            os.close(handle)
            path = Path(name)
        self.path = path

    def spy_url(self, port: str) -> str:
        """The ``spy://`` URL that opens ``port`` and dumps its traffic into this file."""
        return f"spy://{port}?file={quote(str(self.path))}"

    def clear(self) -> None:
        """Forget the traffic so far."""
        self.path.write_text("")

    def lines(self) -> tuple[str, ...]:
        """The dump's lines (``000000 TX 1B 40 …``), at most MAX_LINES of the latest."""
        try:
            text = self.path.read_text(encoding="ascii", errors="replace")
        except OSError:
            return ()
        lines = [line.rstrip() for line in text.splitlines() if line.strip()]
        return tuple(lines[-MAX_LINES:])

    def remove(self) -> None:
        """Delete the file."""
        self.path.unlink(missing_ok=True)


def _close_dump(port: object) -> None:
    """Close the file a ``spy://`` port writes its dump to (pyserial leaves it open)."""
    output = getattr(getattr(port, "formatter", None), "output", None)
    if output is not None and output not in (sys.stderr, sys.stdout):
        output.close()


def _open_spy(url: str, **settings: Any) -> serial.Serial:
    """Open a ``spy://`` port; its dump file is closed again if the port cannot be opened."""
    port: serial.Serial = serial.serial_for_url(url, do_not_open=True, **settings)
    try:
        port.open()
    except BaseException:
        _close_dump(port)
        raise
    return port


class _TracedReceiptTransport(SerialTransport):
    def __init__(self, base: SerialTransport, trace: TraceFile) -> None:
        super().__init__(base._path, base.baud, rtscts=base._rtscts)
        self._trace = trace

    def open(self) -> None:
        if self._port is not None:
            return
        try:
            self._port = _open_spy(
                self._trace.spy_url(self._path),
                baudrate=self.baud,
                timeout=0,
                rtscts=self._rtscts,
                exclusive=True,
            )
        except (serial.SerialException, OSError, ValueError) as err:
            raise PrinterUnavailableError("the printer's serial port cannot be opened") from err

    def close(self) -> None:
        port = self._port
        super().close()
        _close_dump(port)


class _TracedLedLink(SerialLink):
    def __init__(self, base: SerialLink, trace: TraceFile) -> None:
        super().__init__(base._path, base.baud or 9600, base.framing)
        self._write_timeout = base._write_timeout
        self._trace = trace

    def _open(self) -> serial.Serial:
        if self._port is None:
            try:
                self._port = _open_spy(
                    self._trace.spy_url(self._path),
                    baudrate=self.baud or 9600,
                    bytesize=self.framing.bits,
                    parity=_PARITIES[self.framing.parity],
                    stopbits=self.framing.stop,
                    timeout=0,
                    write_timeout=self._write_timeout,
                    exclusive=True,
                )
            except (serial.SerialException, OSError, ValueError) as err:
                raise LedSignUnavailableError(
                    "the LED board's serial port cannot be opened"
                ) from err
        return self._port

    def close(self) -> None:
        port = self._port
        super().close()
        _close_dump(port)


def open_traced(kind: str, url: str, trace: TraceFile) -> EscposPrinter | AlphaSign:
    """Open the serial device ``url`` names with its traffic dumped into ``trace``."""
    parts: SplitResult = urlsplit(url)
    if kind == "receipt_printer" and parts.scheme == "escpos+serial":
        printer = open_receipt_serial(parts)
        base = printer.transport
        assert isinstance(base, SerialTransport)
        return EscposPrinter(_TracedReceiptTransport(base, trace), paper=printer.paper)
    if kind == "led_sign" and parts.scheme == "alpha+serial":
        sign = open_led_serial(parts)
        assert isinstance(sign.link, SerialLink)
        return AlphaSign(_TracedLedLink(sign.link, trace), sign.settings)
    raise DeviceConfigError(f"{kind} at {url!r} is not a serial device")


def is_serial(kind: str, url: str) -> bool:
    """Whether ``url`` puts a device of ``kind`` on a serial port (so it can be traced)."""
    return SERIAL_SCHEMES.get(kind) == urlsplit(url).scheme
