"""Builds the technician's diagnostics for the kiosk (on its monitor and cache) or for the CLI.

:func:`for_kiosk` is called by the kiosk's composition root with the parts it already has;
:func:`for_cli` opens the terminal's store itself and tests devices it opens itself.
"""

from __future__ import annotations

import atexit
import contextlib
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from content.config import ConfigError, MachikadoConfig
from devices.monitor import DeviceMonitor
from kiosk.technician.adapters import records
from kiosk.technician.adapters.bundle import DiagnosticsBundle
from kiosk.technician.adapters.counting import JournalCounters
from kiosk.technician.adapters.cups_queue import resumer
from kiosk.technician.adapters.devices import from_monitor, monitor_tests, opened_tests, probe
from kiosk.technician.adapters.logfile import LogFile
from kiosk.technician.adapters.maintenance import TerminalMaintenance
from kiosk.technician.adapters.selftests import GatewayTest
from kiosk.technician.adapters.status import TerminalStatus
from kiosk.technician.core.access import AccessPolicy, TechnicianAccess
from kiosk.technician.core.diagnostics import Diagnostics
from kiosk.technician.core.ports import SelfTest
from offline_cache.outbox import Outbox
from offline_cache.store import Store
from offline_cache.tls import GatewayTls


@dataclass
class Technician:
    """What the menu and the CLI use: the audited actions, the PIN policy and the store."""

    diagnostics: Diagnostics
    access: TechnicianAccess
    counters: JournalCounters
    store: Store


def policy_of(config: MachikadoConfig) -> AccessPolicy:
    """The PIN policy the ``[technician]`` table sets."""
    table = config.technician
    return AccessPolicy(table.max_failures, table.backoff_s, table.lockout_s, table.idle_timeout_s)


def journal_path(config: MachikadoConfig) -> Path:
    """Where the certificates' issuance journal lives (beside the cache)."""
    return config.cache.path() / "journal.db"


def _assemble(
    config: MachikadoConfig,
    store: Store,
    *,
    status: TerminalStatus,
    tests: dict[str, SelfTest],
    counters: JournalCounters,
    enqueue: Callable[..., str] | None,
    maintenance: TerminalMaintenance,
    resident_active: Callable[[], bool],
) -> Technician:
    audit = records.StoreAuditLog(store)
    logs = LogFile(config.cache.path())
    bundle = DiagnosticsBundle(
        config=config, status=status, counters=counters, audit=audit, logs=logs, enqueue=enqueue
    )
    diagnostics = Diagnostics(
        status=status,
        tests=tests,
        counters=counters,
        audit=audit,
        logs=logs,
        bundle=bundle,
        maintenance=maintenance,
        results=records.StoreResults(store),
    )
    access = TechnicianAccess(
        config.technician.pins,
        state=records.StoreAccessState(store),
        audit=audit,
        resident_active=resident_active,
        policy=policy_of(config),
    )
    return Technician(diagnostics, access, counters, store)


def for_kiosk(
    config: MachikadoConfig,
    config_source: str,
    *,
    store: Store,
    monitor: DeviceMonitor,
    gateway_url: Callable[[], str | None],
    enqueue: Callable[..., str],
    resident_active: Callable[[], bool],
    resync: Callable[[], None],
    apply_out_of_service: Callable[[bool], None],
    quit: Callable[[int], None],
    counters: JournalCounters | None = None,
) -> Technician:
    """The technician's parts on the kiosk's own monitor, cache store and outbox.

    Notes the start (why the last run ended is on the status page) and, at a normal exit of the
    process, that it stopped on purpose.
    """
    records.note_start(store)
    atexit.register(_note_exit, store)
    urls = config.devices.urls()
    tls = GatewayTls.from_config(config.gateway)
    counters = counters or kiosk_counters(config, store)
    status = TerminalStatus(
        config,
        config_source,
        store,
        devices=from_monitor(monitor, urls),
        gateway_url=gateway_url,
        tls=tls,
        token=token_reader(config),
    )
    tests: dict[str, SelfTest] = dict(
        monitor_tests(
            monitor,
            urls,
            terminal_id=config.terminal.id,
            zone=config.terminal.zone,
            counters=counters,
            resume=resumer(urls["document_printer"]),
        )
    )
    tests["gateway"] = GatewayTest(gateway_url, tls=tls, token=token_reader(config))
    maintenance = TerminalMaintenance(store, resync=resync, apply=apply_out_of_service, quit=quit)
    return _assemble(
        config,
        store,
        status=status,
        tests=tests,
        counters=counters,
        enqueue=enqueue,
        maintenance=maintenance,
        resident_active=resident_active,
    )


def _note_exit(store: Store) -> None:
    with contextlib.suppress(sqlite3.Error):  # the store's folder went away with a test's
        records.note_stop(store)


def kiosk_counters(config: MachikadoConfig, store: Store) -> JournalCounters:
    """The counters in ``store``, certificates read from the issuance journal."""
    return JournalCounters(records.StoreCounters(store), journal_path(config))


def token_reader(config: MachikadoConfig) -> Callable[[], str | None]:
    """The terminal's token as its file holds it now, None when there is none to read."""
    gateway = config.gateway

    def read() -> str | None:
        if not gateway.token_file:
            return None
        try:
            return gateway.read_token()
        except ConfigError:
            return None

    return read


def cli_gateway_url(config: MachikadoConfig) -> str | None:
    """The gateway URL ``machikado diag`` can check: None for an embedded one (the kiosk's)."""
    return None if config.gateway.url == "embedded" else config.gateway.url


def for_cli(
    config: MachikadoConfig,
    config_source: str,
    *,
    who_is_resident: Callable[[], bool] | None = None,
) -> Technician:
    """The technician's parts for ``machikado diag``: the terminal's store, devices opened here."""
    store, _moved = Store.open(config.cache.path() / "cache.db")
    outbox = Outbox(store)
    urls = config.devices.urls()
    tls = GatewayTls.from_config(config.gateway)
    counters = kiosk_counters(config, store)
    url = cli_gateway_url(config)
    status = TerminalStatus(
        config,
        config_source,
        store,
        devices=probe(urls),
        gateway_url=lambda: url,
        tls=tls,
        token=token_reader(config),
    )
    tests: dict[str, SelfTest] = dict(
        opened_tests(
            urls,
            terminal_id=config.terminal.id,
            zone=config.terminal.zone,
            counters=counters,
            resume=resumer(urls["document_printer"]),
        )
    )
    tests["gateway"] = GatewayTest(lambda: url, tls=tls, token=token_reader(config))
    return _assemble(
        config,
        store,
        status=status,
        tests=tests,
        counters=counters,
        enqueue=outbox.enqueue,
        maintenance=TerminalMaintenance(store),
        resident_active=who_is_resident or (lambda: False),
    )
