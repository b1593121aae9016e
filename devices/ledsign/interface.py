"""The LED board interface the signage player uses, whatever the board or link."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from PIL import Image

from devices.ledsign.codec import Colour, Mode, Speed
from devices.monitor import Health


@dataclass(frozen=True)
class Matrix:
    """The board's face in LED dots."""

    rows: int
    cols: int


class LedSign(Protocol):
    """An LED board; calls block for the wire time of the update and run on a worker thread.

    Raises LedSignContentError for text or pictures the board cannot show,
    LedSignNoAnswerError when the board does not acknowledge in time, LedSignRefusedError on a
    NAK, LedSignLineError on noise instead of an answer and LedSignUnavailableError when the port
    cannot be opened. ``health`` never raises.
    """

    matrix: Matrix

    def show_text(
        self,
        text: str,
        *,
        mode: Mode = Mode.HOLD,
        colour: Colour = Colour.AMBER,
        speed: Speed | None = None,
    ) -> None:
        """Show ``text``; Japanese and other text the board's fonts lack goes as pictures."""
        ...

    def show_picture(
        self, image: Image.Image, *, mode: Mode = Mode.HOLD, colour: Colour = Colour.AMBER
    ) -> None:
        """Show a picture exactly the board's height (lit dots in ``colour``)."""
        ...

    def clear(self) -> None:
        """Blank the board."""
        ...

    def health(self) -> Health:
        """Availability for the device monitor."""
        ...

    def close(self) -> None:
        """Release the port."""
        ...
