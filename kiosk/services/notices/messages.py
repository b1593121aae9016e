"""Wording of the notice categories the city's notices carry.

Every entry is in the service's catalogue (``messages/notices_<lang>.ts``).
"""

from __future__ import annotations

from kiosk.shell.core.messages import Message, translate

CATEGORIES: dict[str, Message] = {
    "events": translate("notices", "Events"),
    "health": translate("notices", "Health"),
    "tax": translate("notices", "Taxes"),
    "waste": translate("notices", "Garbage and recycling"),
    "disaster": translate("notices", "Disaster preparedness"),
    "childcare": translate("notices", "Children and families"),
    "procedures": translate("notices", "Procedures"),
}
"""A notice's category, by the key in the city's notice data."""


def category(key: str) -> Message | None:
    """The category's name; None for a category this kiosk does not know (shown without)."""
    return CATEGORIES.get(key)
