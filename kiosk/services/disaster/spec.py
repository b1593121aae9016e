"""The disaster tile: its title, and that it runs on every terminal."""

from __future__ import annotations

from kiosk.shell.core.messages import translate
from kiosk.shell.core.services import ServiceSpec

SERVICE = ServiceSpec(
    id="disaster",
    icon="warning",
    #: Title of the home screen's tile for disaster bulletins and shelters (防災情報).
    title=translate("disaster", "Disaster information"),
    #: Description on the home screen's tile for disaster bulletins and shelters.
    description=translate(
        "disaster", "Warnings and evacuation information in force, and the nearest shelters."
    ),
)
