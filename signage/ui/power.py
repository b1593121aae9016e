"""The screen power schedule: a daily window (Japan time) when the screen is off on purpose."""

from __future__ import annotations

import shlex
from dataclasses import dataclass
from datetime import datetime, time

from signage.core import to_jst


@dataclass(frozen=True)
class PowerWindow:
    """Off from ``off`` to ``on`` every day; a window past midnight (22:00–05:00) is allowed."""

    off: time
    on: time

    @classmethod
    def parse(cls, text: str) -> PowerWindow | None:
        """``"01:00-05:00"`` as a window; an empty string means the screen is never switched off."""
        if not text:
            return None
        start, end = text.split("-")
        return cls(time.fromisoformat(start), time.fromisoformat(end))

    def is_off(self, moment: datetime) -> bool:
        """True when the screen should be dark at ``moment``."""
        now = to_jst(moment).time()
        if self.off < self.on:
            return self.off <= now < self.on
        return now >= self.off or now < self.on


def power_argv(template: str, state: str) -> list[str]:
    """The power command for ``state`` ("on" or "off") as an argument list (no shell)."""
    return [part.replace("{state}", state) for part in shlex.split(template)]
