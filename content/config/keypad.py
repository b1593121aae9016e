"""``[kiosk.keypad]``: keys of this terminal's own keypad, by name, added to the standard ones.

Any USB keypad works as it is: arrows or ◀ ▶, Enter, Back or Escape, Help or F1, and the volume
keys already have their actions. A keypad that sends other keys for them (F13 for Help, Page Down
for ▶ …) names those keys here. Key codes are Qt's ``Qt::Key`` values.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, fields

from content.config.schema import require

_NAMED = {
    "Escape": 0x01000000,
    "Tab": 0x01000001,
    "Backspace": 0x01000003,
    "Return": 0x01000004,
    "Enter": 0x01000005,
    "Insert": 0x01000006,
    "Delete": 0x01000007,
    "Home": 0x01000010,
    "End": 0x01000011,
    "Left": 0x01000012,
    "Up": 0x01000013,
    "Right": 0x01000014,
    "Down": 0x01000015,
    "PageUp": 0x01000016,
    "PageDown": 0x01000017,
    "Menu": 0x01000055,
    "Help": 0x01000058,
    "Back": 0x01000061,
    "Forward": 0x01000062,
    "VolumeDown": 0x01000070,
    "VolumeMute": 0x01000071,
    "VolumeUp": 0x01000072,
    "MediaPlay": 0x01000080,
    "MediaStop": 0x01000081,
    "MediaPrevious": 0x01000082,
    "MediaNext": 0x01000083,
    "Select": 0x01010000,
    "Yes": 0x01010001,
    "No": 0x01010002,
    "Space": 0x20,
    "NumberSign": 0x23,
    "Asterisk": 0x2A,
    "Plus": 0x2B,
    "Comma": 0x2C,
    "Minus": 0x2D,
    "Period": 0x2E,
    "Slash": 0x2F,
    "Question": 0x3F,
}
KEY_NAMES: dict[str, int] = {
    **_NAMED,
    **{f"F{n}": 0x01000030 + n - 1 for n in range(1, 36)},
    **{chr(c): c for c in range(ord("A"), ord("Z") + 1)},
}
"""Key name (as Qt names them, without ``Key_``) → Qt key code. Digits stay the PIN's."""


def key_code(name: str) -> int:
    """The code of the key called ``name``; ValueError naming the nearest known key."""
    code = KEY_NAMES.get(name)
    if code is None:
        near = difflib.get_close_matches(name, KEY_NAMES, n=1)
        hint = f" (did you mean {near[0]!r}?)" if near else ""
        raise ValueError(f"unknown key {name!r}{hint}; expected a name like 'F13' or 'PageDown'")
    return code


@dataclass(frozen=True)
class KeypadConfig:
    """``[kiosk.keypad]``: the keypad's own keys for each action, beside the standard keys."""

    next: tuple[str, ...] = ()
    previous: tuple[str, ...] = ()
    activate: tuple[str, ...] = ()
    back: tuple[str, ...] = ()
    help: tuple[str, ...] = ()
    volume_up: tuple[str, ...] = ()
    volume_down: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        seen: dict[str, str] = {}
        for action in fields(self):
            for name in getattr(self, action.name):
                try:
                    key_code(name)
                except ValueError as err:
                    require(False, action.name, str(err))
                require(
                    name not in seen,
                    action.name,
                    f"key {name!r} is already the key for {seen.get(name, '')}",
                )
                seen[name] = action.name

    def codes(self) -> dict[int, str]:
        """Key code → action name ('next', 'help', …) for every key named here."""
        return {
            key_code(name): action.name
            for action in fields(self)
            for name in getattr(self, action.name)
        }
