"""City notices for QML: the filtered list, the search text and the opened notice."""

from __future__ import annotations

from PySide6.QtCore import Property, QObject, Signal, Slot

from content.languages import format_date
from content.notices import Notice
from content.phrasing import typeset
from kiosk.services.notices import messages
from kiosk.services.notices.core.browser import NoticeBrowser
from kiosk.services.notices.core.flow import NoticesFlow
from kiosk.shell.core.session import Change
from kiosk.shell.ui.qt_session import QtSession
from kiosk.shell.ui.row_model import RowListModel
from kiosk.shell.ui.wording import tr


class NoticeListModel(RowListModel):
    """The notices that match the session's search, newest first, in its language."""

    def __init__(self, browser: NoticeBrowser, parent: QObject | None = None) -> None:
        super().__init__(
            {
                "title": lambda n: typeset(n.title[self._language], self._language),
                "noticeId": lambda n: n.id,
                "published": lambda n: format_date(n.published, self._language),
                "category": lambda n: n.category,
                "categoryText": lambda n: tr(messages.category(n.category)),
            },
            parent,
        )
        self._browser = browser
        self._language = "ja"

    def refresh(self, language: str) -> None:
        """Recompute the rows for ``language`` and the current search."""
        self._language = language
        self.set_rows(self._browser.visible(language))


class QtNotices(QObject):
    """The notice service for QML: its screen, list model, search text and opened notice."""

    changed = Signal()

    def __init__(
        self, session: QtSession, flow: NoticesFlow, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._flow = flow
        self._browser = flow.browser
        self._list = NoticeListModel(flow.browser, self)
        flow.subscribe(self._refresh)
        session.core.subscribe(self._on_change)
        self._list.refresh(session.language)

    def _on_change(self, change: Change) -> None:
        if change in (Change.LANGUAGE, Change.SCREEN):
            self._refresh()

    def _refresh(self) -> None:
        self._list.refresh(self._session.language)
        self.changed.emit()

    @Property(str, notify=changed)
    def step(self) -> str:
        """The screen shown: 'Notices' (the list) or 'NoticeDetail'."""
        return self._flow.step.value

    @Property(QObject, constant=True)
    def list(self) -> NoticeListModel:
        """The filtered notices."""
        return self._list

    @Property(str, notify=changed)
    def query(self) -> str:
        """The search text."""
        return self._browser.query

    @Slot(str)
    def search(self, text: str) -> None:
        """Filter the list by ``text``."""
        self._flow.search(text)

    @Slot(str)
    def open(self, notice_id: str) -> None:
        """Open one notice."""
        self._flow.open(notice_id)

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
        return typeset(self._field("title"), self._session.language)

    @Property(str, notify=changed)
    def body(self) -> str:
        """The opened notice's text."""
        return typeset(self._field("body"), self._session.language)

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
    def categoryText(self) -> str:
        """The opened notice's category, in the session's language."""
        return tr(messages.category(self._field("category")))

    @Property(str, notify=changed)
    def url(self) -> str:
        """The opened notice's web page, for the QR code."""
        return self._field("url")

    @Property(str, notify=changed)
    def urlText(self) -> str:
        """The opened notice's web page as shown under its QR code: breaks only after a '/'."""
        return typeset(self._field("url"), self._session.language)
