"""The notice service's parts, built for the kiosk: its flow on the synced board, its view-model."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject

from content.notices import NoticeBoard
from kiosk.services.notices.core.flow import NoticesFlow
from kiosk.services.notices.spec import SERVICE
from kiosk.services.notices.ui.qt_notices import QtNotices
from kiosk.shell.host import Host, ServiceUi
from kiosk.shell.ui.qt_connection import QtConnection
from kiosk.shell.ui.qt_session import QtSession

QML_DIR = Path(__file__).parent / "qml"


class NoticeService:
    """City notices: offered wherever the city's notices have been synced."""

    spec = SERVICE
    ui = ServiceUi(
        import_dir=QML_DIR,
        screen=QML_DIR / "Notices" / "screens" / "NoticeServiceScreen.qml",
        messages=Path(__file__).parent / "messages",
    )

    def __init__(self) -> None:
        self.flow: NoticesFlow | None = None

    def build_flow(self, host: Host) -> NoticesFlow:
        """A flow on the board the kiosk starts with."""
        self.flow = NoticesFlow(host.board)
        return self.flow

    def build_ui(self, session: QtSession, connection: QtConnection, parent: QObject) -> QtNotices:
        """The view-model; a newly synced board replaces the one shown."""
        flow = self.flow
        assert flow is not None

        def on_board(board: NoticeBoard) -> None:
            if board != flow.board:
                flow.replace_board(board)
            session.core.dataset_synced("notices")

        connection.boardReplaced.connect(on_board)
        return QtNotices(session, flow, parent)

    def start(self, parent: QObject) -> None:
        """Nothing to start: the cache's sync brings new boards."""

    def stop(self) -> None:
        """Nothing to stop."""

    def close(self) -> None:
        """Nothing to release."""
