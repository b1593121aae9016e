"""The technician's actions in one place, each written to the audit log as it happens.

The kiosk's menu and ``machikado diag`` both call this; ``who`` is the technician's id (from
:class:`~kiosk.technician.core.access.Granted`) or ``cli:<user>``. Calls block: run them on a
worker thread.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from pathlib import Path

from kiosk.technician.core.model import (
    TEST_TARGETS,
    ActionResult,
    AuditAction,
    AuditEntry,
    BundleResult,
    Counters,
    DeviceStatus,
    LogEntry,
    Outcome,
    SelfTestResult,
    Status,
)
from kiosk.technician.core.ports import (
    AuditLog,
    BundleExporter,
    CounterStore,
    LogSource,
    Maintenance,
    ResultStore,
    SelfTest,
    StatusSource,
)


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Diagnostics:
    """Status, self-tests, counters, logs, bundle and maintenance, each audited."""

    def __init__(
        self,
        *,
        status: StatusSource,
        tests: Mapping[str, SelfTest],
        counters: CounterStore,
        audit: AuditLog,
        logs: LogSource,
        bundle: BundleExporter,
        maintenance: Maintenance,
        results: ResultStore | None = None,
        clock: Callable[[], dt.datetime] = _utc_now,
    ) -> None:
        self._status = status
        self._tests = dict(tests)
        self._counters = counters
        self._audit = audit
        self._logs = logs
        self._bundle = bundle
        self._maintenance = maintenance
        self._clock = clock
        self._results: dict[str, SelfTestResult] = {}
        self._kept = results
        for kept in reversed(results.recent() if results is not None else []):
            self._results[kept.target] = kept

    def _record(self, who: str, action: AuditAction, target: str = "", outcome: str = "ok") -> None:
        self._audit.record(AuditEntry(self._clock(), who, action, target, outcome))

    # -- reading ----------------------------------------------------------------------------

    def status(self, who: str) -> Status:
        """The whole status page."""
        status = self._status.status()
        self._record(who, AuditAction.STATUS_VIEWED, "status", status.level.value)
        return status

    def device(self, kind: str) -> DeviceStatus:
        """One device's live state (not audited: the device page polls it)."""
        return self._status.device(kind)

    def targets(self) -> tuple[str, ...]:
        """What can be self-tested, in menu order."""
        return tuple(t for t in TEST_TARGETS if t in self._tests)

    def self_test(self, who: str, target: str) -> SelfTestResult:
        """Run the self-test of ``target``; KeyError for an unknown target."""
        result = self._tests[target].run()
        self._results[target] = result
        if self._kept is not None:
            self._kept.keep(result)
        self._record(who, AuditAction.SELF_TEST, target, result.key)
        if result.outcome is Outcome.FAILED:
            self._counters.add("errors")
        return result

    def last_results(self) -> list[SelfTestResult]:
        """The latest result of each target (kept across restarts with a ResultStore)."""
        return [self._results[t] for t in TEST_TARGETS if t in self._results]

    def counters(self) -> Counters:
        """The counters since their last reset."""
        return self._counters.counters()

    def reset_counters(self, who: str) -> Counters:
        """Zero the counters; the audit entry keeps what they were."""
        before = self._counters.reset()
        summary = ",".join(f"{name}={count}" for name, count in sorted(before.values.items()))
        self._record(who, AuditAction.COUNTERS_RESET, "counters", summary or "ok")
        return before

    def logs(
        self, who: str, *, device: str = "", level: str = "INFO", limit: int = 200
    ) -> list[LogEntry]:
        """Recent log lines, filtered by device and level."""
        lines = self._logs.recent(device=device, level=level, limit=limit)
        self._record(who, AuditAction.LOGS_VIEWED, device or "all", level)
        return lines

    def audit_entries(self, limit: int = 100) -> list[AuditEntry]:
        """The last audit entries, newest first."""
        return self._audit.recent(limit)

    # -- doing ------------------------------------------------------------------------------

    def export_bundle(self, who: str, destination: Path) -> BundleResult:
        """Write the diagnostics bundle to ``destination`` and queue its upload."""
        result = self._bundle.export(destination, self.last_results())
        self._record(who, AuditAction.BUNDLE_EXPORTED, "bundle", result.key)
        return result

    def purge_cache(self, who: str) -> ActionResult:
        """Drop the cache and fetch it again."""
        result = self._maintenance.purge_cache()
        self._record(who, AuditAction.CACHE_PURGED, "cache", result.key)
        return result

    def set_out_of_service(self, who: str, out: bool) -> ActionResult:
        """Take the terminal out of service, or put it back."""
        result = self._maintenance.set_out_of_service(out)
        action = AuditAction.OUT_OF_SERVICE if out else AuditAction.BACK_IN_SERVICE
        self._record(who, action, "terminal", result.key)
        return result

    def out_of_service(self) -> bool:
        """Whether the terminal is out of service now."""
        return self._maintenance.out_of_service()

    def restart(self, who: str) -> ActionResult:
        """Restart the app through the service manager (recorded before it happens)."""
        self._record(who, AuditAction.RESTART, "app", "requested")
        return self._maintenance.restart()

    def exit(self, who: str, *, idle: bool = False) -> None:
        """The technician left the menu (or it closed itself when idle)."""
        self._record(who, AuditAction.IDLE_EXIT if idle else AuditAction.EXIT, "technician_menu")
