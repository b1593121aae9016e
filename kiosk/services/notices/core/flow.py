"""The notice service's flow: the list with its search, and one notice opened in full."""

from __future__ import annotations

import enum
from collections.abc import Callable

from content.notices import NoticeBoard
from kiosk.services.notices.core.browser import NoticeBrowser


class Step(enum.Enum):
    """One screen of the service; the value names its QML screen."""

    LIST = "Notices"
    DETAIL = "NoticeDetail"


class NoticesFlow:
    """One resident's browsing of the city's notices."""

    busy = False
    can_leave = True
    allows_back = True

    def __init__(self, board: NoticeBoard) -> None:
        self.browser = NoticeBrowser(board)
        self.step = Step.LIST
        self._listeners: list[Callable[[], None]] = []

    @property
    def board(self) -> NoticeBoard:
        """The notices shown."""
        return self.browser.board

    def subscribe(self, listener: Callable[[], None]) -> None:
        """Call ``listener`` after every change."""
        self._listeners.append(listener)

    def on_leave(self, callback: Callable[[], None]) -> None:
        """The service never leaves by itself; Back and Home leave it."""

    def _changed(self) -> None:
        for listener in list(self._listeners):
            listener()

    def begin(self, language: str) -> None:
        """The resident opened the notices: the list, unfiltered."""
        self.reset()
        self._changed()

    def open(self, notice_id: str) -> bool:
        """Show one notice in full; False if there is no such notice."""
        if self.step is not Step.LIST:
            return False
        try:
            self.board.notice(notice_id)
        except KeyError:
            return False
        self.browser.selected = notice_id
        self.step = Step.DETAIL
        self._changed()
        return True

    def search(self, query: str) -> None:
        """Filter the list by ``query``."""
        if query != self.browser.query:
            self.browser.query = query
            self._changed()

    def back(self) -> bool:
        """From a notice back to the list; False on the list (the shell then goes home)."""
        if self.step is Step.DETAIL:
            self.step = Step.LIST
            self.browser.selected = None
            self._changed()
            return True
        return False

    def replace_board(self, board: NoticeBoard) -> None:
        """New city notices arrived: show them; a notice that was withdrawn closes."""
        self.browser.board = board
        selected = self.browser.selected
        if selected is not None and all(n.id != selected for n in board.notices):
            self.browser.selected = None
            self.step = Step.LIST
        self._changed()

    def reset(self) -> None:
        """Forget the search and the opened notice."""
        self.browser.reset()
        self.step = Step.LIST

    def set_language(self, language: str) -> None:
        """The list follows the session's language (the view-model re-reads it)."""
        self._changed()

    def tick(self, now: float) -> None:
        """Nothing in the notices depends on time."""
