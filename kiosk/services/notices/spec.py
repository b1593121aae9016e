"""The notice service's tile and needs."""

from __future__ import annotations

from kiosk.shell.core.messages import translate
from kiosk.shell.core.services import ServiceSpec

SERVICE = ServiceSpec(
    id="notices",
    icon="bell",
    #: Title of the home screen's tile for the city's notices.
    title=translate("notices", "City notices"),
    #: Description on the home screen's tile for the city's notices.
    description=translate(
        "notices", "News and events from the city. Take a notice home as a QR code."
    ),
    datasets=("notices",),
)
