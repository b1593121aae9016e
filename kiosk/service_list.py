"""The services this kiosk offers, in the order of their home-screen tiles.

Adding a service is one folder under ``kiosk/services/`` and one line here.
"""

from __future__ import annotations

from collections.abc import Callable

from kiosk.services.certificates.wiring import CertificateService
from kiosk.services.notices.wiring import NoticeService
from kiosk.shell.host import ServiceWiring

SERVICES: tuple[Callable[[], ServiceWiring], ...] = (
    CertificateService,
    NoticeService,
)
