"""Device states and self-tests, from the kiosk's device monitor or from devices opened here.

In the kiosk the monitor holds the devices, so states come from it and tests use its devices.
``machikado diag`` runs beside the kiosk: it opens each device itself, except a serial port the
kiosk holds (ports are opened exclusively), which it reports as in use rather than failing.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
from collections.abc import Callable, Iterator, Mapping
from typing import Any
from urllib.parse import urlsplit, urlunsplit
from zoneinfo import ZoneInfo

from devices.errors import DeviceError, DeviceUnavailableError
from devices.monitor import DeviceMonitor, Health
from devices.registry import open_device
from kiosk.technician.adapters.selftests import (
    CardReaderTest,
    DocumentPrinterTest,
    LedSignTest,
    NotInstalledTest,
    PaymentTest,
    ReceiptPrinterTest,
)
from kiosk.technician.adapters.trace import TraceFile, is_serial, open_traced
from kiosk.technician.core.model import DEVICE_KINDS, Detail, DeviceStatus, SelfTestResult
from kiosk.technician.core.ports import CounterStore, SelfTest

IN_USE = "device.in_use"


def address(url: str) -> str:
    """``url`` without a user name or password, should one be in it."""
    parts = urlsplit(url)
    if parts.username is None and parts.password is None:
        return url
    host = parts.hostname or ""
    netloc = f"{host}:{parts.port}" if parts.port else host
    return urlunsplit(parts._replace(netloc=netloc))


def status_of(
    kind: str, url: str, health: Health | None, details: tuple[Detail, ...] = ()
) -> DeviceStatus:
    """A DeviceStatus from a configured URL and the device's health (None: not installed)."""
    if not url or health is None:
        return DeviceStatus(
            kind, installed=False, available=False, reason=f"device.{kind}.not_installed"
        )
    return DeviceStatus(
        kind, True, health.available, health.reason, health.warning, address(url), details
    )


def from_monitor(monitor: DeviceMonitor, urls: Mapping[str, str]) -> Callable[[str], DeviceStatus]:
    """Device states as the kiosk's monitor last saw them."""

    def device(kind: str) -> DeviceStatus:
        url = urls.get(kind, "")
        return status_of(kind, url, monitor.state(kind) if url else None)

    return device


def port_in_use(url: str) -> bool:
    """Whether another process holds the serial port ``url`` names (as the running kiosk does)."""
    path = urlsplit(url).path
    try:
        handle = os.open(path, os.O_RDWR | os.O_NOCTTY | os.O_NONBLOCK)
    except OSError:
        return False
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    except OSError:
        return False
    finally:
        os.close(handle)
    return False


@contextlib.contextmanager
def opened(kind: str, url: str, trace: TraceFile | None = None) -> Iterator[Any]:
    """The device ``url`` names, opened here (traced if serial and ``trace`` given), then closed."""
    device = (
        open_traced(kind, url, trace)
        if trace is not None and is_serial(kind, url)
        else open_device(kind, url)
    )
    try:
        yield device
    finally:
        close = getattr(device, "close", None)
        if close is not None:
            with contextlib.suppress(DeviceError, OSError):
                close()


def probe(urls: Mapping[str, str]) -> Callable[[str], DeviceStatus]:
    """Device states found by opening each device now (for ``machikado diag``)."""

    def device(kind: str) -> DeviceStatus:
        url = urls.get(kind, "")
        if not url:
            return status_of(kind, url, None)
        if is_serial(kind, url) and port_in_use(url):
            return status_of(kind, url, Health(True), (Detail("device.detail.held_by", IN_USE),))
        try:
            with opened(kind, url) as found:
                health: Health = found.health()
        except DeviceError as err:
            health = Health(False, err.key)
        return status_of(kind, url, health)

    return device


def _test_for(
    kind: str,
    source: Callable[[], Any],
    *,
    terminal_id: str,
    zone: ZoneInfo,
    counters: CounterStore | None,
    resume: Callable[[], bool] | None,
    trace: TraceFile | None,
) -> SelfTest:
    if kind == "card_reader":
        return CardReaderTest(source)
    if kind == "receipt_printer":
        return ReceiptPrinterTest(
            source, terminal_id=terminal_id, zone=zone, counters=counters, trace=trace
        )
    if kind == "document_printer":
        return DocumentPrinterTest(
            source, terminal_id=terminal_id, zone=zone, resume=resume, counters=counters
        )
    if kind == "led_sign":
        return LedSignTest(source, trace=trace)
    if kind == "payment":
        return PaymentTest(source)
    raise KeyError(kind)


def monitor_tests(
    monitor: DeviceMonitor,
    urls: Mapping[str, str],
    *,
    terminal_id: str,
    zone: ZoneInfo,
    counters: CounterStore | None = None,
    resume: Callable[[], bool] | None = None,
) -> dict[str, SelfTest]:
    """A self-test per device kind on the monitor's devices (the kiosk's own)."""
    tests: dict[str, SelfTest] = {}
    for kind in DEVICE_KINDS:
        if not urls.get(kind):
            tests[kind] = NotInstalledTest(kind)
            continue

        def source(kind: str = kind) -> Any:
            device = monitor.device(kind)
            if device is None:
                raise DeviceUnavailableError(
                    f"the {kind} is not open", key=monitor.state(kind).reason or None
                )
            return device

        tests[kind] = _test_for(
            kind,
            source,
            terminal_id=terminal_id,
            zone=zone,
            counters=counters,
            resume=resume,
            trace=None,
        )
    return tests


class OpenedTest:
    """A self-test on a device opened for it and closed after (``machikado diag``)."""

    def __init__(
        self,
        kind: str,
        url: str,
        *,
        terminal_id: str,
        zone: ZoneInfo,
        counters: CounterStore | None = None,
        resume: Callable[[], bool] | None = None,
    ) -> None:
        self.target = kind
        self._url = url
        self._terminal_id = terminal_id
        self._zone = zone
        self._counters = counters
        self._resume = resume

    def _make(self, source: Callable[[], Any], trace: TraceFile | None) -> SelfTest:
        return _test_for(
            self.target,
            source,
            terminal_id=self._terminal_id,
            zone=self._zone,
            counters=self._counters,
            resume=self._resume,
            trace=trace,
        )

    def run(self) -> SelfTestResult:
        """Open the device (traced if serial), test it, close it."""
        trace = TraceFile() if is_serial(self.target, self._url) else None
        stack = contextlib.ExitStack()
        held: list[Any] = []

        def source() -> Any:
            if is_serial(self.target, self._url) and port_in_use(self._url):
                raise DeviceUnavailableError("the port is held by the running kiosk", key=IN_USE)
            if not held:
                held.append(stack.enter_context(opened(self.target, self._url, trace)))
            return held[0]

        try:
            with stack:
                return self._make(source, trace).run()
        finally:
            if trace is not None:
                trace.remove()


def opened_tests(
    urls: Mapping[str, str],
    *,
    terminal_id: str,
    zone: ZoneInfo,
    counters: CounterStore | None = None,
    resume: Callable[[], bool] | None = None,
) -> dict[str, SelfTest]:
    """A self-test per device kind, each opening its device itself."""
    return {
        kind: (
            OpenedTest(
                kind,
                urls[kind],
                terminal_id=terminal_id,
                zone=zone,
                counters=counters,
                resume=resume,
            )
            if urls.get(kind)
            else NotInstalledTest(kind)
        )
        for kind in DEVICE_KINDS
    }
