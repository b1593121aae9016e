"""City notices and attract-loop slides: their schema and the loader for the bundled sample."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from content.config.schema import ConfigError, FieldError, Problem, build, require
from content.languages import LANGUAGE_CODES

CATEGORIES = ("events", "health", "tax", "waste", "disaster", "childcare", "procedures")


def _is_iso_date(text: str) -> bool:
    # fromisoformat alone also takes 20261101 and 2026-W44-1, which would sort wrongly.
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return False
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        return False
    return True


def _require_all_languages(field: str, text: dict[str, str]) -> None:
    missing = [code for code in LANGUAGE_CODES if not text.get(code, "").strip()]
    require(not missing, field, f"missing text for {', '.join(missing)}")


@dataclass(frozen=True)
class Notice:
    """One city notice, in every language, with the page a resident can take away as a QR code."""

    id: str
    category: str
    published: str
    url: str
    title: dict[str, str]
    body: dict[str, str]

    def __post_init__(self) -> None:
        require(self.category in CATEGORIES, "category", f"expected one of {', '.join(CATEGORIES)}")
        require(
            _is_iso_date(self.published),
            "published",
            f"expected a YYYY-MM-DD date, got {self.published!r}",
        )
        require(self.url.startswith("https://"), "url", "expected an https:// URL")
        _require_all_languages("title", self.title)
        _require_all_languages("body", self.body)


@dataclass(frozen=True)
class Slide:
    """One attract-loop slide, optionally promoting a notice."""

    id: str
    notice: str | None
    accent: str
    headline: dict[str, str]
    text: dict[str, str]

    def __post_init__(self) -> None:
        require(
            len(self.accent) == 7 and self.accent.startswith("#"),
            "accent",
            f"expected a colour like '#0B4F8A', got {self.accent!r}",
        )
        _require_all_languages("headline", self.headline)
        _require_all_languages("text", self.text)


@dataclass(frozen=True)
class NoticeBoard:
    """Everything the kiosk shows when it talks about the city: its name, notices and slides."""

    city: dict[str, str]
    notices: tuple[Notice, ...]
    slides: tuple[Slide, ...] = ()
    # A line about the city by language, e.g. that a sample city is fictional; most have none.
    about: dict[str, str] = dataclasses.field(default_factory=dict)

    def __post_init__(self) -> None:
        ids = [n.id for n in self.notices]
        require(len(set(ids)) == len(ids), "notices", "notice ids must be unique")
        for i, slide in enumerate(self.slides):
            require(
                slide.notice is None or slide.notice in ids,
                f"slides[{i}].notice",
                f"no notice with id {slide.notice!r}",
            )

    def notice(self, notice_id: str) -> Notice:
        """Return the notice with ``notice_id``; ``KeyError`` if there is none."""
        for notice in self.notices:
            if notice.id == notice_id:
                return notice
        raise KeyError(notice_id)


EMPTY_BOARD = NoticeBoard(city=dict.fromkeys(LANGUAGE_CODES, ""), notices=())


@dataclass(frozen=True)
class _SlideFile:
    slides: tuple[Slide, ...]


def load_notice_board(notices_path: Path, slides_path: Path | None = None) -> NoticeBoard:
    """Read and validate notices (and slides); raise :class:`ConfigError` naming file and key."""
    board = build(NoticeBoard, _read_json(notices_path), source=str(notices_path))
    if slides_path is None:
        return board
    slide_file = build(_SlideFile, _read_json(slides_path), source=str(slides_path))
    try:
        return dataclasses.replace(board, slides=slide_file.slides)
    except FieldError as err:
        raise ConfigError(str(slides_path), [Problem(err.field, err.message)]) from err


def load_sample_board() -> NoticeBoard:
    """The bundled sample city's notices and slides."""
    folder = resources.files("content") / "sample"
    with resources.as_file(folder) as path:
        return load_notice_board(path / "notices.json", path / "attract.json")


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as err:
        raise ConfigError(str(path), [Problem("", "file not found")]) from err
    except UnicodeDecodeError as err:
        raise ConfigError(str(path), [Problem("", "not UTF-8 text")]) from err
    except json.JSONDecodeError as err:
        raise ConfigError(
            str(path), [Problem("", f"not valid JSON (line {err.lineno}): {err.msg}")]
        ) from err
