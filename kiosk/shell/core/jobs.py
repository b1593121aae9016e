"""Blocking jobs run off the UI thread: what a flow hands to the runner and gets back."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

Progress = Callable[[object], None]
Job = Callable[[Progress], object]
Done = Callable[[object, BaseException | None], None]


class Runner(Protocol):
    """Runs a blocking job off the UI thread and reports back on it."""

    def run(self, job: Job, done: Done, progress: Progress | None = None) -> None:
        """Run ``job``; call ``done(result, error)`` and ``progress`` on the caller's thread."""
        ...
