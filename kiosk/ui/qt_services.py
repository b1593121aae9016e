"""The home screen's tiles: the enabled services and whether each can serve now."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QByteArray, QModelIndex, QObject, Qt, Signal, Slot

from kiosk.core.services import ServiceRegistry, ServiceStatus
from kiosk.ui.qt_notices import _Index


class ServiceListModel(QAbstractListModel):
    """One row per service enabled for this terminal's profile."""

    IdRole = Qt.ItemDataRole.UserRole + 1
    IconRole = Qt.ItemDataRole.UserRole + 2
    AvailableRole = Qt.ItemDataRole.UserRole + 3
    ReasonRole = Qt.ItemDataRole.UserRole + 4
    devicesChanged = Signal()  # may be emitted from any thread

    def __init__(self, registry: ServiceRegistry, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._registry = registry
        self._rows: list[ServiceStatus] = registry.statuses()
        self.devicesChanged.connect(self.refresh, Qt.ConnectionType.QueuedConnection)

    @Slot()
    def refresh(self) -> None:
        """Re-read availability (after a device changed state)."""
        self.beginResetModel()
        self._rows = self._registry.statuses()
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Number of tiles."""
        return 0 if parent.isValid() else len(self._rows)

    def roleNames(self) -> dict[int, QByteArray]:
        """Role names for QML delegates."""
        return {
            self.IdRole: QByteArray(b"serviceId"),
            self.IconRole: QByteArray(b"icon"),
            self.AvailableRole: QByteArray(b"available"),
            self.ReasonRole: QByteArray(b"reason"),
        }

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """One tile's field for a delegate."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        return {
            self.IdRole: row.spec.id,
            Qt.ItemDataRole.DisplayRole: row.spec.id,
            self.IconRole: row.spec.icon,
            self.AvailableRole: row.available,
            self.ReasonRole: row.reason,
        }.get(role)
