"""The tactile keypad: which key does what, the reading order of a screen, and what is said.

A kiosk keypad (digits, ◀ ▶ or arrows, Enter, Back, Help, volume up and down) arrives as
ordinary key events, so any USB keypad or keyboard works. Key codes are Qt's ``Qt::Key``
values, which are fixed by Qt's ABI; this module needs no Qt to decide.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from kiosk.shell.core.messages import Message, translate


class Action(enum.Enum):
    """What a key asks the kiosk to do."""

    NEXT = "next"  # the focus to the next control in reading order
    PREVIOUS = "previous"
    ACTIVATE = "activate"  # press the focused control
    BACK = "back"
    HELP = "help"  # say the screen's title, instructions and how to use the keypad
    VOLUME_UP = "volume_up"
    VOLUME_DOWN = "volume_down"
    SECRET = "secret"  # a key typed into a secret entry: let it through, say only "entered"
    PASS = "pass"  # not the keypad's: the focused control or the page handles it


# Qt::Key values (qnamespace.h).
KEY_ESCAPE = 0x01000000
KEY_TAB = 0x01000001
KEY_BACKTAB = 0x01000002
KEY_BACKSPACE = 0x01000003
KEY_RETURN = 0x01000004
KEY_ENTER = 0x01000005
KEY_LEFT = 0x01000012
KEY_UP = 0x01000013
KEY_RIGHT = 0x01000014
KEY_DOWN = 0x01000015
KEY_F1 = 0x01000030
KEY_HELP = 0x01000058
KEY_BACK = 0x01000061
KEY_VOLUME_DOWN = 0x01000070
KEY_VOLUME_UP = 0x01000072
KEY_SPACE = 0x20
KEY_ASTERISK = 0x2A
KEY_PLUS = 0x2B
KEY_MINUS = 0x2D
KEY_QUESTION = 0x3F

DIGITS = "0123456789"

KEYMAP: dict[int, Action] = {
    KEY_RIGHT: Action.NEXT,
    KEY_DOWN: Action.NEXT,
    KEY_TAB: Action.NEXT,
    KEY_LEFT: Action.PREVIOUS,
    KEY_UP: Action.PREVIOUS,
    KEY_BACKTAB: Action.PREVIOUS,
    KEY_RETURN: Action.ACTIVATE,
    KEY_ENTER: Action.ACTIVATE,
    KEY_SPACE: Action.ACTIVATE,
    KEY_BACK: Action.BACK,
    KEY_ESCAPE: Action.BACK,
    KEY_BACKSPACE: Action.BACK,
    KEY_HELP: Action.HELP,
    KEY_F1: Action.HELP,
    KEY_QUESTION: Action.HELP,
    KEY_ASTERISK: Action.HELP,  # the numeric keypad's spare keys, for keypads without Help
    KEY_VOLUME_UP: Action.VOLUME_UP,
    KEY_PLUS: Action.VOLUME_UP,
    KEY_VOLUME_DOWN: Action.VOLUME_DOWN,
    KEY_MINUS: Action.VOLUME_DOWN,
}
"""Key code → action, for a standard kiosk keypad and a numeric keypad or keyboard."""

# Keys a secret entry (the PIN) takes for itself: digits, Delete, Clear, Confirm.
_SECRET_KEYS = {KEY_BACKSPACE, KEY_ESCAPE, KEY_RETURN, KEY_ENTER}
# Keys a text field keeps so that a keyboard can edit in it.
_EDITING_KEYS = {KEY_LEFT, KEY_RIGHT, KEY_BACKSPACE, KEY_SPACE}


@dataclass(frozen=True)
class Focus:
    """What holds the keyboard focus when a key arrives."""

    secret_entry: bool = False  # the PIN entry: digits are never said
    text_field: bool = False  # a text field: it keeps the keys that edit


def keymap(extra: Mapping[int, str]) -> dict[int, Action]:
    """:data:`KEYMAP` with a terminal's own keys (``[kiosk.keypad]``: code → action name)."""
    return {**KEYMAP, **{code: Action(name) for code, name in extra.items()}}


