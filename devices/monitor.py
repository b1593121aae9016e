"""Polls every device's health, logs only changes, and publishes a status per device kind.

The kiosk binds to ``DeviceMonitor.state(kind)`` (the shape of its DeviceAvailability): a
service whose printer is out of paper shows as unavailable with the reason's message key.
Devices that cannot be opened (unplugged, service down) are retried on every poll, so a printer
plugged back in becomes available again without a restart.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from devices.errors import DeviceError

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Health:
    """A device's state: ``reason`` is a message key when unavailable, ``warning`` otherwise."""

    available: bool
    reason: str = ""
    warning: str = ""


class HealthCheck(Protocol):
    """A device that can tell its health without raising; it may block for a few seconds."""

    def health(self) -> Health:
        """The device's state now."""
        ...


Opener = Callable[[], HealthCheck]
Listener = Callable[[str, Health], None]


class DeviceMonitor:
    """Keeps one Health per device kind up to date from a polling thread."""

    def __init__(self, openers: Mapping[str, Opener], *, interval: float = 5.0) -> None:
        self._openers = dict(openers)
        self._devices: dict[str, HealthCheck] = {}
        self._health: dict[str, Health] = {}
        self._listeners: list[Listener] = []
        self._interval = interval
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def device(self, kind: str) -> Any:
        """The open device of ``kind``, or None while it cannot be opened."""
        with self._lock:
            return self._devices.get(kind)

    def subscribe(self, listener: Listener) -> None:
        """Call ``listener(kind, health)`` on each change (on the polling thread)."""
        self._listeners.append(listener)

    def state(self, kind: str) -> Health:
        """The last known health of ``kind``: 'checking' until first polled, if it is installed."""
        with self._lock:
            health = self._health.get(kind)
        if health is not None:
            return health
        if kind in self._openers:
            return Health(False, "device.checking")
        return Health(False, f"device.{kind}.not_installed")

    def _check(self, kind: str) -> Health:
        device = self._devices.get(kind)
        if device is None:
            try:
                device = self._openers[kind]()
            except DeviceError as err:
                return Health(False, err.key)
            with self._lock:
                self._devices[kind] = device
        try:
            return device.health()
        except DeviceError as err:
            return Health(False, err.key)

    def poll(self) -> dict[str, Health]:
        """Check every device once; log and announce the ones that changed."""
        for kind in self._openers:
            health = self._check(kind)
            with self._lock:
                before = self._health.get(kind)
                self._health[kind] = health
            if health != before:
                self._announce(kind, before, health)
        with self._lock:
            return dict(self._health)

    def _announce(self, kind: str, before: Health | None, after: Health) -> None:
        if after.available:
            level = logging.INFO
            text = f"available{f' ({after.warning})' if after.warning else ''}"
        else:
            level = logging.WARNING
            text = f"unavailable: {after.reason}"
        log.log(level, "%s %s", kind, text if before is not None else f"first seen {text}")
        for listener in self._listeners:
            try:
                listener(kind, after)
            except Exception:
                log.exception("a device status listener failed")

    def _run(self) -> None:
        while not self._stop.is_set():
            self.poll()
            self._stop.wait(self._interval)

    def start(self) -> None:
        """Start polling in a background thread."""
        if self._thread is None:
            self._stop.clear()
            self._thread = threading.Thread(target=self._run, name="device-monitor", daemon=True)
            self._thread.start()

    def stop(self) -> None:
        """Stop polling and close the devices."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
            self._thread = None
        with self._lock:
            devices, self._devices = list(self._devices.values()), {}
        for device in devices:
            close = getattr(device, "close", None)
            if close is not None:
                close()
