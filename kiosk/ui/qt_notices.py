"""City notices for QML: the filtered list, the opened notice, and the attract slides."""

from __future__ import annotations

from PySide6.QtCore import Property, QObject, Signal, Slot

from content.languages import format_date
from content.notices import Notice
from kiosk.core.notice_browser import NoticeBrowser
from kiosk.core.session import Change
from kiosk.ui.qt_session import QtSession
from kiosk.ui.row_model import RowListModel


class NoticeListModel(RowListModel):
    """The notices that match the session's search, newest first, in its language."""

    def __init__(self, browser: NoticeBrowser, parent: QObject | None = None) -> None:
        super().__init__(
            {
                "title": lambda n: n.title[self._language],
                "noticeId": lambda n: n.id,
                "published": lambda n: format_date(n.published, self._language),
                "category": lambda n: n.category,
            },
            parent,
        )
        self._browser = browser
        self._language = "ja"

    def refresh(self, language: str) -> None:
        """Recompute the rows for ``language`` and the current search."""
        self._language = language
        self.set_rows(self._browser.visible(language))


class SlideListModel(RowListModel):
    """The attract loop's slides in the terminal's default language."""

    def __init__(self, language: str, parent: QObject | None = None) -> None:
        super().__init__(
            {
                "headline": lambda s: s.headline[language],
                "text": lambda s: s.text[language],
                "accent": lambda s: s.accent,
            },
            parent,
        )


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
        self._slides = SlideListModel(session.core.default_language, self)
        self._slides.set_rows(browser.board.slides)
        session.core.subscribe(self._on_change)
        self._list.refresh(session.language)

    def _on_change(self, change: Change) -> None:
        if change in (Change.NOTICES, Change.LANGUAGE, Change.SCREEN):
            self._list.refresh(self._session.language)
            if self._browser.board.slides != tuple(self._slides.rows):
                self._slides.set_rows(self._browser.board.slides)  # a new board arrived
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
