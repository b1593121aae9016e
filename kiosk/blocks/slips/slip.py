"""A slip as a service composes it: lines of text, label–value pairs and rules, in one language."""

from __future__ import annotations

from dataclasses import dataclass, field

from devices.receipt.document import Align


@dataclass(frozen=True)
class Text:
    """A paragraph, wrapped to the paper."""

    text: str
    align: Align = Align.LEFT
    bold: bool = False
    big: bool = False


@dataclass(frozen=True)
class Pair:
    """A label flush left and its value flush right."""

    label: str
    value: str


@dataclass(frozen=True)
class Rule:
    """A dashed rule across the paper."""


@dataclass(frozen=True)
class Feed:
    """Blank lines."""

    lines: int = 1


Line = Text | Pair | Rule | Feed


@dataclass(frozen=True)
class Slip:
    """What one slip prints, in ``language`` (which picks the font for what the printer lacks)."""

    language: str
    lines: tuple[Line, ...] = field(default_factory=tuple)
