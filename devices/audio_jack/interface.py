"""What a headphone jack does: say whether headphones are plugged, and tell when that changes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from devices.errors import DeviceUnavailableError

JackListener = Callable[[bool], None]
"""Called with True when headphones go in, False when they come out (on the jack's thread)."""


class JackUnavailableError(DeviceUnavailableError):
    """The jack's input device cannot be opened or read."""

    key = "audio_jack.unavailable"


class HeadphoneJack(Protocol):
    """A headphone jack on the front panel."""

    def plugged(self) -> bool:
        """True while headphones are in the jack."""
        ...

    def subscribe(self, listener: JackListener) -> None:
        """Call ``listener`` on every change from now on."""
        ...

    def start(self) -> None:
        """Begin watching the jack (a no-op when already watching)."""
        ...

    def close(self) -> None:
        """Stop watching and release the device."""
        ...
