"""The disaster tile's parts, built for the kiosk: its flow on the kiosk's alert board and the
cache's shelter sites, its view-model."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject

from content.shelters.model import Site
from kiosk.services.disaster.core.flow import DisasterFlow
from kiosk.services.disaster.spec import SERVICE
from kiosk.services.disaster.ui.qt_disaster import QtDisaster
from kiosk.shell.core.alert_board import AlertBoard
from kiosk.shell.host import Host, ServiceUi
from kiosk.shell.ui.qt_connection import QtConnection
from kiosk.shell.ui.qt_session import QtSession
from offline_cache.service import OfflineCache

QML_DIR = Path(__file__).parent / "qml"


def cache_sites(cache: OfflineCache) -> tuple[Site, ...] | None:
    """The city's shelter sites as the cache holds them; None before the first sync."""
    sites = cache.shelter_sites()
    return sites if sites else None


def build_disaster_flow(host: Host) -> DisasterFlow | None:
    """The flow on the kiosk's alert board; None without one (no gateway to hear alerts from)."""
    cache, board = host.cache, host.alerts
    if cache is None or board is None:
        return None
    terminal = host.config.terminal
    return DisasterFlow(
        board,
        lambda: cache_sites(cache),
        host.runner,
        lat=terminal.lat,
        lon=terminal.lon,
        zone=terminal.zone,
    )


class DisasterService:
    """Disaster information, offered wherever the kiosk hears the city's alerts."""

    spec = SERVICE
    ui = ServiceUi(
        import_dir=QML_DIR,
        screen=QML_DIR / "Disaster" / "screens" / "DisasterScreen.qml",
        messages=Path(__file__).parent / "messages",
    )

    def __init__(self) -> None:
        self.flow: DisasterFlow | None = None
        self._board: AlertBoard | None = None

    def build_flow(self, host: Host) -> DisasterFlow | None:
        """The flow on the kiosk's alert board and the cache's sites."""
        self._board = host.alerts
        self.flow = build_disaster_flow(host)
        return self.flow

    def build_ui(self, session: QtSession, connection: QtConnection, parent: QObject) -> QtDisaster:
        """The view-model; the board's news reaches it on the UI thread."""
        flow = self.flow
        assert flow is not None
        return QtDisaster(session, connection, flow, self._board, parent)

    def start(self, parent: QObject) -> None:
        """Nothing to start: the kiosk's listener feeds the board."""

    def stop(self) -> None:
        """Nothing to stop."""

    def close(self) -> None:
        """Nothing to release."""
