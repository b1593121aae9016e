"""``[kiosk.hardware]`` and ``[kiosk.payment]``: where the kiosk's parts sit and what its payment
unit takes, so the screens can show the resident where to put the card, the money and the hand.
"""

from __future__ import annotations

import difflib
import enum
from dataclasses import dataclass

from content.config.schema import require

ROWS = ("top", "middle", "bottom")
COLUMNS = ("left", "center", "right")
_SCREEN = ("middle", "center")  # the touchscreen's own place on the front panel
_WORDS = ROWS + COLUMNS
_EXAMPLES = "like 'right-middle' or 'bottom-center'"

YEN_NOTES = (1000, 2000, 5000, 10000)
YEN_COINS = (1, 5, 10, 50, 100, 500)


@dataclass(frozen=True)
class Place:
    """A part's place on the front panel, as the resident faces it: a row and a column."""

    row: str
    column: str

    @classmethod
    def parse(cls, text: str) -> Place:
        """'right-middle' or 'middle-right'; ValueError saying what was expected otherwise."""
        words = text.strip().lower().split("-")
        if len(words) != 2:
            raise ValueError(
                f"expected a place on the front panel {_EXAMPLES} "
                f"(one of {'/'.join(ROWS)} and one of {'/'.join(COLUMNS)}), got {text!r}"
            )
        unknown = [w for w in words if w not in _WORDS]
        if unknown:
            hints = [difflib.get_close_matches(w, _WORDS, n=1) for w in unknown]
            near = [h[0] for h in hints if h]
            suggestion = f" (did you mean {near[0]!r}?)" if near else ""
            raise ValueError(
                f"unknown word {unknown[0]!r}{suggestion} in {text!r}; expected one of "
                f"{'/'.join(ROWS)} and one of {'/'.join(COLUMNS)}, {_EXAMPLES}"
            )
        rows = [w for w in words if w in ROWS]
        columns = [w for w in words if w in COLUMNS]
        if len(rows) != 1 or len(columns) != 1:
            raise ValueError(
                f"expected one of {'/'.join(ROWS)} and one of {'/'.join(COLUMNS)}, got {text!r}"
            )
        place = cls(rows[0], columns[0])
        if (place.row, place.column) == _SCREEN:
            raise ValueError(f"{text!r} is where the touchscreen is; name the side the part is on")
        return place

    def __str__(self) -> str:
        return f"{self.column}-{self.row}"


class CardReaderKind(enum.Enum):
    """How the My Number card meets the reader."""

    SLOT = "slot"  # the card goes into a slot, chip end first, and comes back out of it
    PAD = "pad"  # the card is laid flat on a contactless reader


class CardFace(enum.Enum):
    """Which side of the card faces the resident as it goes into the reader."""

    UP = "up"  # the photo side up
    DOWN = "down"


# The parts a screen may point at, in the order the front-panel map lists them.
PARTS = (
    "card_reader",
    "note_slot",
    "coin_slot",
    "ic_pad",
    "change_tray",
    "receipt_slot",
    "document_tray",
)


@dataclass(frozen=True)
class HardwareLayout:
    """``[kiosk.hardware]``: where each part sits on the front panel ('right-middle', …)."""

    card_reader: str = "right-top"
    card_reader_kind: CardReaderKind = CardReaderKind.SLOT
    card_face: CardFace = CardFace.UP
    note_slot: str = "right-middle"
    coin_slot: str = "right-middle"
    ic_pad: str = "left-middle"
    change_tray: str = "right-bottom"
    receipt_slot: str = "left-bottom"
    document_tray: str = "bottom-center"
    # Not a part a screen points at with the map: the settings screen says where it is.
    headphone_jack: str = "left-middle"

    def __post_init__(self) -> None:
        for name in (*PARTS, "headphone_jack"):
            try:
                Place.parse(getattr(self, name))
            except ValueError as err:
                require(False, name, str(err))

    def place(self, part: str) -> Place:
        """Where ``part`` (one of :data:`PARTS`) sits."""
        if part not in PARTS:
            raise KeyError(part)
        return Place.parse(getattr(self, part))

    def places(self) -> dict[str, Place]:
        """Every part's place, in the order of :data:`PARTS`."""
        return {part: self.place(part) for part in PARTS}

    def panel_map(self) -> dict[str, dict[str, str]]:
        """Every part's place as the screens read it: part → {row, column}."""
        return {
            part: {"row": place.row, "column": place.column}
            for part, place in self.places().items()
        }


def _check_denominations(name: str, values: tuple[int, ...], allowed: tuple[int, ...]) -> None:
    unknown = [v for v in values if v not in allowed]
    require(
        not unknown,
        name,
        f"expected yen {name} among {', '.join(map(str, allowed))}, got {unknown!r}",
    )
    require(len(set(values)) == len(values), name, "a value is listed twice")


@dataclass(frozen=True)
class PaymentUnitConfig:
    """``[kiosk.payment]``: the notes, coins and IC e-money brands the payment unit takes.

    The payment screen lists them; an empty list of notes and coins means a unit without cash,
    an empty list of brands an IC reader whose brands are not named.
    """

    notes: tuple[int, ...] = (1000,)
    coins: tuple[int, ...] = (10, 50, 100, 500)
    ic_brands: tuple[str, ...] = ("Suica", "PASMO", "nanaco", "WAON", "楽天Edy")

    def __post_init__(self) -> None:
        _check_denominations("notes", self.notes, YEN_NOTES)
        _check_denominations("coins", self.coins, YEN_COINS)
        blank = [b for b in self.ic_brands if not b.strip() or len(b) > 24]
        require(
            not blank, "ic_brands", f"expected brand names of 1 to 24 characters, got {blank!r}"
        )
        require(
            len(set(self.ic_brands)) == len(self.ic_brands), "ic_brands", "a brand is listed twice"
        )
