"""Runs a device emulator on one end of a serial line (a socat pty pair), at the wire's pace.

The emulator takes bytes no faster than the configured baud rate, as a device at the end of a
real cable would, so timings measured against it match the wire.
"""

from __future__ import annotations

import shutil
import subprocess
import threading
import time
from collections.abc import Callable
from pathlib import Path

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


class PtyPair:
    """Two linked ptys made by socat: ``host`` for the adapter, ``device`` for the emulator."""

    def __init__(self, folder: Path, host_name: str = "host", device_name: str = "device") -> None:
        self.host, self.device = folder / host_name, folder / device_name
        self.process: subprocess.Popen[bytes] | None = None

    def start(self, timeout_s: float = 10.0) -> None:
        """Start socat and wait for both ends; ``RuntimeError`` if they do not appear."""
        if shutil.which("socat") is None:
            raise RuntimeError("socat is missing (Debian package socat)")
        self.process = subprocess.Popen(
            ["socat", f"pty,raw,echo=0,link={self.host}", f"pty,raw,echo=0,link={self.device}"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + timeout_s
        while not (self.host.exists() and self.device.exists()):
            if time.monotonic() > deadline or self.process.poll() is not None:
                self.stop()
                raise RuntimeError("socat did not create the pty pair")
            time.sleep(0.02)

    def stop(self) -> None:
        """Stop socat (the ptys go with it: a 'cable pulled')."""
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=10)
            self.process = None
        deadline = time.monotonic() + 5
        while (self.host.exists() or self.device.exists()) and time.monotonic() < deadline:
            time.sleep(0.02)

    def __enter__(self) -> PtyPair:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()
