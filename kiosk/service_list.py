"""The services this kiosk offers, in the order of their home-screen tiles.

Adding a service is one folder under ``kiosk/services/`` and one line here.
"""

from __future__ import annotations

from collections.abc import Callable

from kiosk.services.booking.wiring import BookingService
from kiosk.services.certificates.wiring import CertificateService
from kiosk.services.disaster.wiring import DisasterService
from kiosk.services.jobs.wiring import JobService
from kiosk.services.notices.wiring import NoticeService
from kiosk.shell.host import ServiceWiring

SERVICES: tuple[Callable[[], ServiceWiring], ...] = (
    CertificateService,
    NoticeService,
    JobService,
    BookingService,
    DisasterService,
)

# Folders under kiosk/services/ that hold a service still being built: their cores and adapters
# are tested, but the kiosk does not offer them until their screens are done and they are listed
# in SERVICES above.
UNFINISHED: frozenset[str] = frozenset()
