"""In-memory stand-ins for the technician core's ports."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from kiosk.technician.core.model import (
    COUNTER_NAMES,
    ActionResult,
    AuditEntry,
    BundleResult,
    Counters,
    LogEntry,
    Outcome,
    SelfTestResult,
)

T0 = dt.datetime(2026, 12, 3, 1, 0, tzinfo=dt.UTC)


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, now: dt.datetime = T0) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += dt.timedelta(seconds=seconds)


class MemoryAudit:
    def __init__(self) -> None:
        self.entries: list[AuditEntry] = []

    def record(self, entry: AuditEntry) -> None:
        self.entries.append(entry)

    def recent(self, limit: int = 100) -> list[AuditEntry]:
        return list(reversed(self.entries))[:limit]

    def actions(self) -> list[str]:
        return [e.action.value for e in self.entries]


class MemoryState:
    def __init__(self) -> None:
        self.value: tuple[int, dt.datetime | None, dt.datetime | None] = (0, None, None)

    def load(self) -> tuple[int, dt.datetime | None, dt.datetime | None]:
        return self.value

    def save(self, failures, last_failure, locked_until) -> None:
        self.value = (failures, last_failure, locked_until)


class MemoryCounters:
    def __init__(self) -> None:
        self.values = dict.fromkeys(COUNTER_NAMES, 0)

    def counters(self) -> Counters:
        return Counters(T0, dict(self.values))

    def add(self, name: str, amount: int = 1) -> None:
        self.values[name] += amount

    def reset(self) -> Counters:
        before = self.counters()
        self.values = dict.fromkeys(COUNTER_NAMES, 0)
        return before


class FixedTest:
    def __init__(self, target: str, key: str = "selftest.passed") -> None:
        self.target = target
        self.key = key

    def run(self) -> SelfTestResult:
        outcome = Outcome.PASSED if self.key == "selftest.passed" else Outcome.FAILED
        return SelfTestResult(self.target, outcome, self.key, T0, 0.1)


class NoLogs:
    def recent(self, *, device: str = "", level: str = "INFO", limit: int = 200) -> list[LogEntry]:
        return [LogEntry(T0, "WARNING", "devices.receipt", "paper low", "receipt_printer")]


class Exporter:
    def __init__(self) -> None:
        self.results: list[SelfTestResult] = []

    def export(self, destination: Path, results) -> BundleResult:
        self.results = list(results)
        return BundleResult(str(destination / "b.tar.gz"), 10, ("x",), True, "bundle.exported")


class Actions:
    def __init__(self) -> None:
        self.out = False
        self.restarted = False

    def purge_cache(self) -> ActionResult:
        return ActionResult(True, "action.purged_resyncing")

    def set_out_of_service(self, out: bool) -> ActionResult:
        self.out = out
        return ActionResult(True, "action.out_of_service" if out else "action.in_service")

    def out_of_service(self) -> bool:
        return self.out

    def restart(self) -> ActionResult:
        self.restarted = True
        return ActionResult(True, "action.restarting")
