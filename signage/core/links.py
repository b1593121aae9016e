"""QR short links: a QR slide points at the gateway, which counts the scan and redirects."""

from __future__ import annotations

import dataclasses
from urllib.parse import quote

from signage.core.model import Item, ItemKind, Schedule


def short_link(base: str, terminal_id: str, item_id: str) -> str:
    """The gateway's counting link for ``item_id`` shown by ``terminal_id``."""
    return f"{base.rstrip('/')}/q/{quote(terminal_id, safe='')}/{quote(item_id, safe='')}"


def with_short_links(schedule: Schedule, base: str, terminal_id: str) -> Schedule:
    """``schedule`` with every QR item's URL replaced by its short link; unchanged without base.

    The gateway redirects a short link only to the URL the published package gives the item,
    so the notice's page stays the one the city signed.
    """
    if not base:
        return schedule

    def linked(item: Item) -> Item:
        if item.kind is not ItemKind.QR:
            return item
        return dataclasses.replace(item, url=short_link(base, terminal_id, item.id))

    return Schedule(
        tuple(
            dataclasses.replace(playlist, items=tuple(linked(i) for i in playlist.items))
            for playlist in schedule.playlists
        ),
        linked(schedule.fallback),
    )
