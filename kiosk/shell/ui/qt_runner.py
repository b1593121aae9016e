"""QtRunner: runs the flows' blocking jobs on a thread pool and reports back on the UI thread."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QThreadPool, Signal, Slot

from kiosk.shell.core.jobs import Done, Job, Progress

log = logging.getLogger(__name__)


class QtRunner(QObject):
    """The flows' :class:`~kiosk.shell.core.jobs.Runner` for the Qt kiosk.

    Jobs run on a private pool (card, gateway, printer and payment calls block); their results
    and progress arrive through queued signals, so the flow only ever changes on the UI thread.
    """

    _deliver = Signal(object)

    def __init__(self, parent: QObject | None = None, *, threads: int = 4) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(threads)
        self._deliver.connect(self._on_deliver)

    def run(self, job: Job, done: Done, progress: Progress | None = None) -> None:
        """Run ``job`` on the pool; ``done`` and ``progress`` are called on this object's thread."""

        def report(value: object) -> None:
            if progress is not None:
                self._deliver.emit(lambda: progress(value))

        def work() -> None:
            try:
                result = job(report)
            except BaseException as error:  # every failure goes back to the flow
                failure = error
                self._deliver.emit(lambda: done(None, failure))
            else:
                self._deliver.emit(lambda: done(result, None))

        self._pool.start(work)

    @Slot(object)
    def _on_deliver(self, call: Callable[[], None]) -> None:
        call()

    def wait(self, timeout_ms: int = 30_000) -> bool:
        """Wait for every running job (at shutdown and in tests); False on timeout."""
        return self._pool.waitForDone(timeout_ms)
