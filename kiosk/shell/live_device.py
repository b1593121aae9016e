"""The device monitor's open device of one kind, looked up afresh at every call."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from devices.errors import DeviceError
from devices.monitor import DeviceMonitor


class LiveDevice:
    """The device monitor's open device of one kind, looked up afresh at every call.

    The monitor reopens a device that was unplugged; the adapters must use whichever is open
    now. While none is, every call raises ``unavailable`` (a device error the adapter words).
    """

    def __init__(
        self, monitor: DeviceMonitor, kind: str, unavailable: Callable[[], DeviceError]
    ) -> None:
        self._monitor = monitor
        self._kind = kind
        self._unavailable = unavailable

    def __getattr__(self, name: str) -> Any:
        device = self._monitor.device(self._kind)
        if device is None:
            raise self._unavailable()
        return getattr(device, name)
