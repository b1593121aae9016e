"""The home screen's tiles: the enabled services and whether each can serve now."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal, Slot

from kiosk.core.services import ServiceRegistry
from kiosk.ui.row_model import RowListModel


class ServiceListModel(RowListModel):
    """One row per service enabled for this terminal's profile."""

    devicesChanged = Signal()  # may be emitted from any thread

    def __init__(self, registry: ServiceRegistry, parent: QObject | None = None) -> None:
        super().__init__(
            {
                "serviceId": lambda s: s.spec.id,
                "icon": lambda s: s.spec.icon,
                "available": lambda s: s.available,
                "reason": lambda s: s.reason,
            },
            parent,
        )
        self._registry = registry
        self.set_rows(registry.statuses())
        self.devicesChanged.connect(self.refresh, Qt.ConnectionType.QueuedConnection)

    @Slot()
    def refresh(self) -> None:
        """Re-read availability (a device or a dataset changed)."""
        self.set_rows(self._registry.statuses())
