"""City notices for QML: the filtered list, the opened notice, and the attract slides."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    Property,
    QAbstractListModel,
    QByteArray,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)

from content.languages import format_date
from content.notices import Notice, NoticeBoard
from kiosk.core.notice_browser import NoticeBrowser
from kiosk.core.session import Change
from kiosk.ui.qt_session import QtSession

_Index = QModelIndex | QPersistentModelIndex


class NoticeListModel(QAbstractListModel):
    """The notices that match the session's search, newest first, in its language."""

    IdRole = Qt.ItemDataRole.UserRole + 1
    TitleRole = Qt.ItemDataRole.UserRole + 2
    PublishedRole = Qt.ItemDataRole.UserRole + 3
    CategoryRole = Qt.ItemDataRole.UserRole + 4

    def __init__(self, browser: NoticeBrowser, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._browser = browser
        self._language = "ja"
        self._rows: list[Notice] = []

    def refresh(self, language: str) -> None:
        """Recompute the rows for ``language`` and the current search."""
        self.beginResetModel()
        self._language = language
        self._rows = self._browser.visible(language)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Number of visible notices."""
        return 0 if parent.isValid() else len(self._rows)

    def roleNames(self) -> dict[int, QByteArray]:
        """Role names for QML delegates."""
        return {
            self.IdRole: QByteArray(b"noticeId"),
            self.TitleRole: QByteArray(b"title"),
            self.PublishedRole: QByteArray(b"published"),
            self.CategoryRole: QByteArray(b"category"),
        }

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """One notice's field for a delegate."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        notice = self._rows[index.row()]
        if role in (self.TitleRole, Qt.ItemDataRole.DisplayRole):
            return notice.title[self._language]
        return {
            self.IdRole: notice.id,
            self.PublishedRole: format_date(notice.published, self._language),
            self.CategoryRole: notice.category,
        }.get(role)


class SlideListModel(QAbstractListModel):
    """The attract loop's slides in the terminal's default language."""

    HeadlineRole = Qt.ItemDataRole.UserRole + 1
    TextRole = Qt.ItemDataRole.UserRole + 2
    AccentRole = Qt.ItemDataRole.UserRole + 3

    def __init__(self, board: NoticeBoard, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._slides = board.slides
        self._language = language

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Number of slides."""
        return 0 if parent.isValid() else len(self._slides)

    def roleNames(self) -> dict[int, QByteArray]:
        """Role names for QML delegates."""
        return {
            self.HeadlineRole: QByteArray(b"headline"),
            self.TextRole: QByteArray(b"text"),
            self.AccentRole: QByteArray(b"accent"),
        }

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """One slide's field for a delegate."""
        if not index.isValid() or not 0 <= index.row() < len(self._slides):
            return None
        slide = self._slides[index.row()]
        return {
            self.HeadlineRole: slide.headline[self._language],
            self.TextRole: slide.text[self._language],
            self.AccentRole: slide.accent,
        }.get(role)


class QtNotices(QObject):
    """The notice board for QML: list model, search text, the opened notice, the city's name."""

    changed = Signal()

    def __init__(
        self, session: QtSession, browser: NoticeBrowser, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._browser = browser
        self._list = NoticeListModel(browser, self)
        self._slides = SlideListModel(browser.board, session.core.default_language, self)
        session.core.subscribe(self._on_change)
        self._list.refresh(session.language)

    def _on_change(self, change: Change) -> None:
        if change in (Change.NOTICES, Change.LANGUAGE, Change.SCREEN):
            self._list.refresh(self._session.language)
            self.changed.emit()

    @Property(QObject, constant=True)
    def list(self) -> NoticeListModel:
        """The filtered notices."""
        return self._list

    @Property(QObject, constant=True)
    def slides(self) -> SlideListModel:
        """The attract loop's slides."""
        return self._slides

    @Property(str, notify=changed)
    def query(self) -> str:
        """The search text."""
        return self._browser.query

    @Slot(str)
    def search(self, text: str) -> None:
        """Filter the list by ``text``."""
        self._session.core.search_notices(text)

    @Property(str, notify=changed)
    def city(self) -> str:
        """The city's name in the session's language."""
        return self._browser.board.city[self._session.language]

    def _selected(self) -> Notice | None:
        if self._browser.selected is None:
            return None
        return self._browser.board.notice(self._browser.selected)

    def _field(self, name: str) -> str:
        notice = self._selected()
        if notice is None:
            return ""
        value = getattr(notice, name)
        return value[self._session.language] if isinstance(value, dict) else value

    @Property(str, notify=changed)
    def title(self) -> str:
        """The opened notice's title."""
        return self._field("title")

    @Property(str, notify=changed)
    def body(self) -> str:
        """The opened notice's text."""
        return self._field("body")

    @Property(str, notify=changed)
    def published(self) -> str:
        """The opened notice's date, written the way the session's language writes dates."""
        published = self._field("published")
        return format_date(published, self._session.language) if published else ""

    @Property(str, notify=changed)
    def category(self) -> str:
        """The opened notice's category key."""
        return self._field("category")

    @Property(str, notify=changed)
    def url(self) -> str:
        """The opened notice's web page, for the QR code."""
        return self._field("url")
