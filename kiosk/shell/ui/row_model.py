"""RowListModel: a read-only list of Python rows for QML, each role a name and how to read it."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

Index = QModelIndex | QPersistentModelIndex
FIRST_ROLE = Qt.ItemDataRole.UserRole + 1


class RowListModel(QAbstractListModel):
    """Rows shown by a QML view; ``roles`` maps each delegate property to a getter of a row.

    The first role also answers Qt's display role.
    """

    def __init__(
        self, roles: Mapping[str, Callable[[Any], Any]], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._names = [name.encode() for name in roles]
        self._getters = list(roles.values())
        self._rows: list[Any] = []

    @property
    def rows(self) -> list[Any]:
        """The rows shown now."""
        return self._rows

    def set_rows(self, rows: Iterable[Any]) -> None:
        """Replace every row (views rebuild their delegates)."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Number of rows."""
        return 0 if parent.isValid() else len(self._rows)

    def roleNames(self) -> dict[int, QByteArray]:
        """Role numbers to the names delegates use."""
        return {FIRST_ROLE + i: QByteArray(name) for i, name in enumerate(self._names)}

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """One row's value for ``role``."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            role = FIRST_ROLE
        number = role - FIRST_ROLE
        if not 0 <= number < len(self._getters):
            return None
        return self._getters[number](self._rows[index.row()])
