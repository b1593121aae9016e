"""The service registry: which services a terminal offers, and whether each can serve now."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Protocol

from content.config import Profile
from kiosk.shell.core.clock import WallClock
from kiosk.shell.core.hours import ServiceHours
from kiosk.shell.core.messages import Message

ALL_PROFILES: frozenset[Profile] = frozenset(Profile)


@dataclass(frozen=True)
class ServiceSpec:
    """A resident service: its tile, where it runs, what it needs and its config table.

    ``devices`` are device kinds ('card_reader', …) and ``datasets`` the city's datasets it
    cannot serve without; ``config_table`` names its table in the terminal's config, whose
    ``hours`` and ``closed_days`` (when it has them) set the service's opening hours.
    """

    id: str
    icon: str
    title: Message
    description: Message
    profiles: frozenset[Profile] = ALL_PROFILES
    devices: tuple[str, ...] = ()
    datasets: tuple[str, ...] = ()
    config_table: str = ""


@dataclass(frozen=True)
class DeviceState(Protocol):
    """Whether a device can be used now; ``reason`` is a message key when it cannot."""

    @property
    def available(self) -> bool:
        """True when the device can serve."""
        ...

    @property
    def reason(self) -> str:
        """Why not, as a message key ('' when available)."""
        ...


class DeviceAvailability(Protocol):
    """Tells whether a kind of device ('receipt_printer', …) can be used right now.

    The device monitor implements it; a kind with no device configured is unavailable with
    the reason ``device.<kind>.not_installed``.
    """

    def state(self, kind: str) -> DeviceState:
        """The device's current state."""
        ...


class SyncedData:
    """Which of the city's datasets the terminal holds (synced at least once)."""

    def __init__(self, names: Iterable[str] = ()) -> None:
        self.names = set(names)

    def has(self, name: str) -> bool:
        """True when ``name`` can be shown from the local copy."""
        return name in self.names


@dataclass(frozen=True)
class ServiceStatus:
    """A service as the home screen shows it."""

    spec: ServiceSpec
    available: bool
    reason: str = ""
    opens_at: dt.datetime | None = None


class ServiceRegistry:
    """The services enabled for one terminal profile, in tile order."""

    def __init__(
        self,
        specs: Iterable[ServiceSpec],
        profile: Profile,
        devices: DeviceAvailability,
        data: SyncedData | None = None,
        *,
        hours: Mapping[str, ServiceHours] | None = None,
        wall_clock: Callable[[], dt.datetime] | None = None,
    ) -> None:
        self._specs = tuple(s for s in specs if profile in s.profiles)
        self._devices = devices
        self.data = data if data is not None else SyncedData()
        self._hours = dict(hours or {})
        self._wall_clock = wall_clock or WallClock()  # Japan time, never the machine's zone

    def statuses(self) -> list[ServiceStatus]:
        """Every enabled service with its availability and, if unavailable, the first reason."""
        result = []
        now = self._wall_clock() if self._hours else None
        for spec in self._specs:
            hours = self._hours.get(spec.id)
            if hours is not None and now is not None and not hours.is_open(now):
                opens = hours.next_opening(now)
                result.append(ServiceStatus(spec, False, "service.closed", opens))
                continue
            reasons = [
                f"data.{name}.not_synced" for name in spec.datasets if not self.data.has(name)
            ]
            reasons += [
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


def configured_hours(specs: Iterable[ServiceSpec], config: object) -> dict[str, ServiceHours]:
    """Opening hours per service id, from each service's config table that sets ``hours``."""
    found = {}
    for spec in specs:
        table = getattr(config, spec.config_table, None) if spec.config_table else None
        hours = getattr(table, "hours", None)
        if isinstance(hours, str):
            found[spec.id] = ServiceHours.parse(hours, tuple(getattr(table, "closed_days", ())))
    return found
