"""A unix datagram socket standing in for systemd's NOTIFY_SOCKET, with arrival times."""

from __future__ import annotations

import socket
import threading
import time
from pathlib import Path


class NotifySocket:
    """Receives sd_notify datagrams on ``path`` in a thread; each kept with when it came."""

    def __init__(self, path: Path | None = None, *, abstract: str | None = None) -> None:
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        if abstract is not None:
            self.sock.bind("\0" + abstract)
            self.address = "@" + abstract
        else:
            assert path is not None
            self.sock.bind(str(path))
            self.address = str(path)
        self.sock.settimeout(0.05)
        self.messages: list[tuple[float, str]] = []
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._receive, name="notify-socket", daemon=True)
        self._thread.start()

    def _receive(self) -> None:
        while not self._stop.is_set():
            try:
                data = self.sock.recv(4096)
            except TimeoutError:
                continue
            except OSError:
                return
            with self._lock:
                self.messages.append((time.monotonic(), data.decode("utf-8")))

    def received(self) -> list[tuple[float, str]]:
        """Every (arrival time, message) so far."""
        with self._lock:
            return list(self.messages)

    def arrival(self, line: str) -> float | None:
        """When the first message holding ``line`` arrived, or None."""
        for at, message in self.received():
            if line in message.splitlines():
                return at
        return None

    def wait_for(self, line: str, timeout: float = 10.0) -> float:
        """When a message holding ``line`` arrived, sleeping up to ``timeout`` seconds.

        (It blocks the calling thread: Qt tests wait with ``qtbot.waitUntil`` instead.)
        """
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if (at := self.arrival(line)) is not None:
                return at
            time.sleep(0.01)
        raise AssertionError(f"no {line} within {timeout} s; got {self.received()}")

    def close(self) -> None:
        """Stop receiving and close the socket."""
        self._stop.set()
        self._thread.join()
        self.sock.close()
