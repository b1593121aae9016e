"""Connects the emulator to a real link: a pty (socat pair) or a loopback TCP port, or in-process.

On a serial link the emulator takes bytes no faster than the configured baud rate, as a
printer at the end of a real cable would, so job timings match the wire.
"""

from __future__ import annotations

import queue
import socket
import threading

from devices.receipt.emulator import EscposEmulator
from devices.receipt.errors import PrinterUnavailableError
from devices.serial_emulation import SerialEmulatorPort


class EmulatorOnSerial(SerialEmulatorPort):
    """Runs the emulator on one end of a serial link (for example a socat pty)."""

    def __init__(self, emulator: EscposEmulator, port: str, *, baud: int | None = None) -> None:
        self.emulator = emulator
        super().__init__(
            emulator.feed,
            port,
            baud=baud or 38400,
            paced=baud is not None,
            read_timeout=0.1,
            name="escpos-emulator",
        )


class EmulatorOnTcp:
    """Runs the emulator behind a loopback TCP port, one connection at a time."""

    def __init__(self, emulator: EscposEmulator, host: str = "127.0.0.1", port: int = 0) -> None:
        self.emulator = emulator
        self._server = socket.create_server((host, port))
        self._server.settimeout(0.1)
        self.address: tuple[str, int] = self._server.getsockname()[:2]
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="escpos-emulator", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._server.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            with conn:
                conn.settimeout(0.1)
                while not self._stop.is_set():
                    try:
                        data = conn.recv(4096)
                    except TimeoutError:
                        continue
                    except OSError:
                        break
                    if not data:
                        break
                    replies = self.emulator.feed(data)
                    if replies:
                        conn.sendall(replies)

    def close(self) -> None:
        """Stop serving."""
        self._stop.set()
        self._thread.join()
        self._server.close()


class InProcessTransport:
    """A Transport straight into an emulator in this process (``emulated://`` devices)."""

    def __init__(self, emulator: EscposEmulator) -> None:
        self.description = "emulated printer"
        self.baud: int | None = None
        self.emulator = emulator
        self.connected = True
        self._replies: queue.SimpleQueue[bytes] = queue.SimpleQueue()

    def open(self) -> None:
        """Fail while the emulated printer is 'unplugged'."""
        if not self.connected:
            raise PrinterUnavailableError("the emulated printer is unplugged")

    def write(self, data: bytes, timeout: float) -> None:
        """Feed the emulator."""
        self.open()
        replies = self.emulator.feed(data)
        if replies:
            self._replies.put(replies)

    def read(self, timeout: float) -> bytes:
        """The emulator's pending replies."""
        self.open()
        try:
            return self._replies.get(timeout=max(timeout, 0.0))
        except queue.Empty:
            return b""

    def discard_input(self) -> None:
        """Drop pending replies."""
        while not self._replies.empty():
            self._replies.get_nowait()

    def close(self) -> None:
        """Nothing to release."""
