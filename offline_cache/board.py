"""City notices and slides read from the synced datasets, as the kiosk's NoticeBoard."""

from __future__ import annotations

import datetime as dt
from typing import Any

from content.config.schema import ConfigError, build
from content.notices import Notice, NoticeBoard, Slide
from offline_cache.store import Store

BOARD_DATASETS = ("municipality", "notices", "slides")


def notice_board(store: Store) -> NoticeBoard | None:
    """The synced board, or ``None`` until notices have been synced at least once.

    Rows that do not match the notice schema are left out (logged by the caller's sync), so
    one bad row from the gateway never blanks the whole board.
    """
    if store.meta("notices") is None:
        return None
    notices = [n for _key, data in store.rows("notices") if (n := _build(Notice, data))]
    notices.sort(key=lambda n: (n.published, n.id))
    ids = {n.id for n in notices}
    slides_data = [data for _key, data in store.rows("slides") if isinstance(data, dict)]
    slides_data.sort(key=lambda d: (d.get("position", 0), str(d.get("id"))))
    slides = []
    for data in slides_data:
        slide = _build(Slide, {k: v for k, v in data.items() if k != "position"})
        if slide is not None and (slide.notice is None or slide.notice in ids):
            slides.append(slide)
    return NoticeBoard(
        city=city_names(store),
        notices=tuple(notices),
        slides=tuple(slides),
        about=_by_language(store, "about"),
    )


def city_names(store: Store) -> dict[str, str]:
    """The city's name by language from the synced municipality dataset ({} before it)."""
    return _by_language(store, "name")


def _by_language(store: Store, key: str) -> dict[str, str]:
    """A text by language of the synced municipality row ({} before it or when it has none)."""
    row = store.row("municipality", "city") or {}
    texts = row.get(key) if isinstance(row, dict) else None
    if not isinstance(texts, dict):
        return {}
    return {code: text for code, text in texts.items() if isinstance(text, str)}


def board_as_of(store: Store) -> dt.datetime | None:
    """When the board's data was last confirmed current (the oldest of its datasets)."""
    times = [meta.as_of for name in BOARD_DATASETS if (meta := store.meta(name))]
    return min(times) if times else None


def _build(cls: type, data: Any) -> Any:
    try:
        return build(cls, data, source="gateway")
    except ConfigError:
        return None
