"""The home screen's tiles: the enabled services and whether each can serve now."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal, Slot

from content.languages import format_date
from kiosk.core.services import ServiceRegistry, ServiceStatus
from kiosk.ui.row_model import RowListModel


def opening(moment: dt.datetime | None, language: str) -> tuple[str, str]:
    """When a closed service opens again, as (time, date) written the way ``language`` does."""
    if moment is None:
        return "", ""
    return f"{moment.hour}:{moment.minute:02d}", format_date(moment.date().isoformat(), language)


class ServiceListModel(RowListModel):
    """One row per service enabled for this terminal's profile."""

    devicesChanged = Signal()  # may be emitted from any thread

    def __init__(
        self,
        registry: ServiceRegistry,
        language: Callable[[], str] = lambda: "ja",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(
            {
                "serviceId": lambda s: s.spec.id,
                "icon": lambda s: s.spec.icon,
                "available": lambda s: s.available,
                "reason": lambda s: s.reason,
                "opensTime": lambda s: self._opening(s)[0],
                "opensDate": lambda s: self._opening(s)[1],
            },
            parent,
        )
        self._registry = registry
        self._language = language
        self.set_rows(registry.statuses())
        self.devicesChanged.connect(self.refresh, Qt.ConnectionType.QueuedConnection)

    def _opening(self, status: ServiceStatus) -> tuple[str, str]:
        return opening(status.opens_at, self._language())

    @Slot()
    def refresh(self) -> None:
        """Re-read availability (a device, a dataset or the language changed)."""
        self.set_rows(self._registry.statuses())
