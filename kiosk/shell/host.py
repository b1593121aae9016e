"""The service host's contract: what the kiosk gives a service's wiring, and what it gets back.

A service is one folder under ``kiosk/services/`` whose ``wiring`` module has one class
implementing :class:`ServiceWiring`; ``kiosk/service_list.py`` names it once. The kiosk asks it
for its flow (or None when this terminal cannot offer it), then for its view-model once the
Qt session exists, starts it with the window and stops and closes it at shutdown.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject

from content.config import MachikadoConfig
from content.notices import NoticeBoard
from devices.monitor import DeviceMonitor
from kiosk.shell.core.alert_board import AlertBoard
from kiosk.shell.core.flow import ServiceFlow
from kiosk.shell.core.services import ServiceSpec
from kiosk.shell.ui.qt_connection import QtConnection
from kiosk.shell.ui.qt_runner import QtRunner
from kiosk.shell.ui.qt_session import QtSession
from offline_cache.service import OfflineCache


@dataclass
class Host:
    """What every service's wiring may use: config, devices, the cache, the job runner, alerts.

    ``alerts`` holds the disaster alerts in force (None without a cache: no gateway to hear
    them from); its subscribers are called on the listener's thread.
    """

    config: MachikadoConfig
    monitor: DeviceMonitor
    cache: OfflineCache | None
    runner: QtRunner
    board: NoticeBoard
    alerts: AlertBoard | None = None


@dataclass(frozen=True)
class ServiceUi:
    """Where a service's QML and catalogue live.

    ``import_dir`` holds its QML module; the shell hands the service's view-model to QML as
    ``App.views[<service id>]`` and loads ``screen`` while the service is open. ``messages``
    holds its ``<id>_<lang>.ts`` catalogues (and their compiled ``.qm``).
    """

    import_dir: Path
    screen: Path
    messages: Path


class ServiceWiring(Protocol):
    """One service's parts, built for the kiosk by its ``wiring`` module."""

    spec: ServiceSpec
    ui: ServiceUi

    def build_flow(self, host: Host) -> ServiceFlow | None:
        """The service's flow on this terminal, or None when it cannot be offered here."""
        ...

    def build_ui(self, session: QtSession, connection: QtConnection, parent: QObject) -> QObject:
        """The view-model its QML sees as ``App.views[<service id>]``."""
        ...

    def start(self, parent: QObject) -> None:
        """The window is up: start listening to devices and settle what a last run left."""
        ...

    def stop(self) -> None:
        """Stop listening and working (before the device monitor stops)."""
        ...

    def close(self) -> None:
        """Release files and folders (after the monitor stopped)."""
        ...
