"""Wording of the disaster tile that Python composes: levels, hazards, times, site states.

Every entry is in the service's catalogue (``messages/disaster_<lang>.ts``). The alerts' own
words (event, headline, what to do) come from ``content.alerts.wording``.
"""

from __future__ import annotations

from content.alerts.model import Level
from content.shelters.model import Hazard
from kiosk.shell.core.messages import Message, translate

LEVELS: dict[Level, Message] = {
    #: The level of a bulletin that asks for no action (an earthquake felt lightly).
    Level.INFO: translate("disaster", "Information"),
    #: 注意報 / 警戒レベル2: take care.
    Level.ADVISORY: translate("disaster", "Advisory"),
    #: 警報 / 警戒レベル3.
    Level.WARNING: translate("disaster", "Warning"),
    #: 危険警報, 土砂災害警戒情報, 避難指示 / 警戒レベル4.
    Level.DANGER: translate("disaster", "Danger"),
    #: 特別警報, 緊急安全確保 / 警戒レベル5.
    Level.EMERGENCY: translate("disaster", "Emergency"),
}
"""A level of seriousness in words, always shown beside its colour."""

HAZARDS: dict[Hazard, Message] = {
    Hazard.FLOOD: translate("disaster", "Flood"),
    #: 崖崩れ、土石流及び地滑り of the national shelter data.
    Hazard.LANDSLIDE: translate("disaster", "Landslides"),
    Hazard.STORM_SURGE: translate("disaster", "Storm surge"),
    Hazard.EARTHQUAKE: translate("disaster", "Earthquake"),
    Hazard.TSUNAMI: translate("disaster", "Tsunami"),
    Hazard.LARGE_FIRE: translate("disaster", "Large fire"),
    #: 内水氾濫: flooding from drains and small rivers in town.
    Hazard.INLAND_FLOODING: translate("disaster", "Inland flooding"),
    Hazard.VOLCANO: translate("disaster", "Volcano"),
}
"""The hazards a designated site takes, as the shelter screen's chips name them."""

#: The chip that lists every designated site, whatever hazard it takes.
ANY_HAZARD = translate("disaster", "All sites")

#: A bulletin still in force.
IN_FORCE = translate("disaster", "In force")
#: A bulletin that ended today; %1 is its time.
ENDED = translate("disaster", "Ended at %1")
#: When the first version of a bulletin was issued; %1 is its date and time.
ISSUED = translate("disaster", "Issued %1")
#: When a bulletin was last updated or corrected; %1 is its date and time.
UPDATED = translate("disaster", "Updated %1")

#: The calm screen, when nothing is in force.
NO_ALERTS = translate("disaster", "No disaster information is in force.")
#: How current the calm screen is; %1 is a date and time.
AS_OF = translate("disaster", "As of %1")
#: The calm screen before the kiosk has ever heard from the city's alert service.
NOT_HEARD = translate("disaster", "This kiosk has not yet reached the city's alert service.")

#: A shelter the city has opened.
OPEN = translate("disaster", "Open now")
#: 指定緊急避難場所: where to flee from a hazard.
EMERGENCY_SITE = translate("disaster", "Evacuation site")
#: 指定避難所: where people stay.
SHELTER = translate("disaster", "Evacuation shelter")
#: A site that is both.
BOTH = translate("disaster", "Evacuation site and shelter")
#: A distance as speech says it; %1 is a number of metres.
SPOKEN_METRES = translate("disaster", "%1 metres")
#: A distance as speech says it; %1 is a number of kilometres (1.5).
SPOKEN_KILOMETRES = translate("disaster", "%1 kilometres")
#: Under the shelter list.
STRAIGHT_LINE = translate("disaster", "Distances are in a straight line from this kiosk.")

#: While the shelter list is read from the kiosk's storage.
SITES_LOADING = translate("disaster", "Reading the shelter list…")
#: Before the kiosk has received the city's shelter list.
SITES_NOT_SYNCED = translate(
    "disaster", "The shelter list has not reached this kiosk yet. Please ask the staff."
)
#: The kiosk's storage could not be read.
SITES_UNREADABLE = translate(
    "disaster", "The shelter list cannot be read on this kiosk right now. Please ask the staff."
)
#: No site in the list takes the chosen hazard.
SITES_NONE = translate("disaster", "No designated site in the list takes this hazard.")
