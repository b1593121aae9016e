"""Byte links to a receipt printer: serial (pyserial), /dev/usb/lpN with timeouts, and TCP 9100.

Each transport opens lazily and closes itself when the device goes away, so the next call
reopens it: a printer that is unplugged and plugged back in works again without a restart.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import select
import socket
import struct
import termios
import time
from typing import Protocol

import serial

from devices.receipt.errors import PrinterTimeoutError, PrinterUnavailableError

LPGETSTATUS = 0x060B
# termios.error is not an OSError; a pty or USB-serial adapter that vanished raises it.
_PORT_ERRORS = (serial.SerialException, OSError, termios.error)
LP_PERRORP, LP_PSELECD, LP_POUTPA = 0x08, 0x10, 0x20


class Transport(Protocol):
    """A blocking byte link; every call has a timeout and raises our errors, never the OS's."""

    description: str

    @property
    def baud(self) -> int | None:
        """The line speed where there is one, to size timeouts."""
        ...

    def open(self) -> None:
        """Open the link if it is not open; PrinterUnavailableError if the device is absent."""
        ...

    def write(self, data: bytes, timeout: float) -> None:
        """Send all of ``data`` within ``timeout`` seconds, or raise PrinterTimeoutError."""
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


class SerialTransport:
    """An RS-232 or USB-serial port through pyserial."""

    def __init__(self, port: str, baud: int = 38400, *, rtscts: bool = False) -> None:
        self.description = f"serial port at {baud} baud"
        self.baud = baud
        self._path, self._rtscts = port, rtscts
        self._port: serial.Serial | None = None

    def open(self) -> None:
        """Open the port (exclusively) unless it is open."""
        if self._port is not None:
            return
        try:
            self._port = serial.Serial(
                self._path, self.baud, timeout=0, rtscts=self._rtscts, exclusive=True
            )
        except (*_PORT_ERRORS, ValueError) as err:
            raise PrinterUnavailableError("the printer's serial port cannot be opened") from err

    def _lost(self, err: Exception) -> PrinterUnavailableError:
        self.close()
        return PrinterUnavailableError("the printer's serial port went away")

    def write(self, data: bytes, timeout: float) -> None:
        """Send ``data``; a full output buffer for ``timeout`` seconds is a timeout."""
        self.open()
        assert self._port is not None
        try:
            self._port.write_timeout = timeout
            self._port.write(data)
            self._port.flush()
        except serial.SerialTimeoutException as err:
            raise PrinterTimeoutError("the printer stopped taking data") from err
        except _PORT_ERRORS as err:
            raise self._lost(err) from err

    def read(self, timeout: float) -> bytes:
        """Bytes that arrive within ``timeout``."""
        self.open()
        assert self._port is not None
        try:
            self._port.timeout = timeout
            first = self._port.read(1)
            if not first:
                return b""
            self._port.timeout = 0
            return first + self._port.read(self._port.in_waiting or 0)
        except _PORT_ERRORS as err:
            raise self._lost(err) from err

    def discard_input(self) -> None:
        """Drop received bytes."""
        self.open()
        assert self._port is not None
        try:
            self._port.reset_input_buffer()
        except _PORT_ERRORS as err:
            raise self._lost(err) from err

    def close(self) -> None:
        """Close the port."""
        port, self._port = self._port, None
        if port is not None:
            with contextlib.suppress(*_PORT_ERRORS):
                port.close()


