"""A worker thread for blocking device work, so the UI thread never waits on serial I/O."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

log = logging.getLogger(__name__)


class DeviceWorker:
    """Runs jobs by key on one thread; a newer job for a key replaces one not yet started."""

    def __init__(self, name: str = "signage-devices") -> None:
        self._jobs: dict[str, Callable[[], None]] = {}
        self._lock = threading.Lock()
        self._wake = threading.Condition(self._lock)
        self._idle = threading.Event()
        self._idle.set()
        self._stopping = False
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._thread.start()

    def submit(self, key: str, job: Callable[[], None]) -> None:
        """Run ``job`` soon; only the latest job for ``key`` runs if several wait."""
        with self._wake:
            self._jobs[key] = job
            self._idle.clear()
            self._wake.notify()

    def wait_idle(self, timeout: float) -> bool:
        """Wait until no job waits or runs (tests and shutdown); False on timeout."""
        return self._idle.wait(timeout)

    def stop(self, timeout: float = 5.0) -> None:
        """Finish the waiting jobs and end the thread."""
        with self._wake:
            self._stopping = True
            self._wake.notify()
        self._thread.join(timeout)

    def _run(self) -> None:
        while True:
            with self._wake:
                while not self._jobs and not self._stopping:
                    self._idle.set()
                    self._wake.wait()
                if not self._jobs:
                    self._idle.set()
                    return
                key = next(iter(self._jobs))
                job = self._jobs.pop(key)
            try:
                job()
            except Exception:
                log.exception("device job %s failed", key)
