"""The service registry: which services a terminal offers, and whether each can serve now."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Protocol

from content.config import Profile
from kiosk.core.screens import Screen

ALL_PROFILES: frozenset[Profile] = frozenset(Profile)


@dataclass(frozen=True)
class ServiceSpec:
    """A resident service: its tile, the screen it opens, where it runs and what it needs."""

    id: str
    icon: str
    entry: Screen
    profiles: frozenset[Profile] = ALL_PROFILES
    devices: tuple[str, ...] = ()


@dataclass(frozen=True)
class DeviceState:
    """Whether a device can be used now; ``reason`` is a message key when it cannot."""

    available: bool
    reason: str = ""


class DeviceAvailability(Protocol):
    """Tells whether a kind of device ('receipt_printer', …) can be used right now."""

    def state(self, kind: str) -> DeviceState:
        """The device's current state."""
        ...


class ConfiguredDevices:
    """Availability from the configuration alone: a device with no URL is not installed."""

    def __init__(self, urls: Mapping[str, str]) -> None:
        self._urls = dict(urls)

    def state(self, kind: str) -> DeviceState:
        """Available when a URL is configured for ``kind``."""
        if self._urls.get(kind):
            return DeviceState(True)
        return DeviceState(False, f"device.{kind}.not_installed")


@dataclass(frozen=True)
class ServiceStatus:
    """A service as the home screen shows it."""

    spec: ServiceSpec
    available: bool
    reason: str = ""


class ServiceRegistry:
    """The services enabled for one terminal profile, in tile order."""

    def __init__(
        self, specs: Iterable[ServiceSpec], profile: Profile, devices: DeviceAvailability
    ) -> None:
        self._specs = tuple(s for s in specs if profile in s.profiles)
        self._devices = devices

    def statuses(self) -> list[ServiceStatus]:
        """Every enabled service with its availability and, if unavailable, the first reason."""
        result = []
        for spec in self._specs:
            reasons = [
                state.reason
                for state in (self._devices.state(kind) for kind in spec.devices)
                if not state.available
            ]
            result.append(ServiceStatus(spec, not reasons, reasons[0] if reasons else ""))
        return result

    def status(self, service_id: str) -> ServiceStatus:
        """The status of one enabled service; ``KeyError`` if it is not enabled here."""
        for status in self.statuses():
            if status.spec.id == service_id:
                return status
        raise KeyError(service_id)


NOTICES = ServiceSpec(id="notices", icon="notices", entry=Screen.NOTICES)

BUILT_IN_SERVICES: tuple[ServiceSpec, ...] = (NOTICES,)
