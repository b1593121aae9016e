"""What the diagnostics core needs from the terminal, as Protocols the adapters fulfil.

Every call may block (devices, HTTP, disk) and belongs on a worker thread, never the UI's.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from kiosk.technician.core.model import (
    ActionResult,
    AuditEntry,
    BundleResult,
    Counters,
    DeviceStatus,
    LogEntry,
    SelfTestResult,
    Status,
)


class SelfTest(Protocol):
    """One self-test of one target (a device kind or ``gateway``); ``run`` never raises."""

    @property
    def target(self) -> str:
        """The device kind (or ``gateway``) this test checks."""
        ...

    def run(self) -> SelfTestResult:
        """Run the test once through the device's own interface and say how it went."""
        ...


class StatusSource(Protocol):
    """Reads the terminal's state now."""

    def status(self) -> Status:
        """Versions, resources, network, cache, outbox and every device."""
        ...

    def device(self, kind: str) -> DeviceStatus:
        """One device kind's live state."""
        ...


class CounterStore(Protocol):
    """The terminal's event counters, kept on disk across restarts."""

    def counters(self) -> Counters:
        """The counts since the last reset."""
        ...

    def add(self, name: str, amount: int = 1) -> None:
        """Count ``amount`` more of ``name`` (one of COUNTER_NAMES)."""
        ...

    def reset(self) -> Counters:
        """Set every count to zero; returns the counts as they were."""
        ...


class AuditLog(Protocol):
    """Append-only audit records, kept on the terminal and sent to the gateway."""

    def record(self, entry: AuditEntry) -> None:
        """Keep ``entry`` and queue it for the gateway."""
        ...

    def recent(self, limit: int = 100) -> list[AuditEntry]:
        """The last ``limit`` entries, newest first."""
        ...


class LogSource(Protocol):
    """The terminal's own recent log lines."""

    def recent(self, *, device: str = "", level: str = "INFO", limit: int = 200) -> list[LogEntry]:
        """Lines at ``level`` or worse, about ``device`` when given, newest first."""
        ...


class AccessStateStore(Protocol):
    """Where the PIN policy keeps its failure count and lockout, so a restart keeps them."""

    def load(self) -> tuple[int, dt.datetime | None, dt.datetime | None]:
        """(failures in a row, time of the last failure, locked until) — zeros when new."""
        ...

    def save(
        self, failures: int, last_failure: dt.datetime | None, locked_until: dt.datetime | None
    ) -> None:
        """Keep the three values durably."""
        ...


class BundleExporter(Protocol):
    """Writes the diagnostics bundle and sends it to the gateway."""

    def export(self, destination: Path, results: Sequence[SelfTestResult]) -> BundleResult:
        """Write a .tar.gz into ``destination`` (a USB stick's folder) and queue its upload."""
        ...


class Maintenance(Protocol):
    """The maintenance actions: cache, service state, restart."""

    def purge_cache(self) -> ActionResult:
        """Drop the cached datasets and fetch them again from the gateway."""
        ...

    def set_out_of_service(self, out: bool) -> ActionResult:
        """Take the terminal out of service (residents see the out-of-service screen) or back."""
        ...

    def out_of_service(self) -> bool:
        """Whether the terminal is out of service now."""
        ...

    def restart(self) -> ActionResult:
        """Ask the service manager to restart the terminal's app."""
        ...


class ResultStore(Protocol):
    """Keeps the latest self-test results, so they outlive a restart."""

    def keep(self, result: SelfTestResult) -> None:
        """Keep ``result``."""
        ...

    def recent(self, limit: int = 50) -> list[SelfTestResult]:
        """The latest results, newest first."""
        ...
