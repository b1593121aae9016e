"""QtConnection: whether the gateway answers, and how current the city's data on screen is."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Property, QObject, Qt, Signal, Slot

from content.notices import NoticeBoard
from kiosk.shell.core.clock import WallClock
from kiosk.shell.messages import connection_problem
from kiosk.shell.ui.qt_session import QtSession
from kiosk.shell.ui.wording import tr
from offline_cache.service import OfflineCache
from offline_cache.sync import SyncReport


class QtConnection(QObject):
    """Bridges the offline cache's worker-thread callbacks to the UI thread."""

    changed = Signal()
    # Emitted on the cache's worker thread; Qt queues them to this object's thread.
    onlineReported = Signal(bool)
    problemReported = Signal(str)
    problemChanged = Signal()
    boardSynced = Signal(object, object)
    # On the UI thread: a new board of city notices was synced.
    boardReplaced = Signal(object)
    # Emitted on the cache's worker after every sync (queued to receivers on the UI thread).
    synced = Signal()

    def __init__(
        self,
        session: QtSession,
        cache: OfflineCache | None,
        parent: QObject | None = None,
        *,
        clock: WallClock | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._clock = clock or WallClock()
        self._cache = cache
        self.board: NoticeBoard | None = None
        self._online: bool | None = None
        self._as_of: dt.datetime | None = None
        self._problem = ""
        self.onlineReported.connect(self._set_online)
        self.problemReported.connect(self._set_problem)
        # Queued: worded again once the new language's translators are installed.
        session.languageChanged.connect(self.problemChanged, Qt.ConnectionType.QueuedConnection)
        self.boardSynced.connect(self._apply_board)
        session.languageChanged.connect(self.changed)
        if cache is not None:
            self._as_of = cache.notices_as_of()
            cache.callbacks.online = self.onlineReported.emit
            cache.callbacks.problem = self.problemReported.emit
            cache.callbacks.synced = self._on_synced

    def _on_synced(self, _report: SyncReport) -> None:
        """On the cache's worker: read the new board there, hand it to the UI thread."""
        assert self._cache is not None
        self.boardSynced.emit(self._cache.notice_board(), self._cache.notices_as_of())
        self.synced.emit()

    @Slot(bool)
    def _set_online(self, online: bool) -> None:
        if online != self._online:
            self._online = online
            self.changed.emit()

    @Slot(str)
    def _set_problem(self, key: str) -> None:
        if key != self._problem:
            self._problem = key
            self.changed.emit()
            self.problemChanged.emit()

    @Slot(object, object)
    def _apply_board(self, board: NoticeBoard | None, as_of: dt.datetime | None) -> None:
        if board is not None and board != self.board:
            self.board = board
            self.boardReplaced.emit(board)
        self._as_of = as_of
        self.changed.emit()

    @Property(bool, notify=changed)
    def offline(self) -> bool:
        """True once the gateway failed to answer, until it answers again."""
        return self._online is False

    @Property(str, notify=changed)
    def problem(self) -> str:
        """The message key of what keeps the kiosk from the gateway (a certificate, its token)."""
        return self._problem

    @Property(str, notify=problemChanged)
    def problemText(self) -> str:
        """That problem worded for the staff in the session's language; '' when there is none."""
        return tr(connection_problem(self._problem))

    @Property(str, notify=changed)
    def asOf(self) -> str:
        """When the city's data on screen was last confirmed, in the terminal's configured zone."""
        if self._as_of is None:
            return ""
        return self._clock.show(self._as_of, self._session.language)
