"""The home screen's tiles: the enabled services and whether each can serve now."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal, Slot

from content.languages import format_date
from kiosk.shell import messages
from kiosk.shell.core.services import ServiceRegistry, ServiceStatus
from kiosk.shell.ui.row_model import RowListModel
from kiosk.shell.ui.wording import tr


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
                "title": lambda s: tr(s.spec.title),
                "description": self._description,
            },
            parent,
        )
        self._registry = registry
        self._language = language
        self.set_rows(registry.statuses())
        self.devicesChanged.connect(self.refresh, Qt.ConnectionType.QueuedConnection)

    def _opening(self, status: ServiceStatus) -> tuple[str, str]:
        return opening(status.opens_at, self._language())

    def _description(self, status: ServiceStatus) -> str:
        """What the tile says: the service, or why it cannot serve and when it opens."""
        if status.available:
            return tr(status.spec.description)
        reason = tr(messages.reason(status.reason))
        time, date = self._opening(status)
        if not time:
            return reason
        return reason + " " + tr(messages.OPENS_AT).replace("%1", time).replace("%2", date)

    @Slot()
    def refresh(self) -> None:
        """Re-read availability (a device, a dataset or the language changed)."""
        self.set_rows(self._registry.statuses())
