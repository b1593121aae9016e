"""A kiosk whose disaster tile reads a board and shelter sites the test gives."""

from __future__ import annotations

import dataclasses

from kiosk.app import Kiosk
from kiosk.services.disaster.core.flow import DisasterFlow
from kiosk.services.disaster.ui.qt_disaster import QtDisaster
from kiosk.services.disaster.wiring import DisasterService
from kiosk.services.notices.wiring import NoticeService
from kiosk.shell.core.alert_board import AlertBoard
from kiosk.shell.host import Host
from tests.kiosk.blocks.fakes import SyncRunner
from tests.kiosk.services.disaster.fakes import HERE, JST, SITES, Clock


class RigDisasterService(DisasterService):
    """The tile on a board and sites the test built."""

    spec = dataclasses.replace(DisasterService.spec)
    given: DisasterFlow | None = None
    board: AlertBoard | None = None

    def build_flow(self, host: Host) -> DisasterFlow | None:
        self.flow = self.given
        return self.flow

    def build_ui(self, session, connection, parent):
        return QtDisaster(session, connection, self.given, self.board, parent)


def disaster_flow(board: AlertBoard, clock: Clock, sites=SITES) -> DisasterFlow:
    """The flow on ``board`` and ``sites`` (None: not synced; an exception: unreadable)."""

    def read():
        if isinstance(sites, Exception):
            raise sites
        return sites

    return DisasterFlow(board, read, SyncRunner(), lat=HERE[0], lon=HERE[1], zone=JST, clock=clock)


def disaster_kiosk(make_kiosk, flow: DisasterFlow, board: AlertBoard) -> Kiosk:
    """A kiosk offering the disaster tile on ``flow`` (and the notices)."""
    service = type("Service", (RigDisasterService,), {"given": flow, "board": board})
    return make_kiosk(services=(service, NoticeService))


def open_disaster(kiosk: Kiosk) -> None:
    """From wherever the session is, to the tile's first page."""
    session = kiosk.session
    if not session.inSession:
        session.start()
    session.home()
    session.openService("disaster")
    assert session.screen == "disaster"
