"""A kiosk whose facility booking runs on the fakes' flow (gateway, reads, card, payment)."""

from __future__ import annotations

import dataclasses

from kiosk.app import Kiosk
from kiosk.services.booking.ui.qt_booking import QtBooking
from kiosk.services.booking.wiring import BookingService
from kiosk.services.notices.wiring import NoticeService
from kiosk.shell.host import Host
from tests.kiosk.services.booking.booking_fakes import Rig


class RigBookingService(BookingService):
    """Booking on a flow the test built, needing no device."""

    spec = dataclasses.replace(BookingService.spec, devices=())
    given: Rig | None = None

    def build_flow(self, host: Host):
        assert self.given is not None
        self._host = host
        return self.given.flow

    def build_ui(self, session, connection, parent):
        assert self.given is not None and self._host is not None
        return QtBooking(
            session,
            self.given.flow,
            parent,
            zone=self._host.config.terminal.zone,
            hardware=self._host.config.kiosk.hardware,
            payment=self._host.config.kiosk.payment,
        )

    def start(self, parent) -> None:
        """The fakes' card is driven by the test."""

    def stop(self) -> None:
        """Nothing to stop."""


def booking_kiosk(make_kiosk, rig: Rig, config=None) -> Kiosk:
    """A kiosk offering booking on ``rig`` (and the notices)."""
    service = type("Service", (RigBookingService,), {"given": rig})
    return make_kiosk(config, services=(service, NoticeService))


def open_booking(kiosk: Kiosk) -> None:
    """From wherever the session is, to booking's first screen."""
    session = kiosk.session
    if not session.inSession:
        session.start()
    session.home()
    session.openService("booking")
    assert session.screen == "booking"