class UsbLpTransport:
    """The kernel's USB printer class device (``/dev/usb/lpN``), non-blocking with deadlines.

    The usblp driver blocks a plain write forever when the printer is offline, so the node is
    opened with O_NONBLOCK and every write waits in poll() with its own deadline. When the
    printer's interface is unidirectional (read fails with EINVAL) ``read_supported`` turns
    False and ``port_status`` gives the coarse IEEE 1284 status instead.
    """

    def __init__(self, path: str) -> None:
        self.description = "USB printer device"
        self.baud: int | None = None
        self.read_supported = True
        self._path = path
        self._fd: int | None = None

    def open(self) -> None:
        """Open the node read-write, non-blocking."""
        if self._fd is not None:
            return
        try:
            self._fd = os.open(self._path, os.O_RDWR | os.O_NONBLOCK | os.O_NOCTTY)
        except OSError as err:
            reason = "busy (another program has it)" if err.errno == errno.EBUSY else "absent"
            raise PrinterUnavailableError(f"the USB printer device is {reason}") from err

    def _lost(self) -> PrinterUnavailableError:
        self.close()
        return PrinterUnavailableError("the USB printer went away")

    def _wait(self, event: int, timeout: float) -> bool:
        assert self._fd is not None
        poller = select.poll()
        poller.register(self._fd, event)
        for _fd, happened in poller.poll(max(0.0, timeout) * 1000):
            if happened & (select.POLLERR | select.POLLHUP | select.POLLNVAL):
                raise self._lost()
            return True
        return False

    def write(self, data: bytes, timeout: float) -> None:
        """Send ``data``, waiting at most ``timeout`` seconds in all for the printer to take it."""
        self.open()
        deadline = time.monotonic() + timeout
        view = memoryview(data)
        while view:
            if not self._wait(select.POLLOUT, deadline - time.monotonic()):
                raise PrinterTimeoutError("the USB printer stopped taking data")
            assert self._fd is not None
            try:
                view = view[os.write(self._fd, view) :]
            except BlockingIOError:
                continue
            except OSError as err:
                if err.errno == errno.ENOSPC:
                    raise PrinterTimeoutError("the USB printer is out of paper") from err
                raise self._lost() from err

    def read(self, timeout: float) -> bytes:
        """Bytes from the printer's bulk-in endpoint within ``timeout`` seconds."""
        self.open()
        if not self.read_supported or not self._wait(select.POLLIN, timeout):
            return b""
        assert self._fd is not None
        try:
            return os.read(self._fd, 1024)
        except BlockingIOError:
            return b""
        except OSError as err:
            if err.errno == errno.EINVAL:
                self.read_supported = False
                return b""
            raise self._lost() from err

    def discard_input(self) -> None:
        """Drop bytes the printer already sent."""
        while self.read(0):
            pass

    def port_status(self) -> int:
        """The IEEE 1284 port status byte (LPGETSTATUS)."""
        self.open()
        assert self._fd is not None
        try:
            raw = fcntl.ioctl(self._fd, LPGETSTATUS, struct.pack("i", 0))
        except OSError as err:
            raise self._lost() from err
        status: int = struct.unpack("i", raw)[0]
        return status

    def close(self) -> None:
        """Close the node."""
        fd, self._fd = self._fd, None
        if fd is not None:
            os.close(fd)


class TcpTransport:
    """A network printer's raw port (9100)."""

    def __init__(self, host: str, port: int = 9100, *, connect_timeout: float = 5.0) -> None:
        self.description = "network printer"
        self.baud: int | None = None
        self._address = (host, port)
        self._connect_timeout = connect_timeout
        self._sock: socket.socket | None = None

    def open(self) -> None:
        """Connect unless connected."""
        if self._sock is not None:
            return
        try:
            self._sock = socket.create_connection(self._address, timeout=self._connect_timeout)
        except OSError as err:
            raise PrinterUnavailableError("the network printer cannot be reached") from err
        self._sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def _lost(self) -> PrinterUnavailableError:
        self.close()
        return PrinterUnavailableError("the connection to the network printer was lost")

    def write(self, data: bytes, timeout: float) -> None:
        """Send ``data`` within ``timeout`` seconds."""
        self.open()
        assert self._sock is not None
        try:
            self._sock.settimeout(timeout)
            self._sock.sendall(data)
        except TimeoutError as err:
            self.close()
            raise PrinterTimeoutError("the network printer stopped taking data") from err
        except OSError as err:
            raise self._lost() from err

    def read(self, timeout: float) -> bytes:
        """Bytes that arrive within ``timeout``."""
        self.open()
        assert self._sock is not None
        try:
            self._sock.settimeout(timeout)
            data = self._sock.recv(1024)
        except TimeoutError:
            return b""
        except OSError as err:
            raise self._lost() from err
        if not data:
            raise self._lost()
        return data

    def discard_input(self) -> None:
        """Drop bytes already received."""
        self.open()
        assert self._sock is not None
        self._sock.setblocking(False)
        try:
            while self._sock.recv(1024):
                pass
        except BlockingIOError:
            pass
        except OSError as err:
            raise self._lost() from err

    def close(self) -> None:
        """Close the connection."""
        sock, self._sock = self._sock, None
        if sock is not None:
            sock.close()
