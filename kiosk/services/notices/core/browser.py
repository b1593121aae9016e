"""Browsing city notices in a session: the search text, the filtered list, the one opened."""

from __future__ import annotations

import unicodedata

from content.notices import Notice, NoticeBoard
from content.phrasing import searchable


def _fold(text: str) -> str:
    """Fold width and case so 'ＧＯＭＩ', 'gomi' and 'Gomi' match alike; a word or its reading."""
    return unicodedata.normalize("NFKC", searchable(text)).casefold()


class NoticeBrowser:
    """Filters the board's notices by a search text in the session's language."""

    def __init__(self, board: NoticeBoard) -> None:
        self.board = board
        self.query = ""
        self.selected: str | None = None

    def visible(self, language: str) -> list[Notice]:
        """Notices whose title or body in ``language`` contains every word of the query."""
        words = _fold(self.query).split()
        notices = sorted(self.board.notices, key=lambda n: n.published, reverse=True)
        if not words:
            return notices
        return [
            n
            for n in notices
            if all(w in _fold(n.title[language] + " " + n.body[language]) for w in words)
        ]

    def reset(self) -> None:
        """Forget the search and the opened notice (session end)."""
        self.query = ""
        self.selected = None
