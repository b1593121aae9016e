"""The job search's parts, built for the kiosk: the search over the cache's index, slip, flow."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject

from devices.live import LiveDevice
from devices.receipt.errors import PrinterUnavailableError
from devices.receipt.printer import ReceiptPrinter
from kiosk.services.jobs.adapters.slip import JobSlipPrinter
from kiosk.services.jobs.core.flow import JobsFlow
from kiosk.services.jobs.core.offices import office_for_city
from kiosk.services.jobs.core.search import NgramJobSearch
from kiosk.services.jobs.spec import SERVICE
from kiosk.services.jobs.ui.qt_jobs import QtJobs
from kiosk.shell.host import Host, ServiceUi
from kiosk.shell.ui.qt_connection import QtConnection
from kiosk.shell.ui.qt_session import QtSession

QML_DIR = Path(__file__).parent / "qml"


def build_jobs_flow(host: Host) -> JobsFlow | None:
    """The flow on the cache's job index and the receipt printer; None without a cache.

    The slip names the Hello Work office of the terminal's municipality (``[jobs] city_code``).
    """
    cache = host.cache
    if cache is None:
        return None
    receipts: LiveDevice[ReceiptPrinter] = LiveDevice(
        lambda: host.monitor.device("receipt_printer"),
        lambda: PrinterUnavailableError("the receipt printer is not available"),
    )
    search = NgramJobSearch(cache.jobs_index.index, office_for_city(host.config.jobs.city_code))
    return JobsFlow(search, JobSlipPrinter(receipts), host.runner)


class JobService:
    """Hello Work job search, offered once the cache holds the listings' index."""

    spec = SERVICE
    ui = ServiceUi(
        import_dir=QML_DIR,
        screen=QML_DIR / "Jobs" / "screens" / "JobScreen.qml",
        messages=Path(__file__).parent / "messages",
    )

    def __init__(self) -> None:
        self.flow: JobsFlow | None = None
        self._host: Host | None = None

    def build_flow(self, host: Host) -> JobsFlow | None:
        """The flow on the cache's index; None without a cache."""
        self._host = host
        self.flow = build_jobs_flow(host)
        return self.flow

    def build_ui(self, session: QtSession, connection: QtConnection, parent: QObject) -> QtJobs:
        """The view-model; the tile opens once a sync has left the listings' index on disk."""
        flow, host = self.flow, self._host
        assert flow is not None and host is not None and host.cache is not None
        index_file = host.cache.jobs_index.path

        def on_sync() -> None:
            if index_file.exists():  # a stat: the index itself opens on the cache's worker
                session.core.dataset_synced("jobs")

        connection.changed.connect(on_sync)
        on_sync()
        return QtJobs(session, flow, parent)

    def start(self, parent: QObject) -> None:
        """Nothing to start: the cache's sync rebuilds the index."""

    def stop(self) -> None:
        """Nothing to stop."""

    def close(self) -> None:
        """Nothing to release."""
