"""The city as every screen shows it: its name in the header and the attract loop's slides."""

from __future__ import annotations

from PySide6.QtCore import Property, QObject, Signal, Slot

from content.config import CityConfig
from content.notices import NoticeBoard
from content.phrasing import typeset
from kiosk.shell.ui.qt_session import QtSession
from kiosk.shell.ui.row_model import RowListModel


class SlideListModel(RowListModel):
    """The attract loop's slides in the terminal's default language."""

    def __init__(self, language: str, parent: QObject | None = None) -> None:
        super().__init__(
            {
                "headline": lambda s: typeset(s.headline[language], language),
                "text": lambda s: typeset(s.text[language], language),
                "accent": lambda s: s.accent,
            },
            parent,
        )


class QtCity(QObject):
    """The city's name in the session's language and the slides of its latest board."""

    changed = Signal()

    def __init__(
        self,
        session: QtSession,
        board: NoticeBoard,
        parent: QObject | None = None,
        *,
        contact: CityConfig | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._contact = contact or CityConfig()
        self._board = board
        self._slides = SlideListModel(session.core.default_language, self)
        self._slides.set_rows(board.slides)
        session.languageChanged.connect(self.changed)

    @Slot(object)
    def replace_board(self, board: NoticeBoard) -> None:
        """A new board was synced: its city name and slides show from now on."""
        self._board = board
        if board.slides != tuple(self._slides.rows):
            self._slides.set_rows(board.slides)
        self.changed.emit()

    @Property(str, notify=changed)
    def name(self) -> str:
        """The city's name in the session's language."""
        language = self._session.language
        return typeset(self._board.city.get(language, ""), language)

    @Property(str, notify=changed)
    def about(self) -> str:
        """A line about the city in the session's language (a sample city says it is fictional)."""
        language = self._session.language
        return typeset(self._board.about.get(language, ""), language)

    @Property(str, constant=True)
    def contactText(self) -> str:
        """Who to ask and where, as the city words it ('' when not configured)."""
        return self._contact.contact_text

    @Property(str, constant=True)
    def contactPhone(self) -> str:
        """The city's phone number for residents ('' when not configured)."""
        return self._contact.contact_phone

    @Property(QObject, constant=True)
    def slides(self) -> SlideListModel:
        """The attract loop's slides."""
        return self._slides
