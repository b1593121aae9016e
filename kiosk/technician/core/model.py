"""What the technician's diagnostics report: status, device states, self-test results, counters.

Every value is a frozen dataclass holding no personal data; problems are message keys the UI
words in every language (``selftest.*``, ``network.*``, ``access.*`` and the devices' own
``receipt.*``, ``docprint.*``, ``card.*``, ``ledsign.*``, ``payment.*`` keys). Times are aware
datetimes in UTC; a screen or text shows them in the terminal's time zone.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Mapping
from dataclasses import dataclass, field

# The device kinds a terminal may have, in the order the menu and ``machikado diag`` list them.
DEVICE_KINDS = ("card_reader", "receipt_printer", "document_printer", "led_sign", "payment")
# What can be self-tested: every device kind and the gateway link.
TEST_TARGETS = (*DEVICE_KINDS, "gateway")
# Network.problem when the gateway is the kiosk's embedded one and this process cannot reach it.
EMBEDDED_UNCHECKED = "network.embedded_not_running"


class Level(enum.Enum):
    """How well the terminal (or one part of it) is: the exit code of ``machikado diag``."""

    HEALTHY = "healthy"  # exit 0
    DEGRADED = "degraded"  # exit 1: it serves, but something installed is not working
    DOWN = "down"  # exit 2: it cannot serve residents (gateway unreachable and no cache, …)

    @property
    def exit_code(self) -> int:
        """0 healthy, 1 degraded, 2 down."""
        return {Level.HEALTHY: 0, Level.DEGRADED: 1, Level.DOWN: 2}[self]

    @staticmethod
    def worst(levels: list[Level] | tuple[Level, ...]) -> Level:
        """The worst of ``levels`` (healthy when there are none)."""
        order = (Level.HEALTHY, Level.DEGRADED, Level.DOWN)
        return max(levels, key=order.index, default=Level.HEALTHY)


@dataclass(frozen=True)
class Detail:
    """One named fact shown beside a status or result (``name`` is a message key, ``value`` data).

    Values are terminal facts only (a queue name, an ATR in hex, a status word), never personal.
    """

    name: str
    value: str


@dataclass(frozen=True)
class Versions:
    """The software and configuration this terminal runs."""

    software: str  # machikado's version, with the git commit when known
    config: str  # where the configuration came from and a short digest of its content
    python: str
    qt: str  # PySide6's version, or "" when Qt is not installed
    os_release: str  # PRETTY_NAME of /etc/os-release
    kernel: str


@dataclass(frozen=True)
class Disk:
    """Free and total bytes of the file system holding ``path``."""

    path: str
    free_bytes: int
    total_bytes: int

    @property
    def free_ratio(self) -> float:
        """Free bytes over total (0 when the size is unknown)."""
        return self.free_bytes / self.total_bytes if self.total_bytes else 0.0


@dataclass(frozen=True)
class Resources:
    """CPU, memory and disk of the terminal."""

    cpu_count: int
    load_1m: float
    memory_total_bytes: int
    memory_available_bytes: int
    process_rss_bytes: int
    disks: tuple[Disk, ...] = ()


@dataclass(frozen=True)
class Network:
    """The link to the gateway: each check is True/False, or None when it does not apply.

    ``dns_ok`` is None for an address without a host name (loopback, an IP), ``tls_ok`` None for
    http; ``clock_offset_s`` is the gateway's clock (its Date header) minus ours, None when the
    gateway did not answer. ``problem`` is the first failing check's message key, "" when none.
    """

    gateway_url: str
    reachable: bool
    dns_ok: bool | None = None
    tls_ok: bool | None = None
    clock_offset_s: float | None = None
    round_trip_ms: float | None = None
    problem: str = ""


@dataclass(frozen=True)
class DatasetAge:
    """How old the cached copy of one dataset is (``synced_at`` None: never synced)."""

    name: str
    synced_at: dt.datetime | None
    age_s: float | None
    rows: int = 0


@dataclass(frozen=True)
class DeviceStatus:
    """One device kind's live state: installed (configured), available, why not, what it is.

    ``reason`` is the unavailable device's message key (``receipt.paper_out``, …), ``warning``
    a key for an available device that needs attention soon (paper near its end).
    """

    kind: str
    installed: bool
    available: bool
    reason: str = ""
    warning: str = ""
    address: str = ""  # the configured device URL, without credentials
    details: tuple[Detail, ...] = ()

    @property
    def level(self) -> Level:
        """Healthy, degraded (installed but unavailable or warning) — a device is never 'down'."""
        if not self.installed:
            return Level.HEALTHY
        if not self.available or self.warning:
            return Level.DEGRADED
        return Level.HEALTHY


@dataclass(frozen=True)
class Status:
    """Everything the status page and ``machikado diag status`` show, taken at ``taken_at``."""

    taken_at: dt.datetime
    terminal_id: str
    versions: Versions
    uptime_s: float  # of the machine
    process_uptime_s: float
    last_restart: str  # message key: restart.first_start, restart.crash, restart.watchdog, …
    resources: Resources
    network: Network
    datasets: tuple[DatasetAge, ...]
    outbox_pending: int
    outbox_dead: int
    devices: tuple[DeviceStatus, ...]
    out_of_service: bool = False

    @property
    def level(self) -> Level:
        """Down without a gateway and without any cached data; degraded for any problem."""
        levels = [device.level for device in self.devices]
        if self.network.problem == EMBEDDED_UNCHECKED:
            pass  # the kiosk's own gateway, which only the kiosk can reach: nothing is known
        elif not self.network.reachable:
            synced = any(d.synced_at is not None for d in self.datasets)
            levels.append(Level.DEGRADED if synced else Level.DOWN)
        elif self.network.problem:
            levels.append(Level.DEGRADED)
        if self.outbox_dead or self.out_of_service:
            levels.append(Level.DEGRADED)
        if any(d.free_ratio < 0.05 for d in self.resources.disks):
            levels.append(Level.DEGRADED)
        return Level.worst(levels)


class Outcome(enum.Enum):
    """How a self-test ended."""

    PASSED = "passed"
    FAILED = "failed"
    NOT_INSTALLED = "not_installed"  # the terminal has no such device; nothing was tried


@dataclass(frozen=True)
class SelfTestResult:
    """The result of one self-test: ``key`` says why in a word the UI translates.

    ``key`` is ``selftest.passed`` when it passed, else the failure's message key (the device
    error's own, such as ``receipt.cover_open``). ``trace`` holds the serial traffic as hex
    lines when the device is serial.
    """

    target: str
    outcome: Outcome
    key: str
    started_at: dt.datetime
    duration_s: float
    details: tuple[Detail, ...] = ()
    trace: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        """True when the test passed."""
        return self.outcome is Outcome.PASSED


# Counters kept by the terminal, in the order the menu lists them.
COUNTER_NAMES = (
    "sessions",
    "certificates",
    "receipts",
    "pages",
    "paper_mm",
    "errors",
)


@dataclass(frozen=True)
class Counters:
    """Event counts since ``since`` (the last reset): see :data:`COUNTER_NAMES`."""

    since: dt.datetime
    values: Mapping[str, int] = field(default_factory=dict)

    def get(self, name: str) -> int:
        """The count of ``name`` (0 when nothing happened)."""
        return int(self.values.get(name, 0))


class AuditAction(enum.Enum):
    """What a technician (or the diag command) did, as the audit log records it."""

    MENU_OPENED = "menu_opened"  # the PIN pad was shown
    ENTRY = "entry"
    ENTRY_REFUSED = "entry_refused"  # a resident's session was active
    PIN_WRONG = "pin_wrong"
    LOCKED = "locked"
    EXIT = "exit"
    IDLE_EXIT = "idle_exit"
    STATUS_VIEWED = "status_viewed"
    SELF_TEST = "self_test"
    COUNTERS_RESET = "counters_reset"
    LOGS_VIEWED = "logs_viewed"
    TRACE_VIEWED = "trace_viewed"
    BUNDLE_EXPORTED = "bundle_exported"
    CACHE_PURGED = "cache_purged"
    OUT_OF_SERVICE = "out_of_service"
    BACK_IN_SERVICE = "back_in_service"
    RESTART = "restart"


@dataclass(frozen=True)
class AuditEntry:
    """One audit record: who (technician id, ``cli:<user>``, or "" before entry), what, when.

    ``target`` is what it acted on (a device kind, a counter set), ``outcome`` a message key or
    ``ok``. Never holds a PIN or anything a resident entered.
    """

    at: dt.datetime
    who: str
    action: AuditAction
    target: str = ""
    outcome: str = "ok"

    def as_json(self) -> dict[str, str]:
        """The entry as the gateway and the bundle store it."""
        return {
            "at": self.at.astimezone(dt.UTC).isoformat(timespec="seconds"),
            "who": self.who,
            "action": self.action.value,
            "target": self.target,
            "outcome": self.outcome,
        }


@dataclass(frozen=True)
class LogEntry:
    """One line of the terminal's own log: when, how serious, from where, what."""

    at: dt.datetime
    level: str  # DEBUG, INFO, WARNING, ERROR, CRITICAL
    source: str  # the logger's name (devices.receipt…, kiosk.shell…)
    message: str
    device: str = ""  # the device kind the line is about, "" when none


@dataclass(frozen=True)
class ActionResult:
    """What a maintenance action did: ``key`` is ``action.done`` or why it failed."""

    ok: bool
    key: str
    details: tuple[Detail, ...] = ()


@dataclass(frozen=True)
class BundleResult:
    """An exported diagnostics bundle: where it went and what is in it."""

    path: str  # the file written (on the USB stick), "" when writing failed
    size_bytes: int
    members: tuple[str, ...]
    uploaded: bool  # queued for the gateway through the outbox
    key: str  # bundle.exported, bundle.no_stick, bundle.write_failed, …
