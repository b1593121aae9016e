"""A device the monitor may reopen at any time, looked up afresh at every use."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from devices.errors import DeviceError

T = TypeVar("T")


class LiveDevice(Generic[T]):
    """Whichever device of one kind is open now; ``get`` raises ``unavailable()`` while none is.

    The monitor reopens a device that was unplugged, so adapters hold this, not the device.
    """

    def __init__(
        self, lookup: Callable[[], T | None], unavailable: Callable[[], DeviceError]
    ) -> None:
        self._lookup = lookup
        self._unavailable = unavailable

    def get(self) -> T:
        """The open device; the ``unavailable`` error when there is none."""
        device = self._lookup()
        if device is None:
            raise self._unavailable()
        return device


def device_source(device: T | LiveDevice[T]) -> Callable[[], T]:
    """A function giving ``device``: a fixed one, or whichever a :class:`LiveDevice` has open."""
    if isinstance(device, LiveDevice):
        return device.get
    return lambda: device