def decide(key: int, text: str, focus: Focus, keys: Mapping[int, Action] = KEYMAP) -> Action:
    """The action for ``key`` (with its ``text``) while ``focus`` holds the focus."""
    if focus.secret_entry and (key in _SECRET_KEYS or (len(text) == 1 and text in DIGITS)):
        return Action.SECRET
    if focus.text_field and (key in _EDITING_KEYS or (text and text.isprintable())):
        return Action.PASS
    if len(text) == 1 and text in DIGITS:
        return Action.PASS  # a digit goes to whatever takes digits
    return keys.get(key, Action.PASS)


@dataclass(frozen=True)
class Box:
    """A control's rectangle in window coordinates."""

    x: float
    y: float
    width: float
    height: float

    @property
    def middle(self) -> float:
        """The vertical centre."""
        return self.y + self.height / 2


def reading_order(boxes: Sequence[Box]) -> list[int]:
    """Indexes of ``boxes`` in reading order: rows from the top, each row left to right.

    Controls whose vertical centre falls inside the first control of a row join that row, so a
    tall button beside two short ones reads with the row it starts in.
    """
    by_top = sorted(range(len(boxes)), key=lambda i: (boxes[i].y, boxes[i].x))
    rows: list[list[int]] = []
    row_bottom = float("-inf")
    for index in by_top:
        box = boxes[index]
        if rows and box.middle < row_bottom:
            rows[-1].append(index)
        else:
            rows.append([index])
            row_bottom = box.y + box.height
    return [i for row in rows for i in sorted(row, key=lambda i: (boxes[i].x, boxes[i].y))]


def step(count: int, current: int | None, forward: bool) -> int | None:
    """The stop after (or before) ``current`` among ``count``, wrapping; None with no stops."""
    if count == 0:
        return None
    if current is None:
        return 0 if forward else count - 1
    return (current + (1 if forward else -1)) % count


VOLUME_STEPS = 10


def volume_step(level: int, up: bool) -> int:
    """The next volume level, 1 to :data:`VOLUME_STEPS` (never silent by a key)."""
    return max(1, min(VOLUME_STEPS, level + (1 if up else -1)))


ENTERED = translate("keypad", "Entered")
"""Said for each key typed into the PIN entry, instead of the key."""

HOW_TO = translate(
    "keypad",
    "Speech is on. Use the arrow keys to move between the buttons, Enter to press one, "
    "Back to go back, and Help to hear this screen again. The plus and minus keys change "
    "the volume.",
)
"""Said when headphones are plugged in, and after a screen's help."""

VOLUME = translate("keypad", "Volume %1 of %2")
"""Said after a volume key; %1 the level, %2 the number of levels."""

NOTHING_TO_PRESS = translate("keypad", "There is nothing to press on this screen.")
"""Said when the arrow keys find no control."""


JACK_PLACE = translate(
    "keypad",
    "The headphone jack is at the %1 of the front panel. Plug in headphones to hear the "
    "screens read aloud; unplug them to stop.",
)
"""Where the jack is, on the accessibility settings; %1 one of :data:`PLACES`."""

PLACES: dict[tuple[str, str], Message] = {
    ("top", "left"): translate("keypad", "top left"),
    ("top", "center"): translate("keypad", "top centre"),
    ("top", "right"): translate("keypad", "top right"),
    ("middle", "left"): translate("keypad", "middle left"),
    ("middle", "right"): translate("keypad", "middle right"),
    ("bottom", "left"): translate("keypad", "bottom left"),
    ("bottom", "center"): translate("keypad", "bottom centre"),
    ("bottom", "right"): translate("keypad", "bottom right"),
}
"""A place on the front panel by (row, column), as the jack's sentence names it."""


def help_lines(title: str, instructions: str) -> list[str]:
    """What Help says: the screen's title, its instructions, then how to use the keypad."""
    return [line for line in (title, instructions) if line.strip()]


def messages() -> Sequence[Message]:
    """Every text this module words (for the catalogue checks)."""
    return (ENTERED, HOW_TO, VOLUME, NOTHING_TO_PRESS, JACK_PLACE, *PLACES.values())
