"""The terminal's status page, put together from the system, the store and the devices."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from pathlib import Path

from content.config import MachikadoConfig
from kiosk.technician.adapters import records, system
from kiosk.technician.core.model import DEVICE_KINDS, DatasetAge, DeviceStatus, Status
from offline_cache.store import Store
from offline_cache.tls import GatewayTls


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def dataset_ages(store: Store, now: dt.datetime) -> tuple[DatasetAge, ...]:
    """How old each cached dataset is."""
    return tuple(
        DatasetAge(m.name, m.as_of, max(0.0, (now - m.as_of).total_seconds()), m.rows)
        for m in sorted(store.all_meta(), key=lambda m: m.name)
    )


def dead_letters(store: Store) -> int:
    """Writes the gateway refused for good (0 before the outbox has made its table)."""
    try:
        count: int = store.db.execute("SELECT count(*) FROM outbox_dead_letter").fetchone()[0]
    except sqlite3.OperationalError:
        return 0
    return count


class TerminalStatus:
    """The :class:`~kiosk.technician.core.ports.StatusSource` of a terminal.

    ``devices`` gives one device kind's state (from the monitor, or probed); ``gateway_url``
    the gateway's URL now (None for an embedded gateway this process cannot reach).
    """

    def __init__(
        self,
        config: MachikadoConfig,
        config_source: str,
        store: Store,
        *,
        devices: Callable[[str], DeviceStatus],
        gateway_url: Callable[[], str | None],
        tls: GatewayTls | None = None,
        token: Callable[[], str | None] | None = None,
        clock: Callable[[], dt.datetime] = _utc_now,
    ) -> None:
        self._config = config
        self._source = config_source
        self._store = store
        self._devices = devices
        self._gateway_url = gateway_url
        self._tls = tls
        self._token = token
        self._clock = clock

    def device(self, kind: str) -> DeviceStatus:
        """One device kind's state."""
        return self._devices(kind)

    def status(self) -> Status:
        """Everything, read now."""
        now = self._clock()
        data_dir = self._config.cache.path()
        disks = [Path("/"), data_dir] if data_dir.exists() else [Path("/")]
        return Status(
            taken_at=now,
            terminal_id=self._config.terminal.id,
            versions=system.versions(self._source),
            uptime_s=system.machine_uptime_s(),
            process_uptime_s=system.process_uptime_s(),
            last_restart=records.last_restart(self._store),
            resources=system.resources(disks),
            network=system.check_network(self._gateway_url(), self._tls, token=self._token),
            datasets=dataset_ages(self._store, now),
            outbox_pending=self._store.outbox_count("pending"),
            outbox_dead=dead_letters(self._store),
            devices=tuple(self._devices(kind) for kind in DEVICE_KINDS),
            out_of_service=records.out_of_service(self._store),
        )
