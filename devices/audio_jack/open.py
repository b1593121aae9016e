"""Open the headphone jack named by ``[kiosk] headphone_jack``."""

from __future__ import annotations

from urllib.parse import urlsplit

from devices.audio_jack.emulator import EmulatedJack
from devices.audio_jack.evdev import EvdevJack, find_jack
from devices.audio_jack.interface import HeadphoneJack
from devices.errors import DeviceConfigError

SCHEMES = ("evdev", "emulated")


def open_jack(url: str) -> HeadphoneJack | None:
    """The jack for ``url``: 'auto' finds one, '' or 'none' means the kiosk has none.

    ``evdev:///dev/input/event5`` reads that input device, ``emulated://`` is plugged by hand.
    'auto' gives None when no readable input device has a headphone switch.
    """
    if url in ("", "none"):
        return None
    if url == "auto":
        path = find_jack()
        return EvdevJack(path) if path else None
    parts = urlsplit(url)
    if parts.scheme == "emulated":
        return EmulatedJack()
    if parts.scheme == "evdev" and parts.path:
        return EvdevJack(parts.path)
    raise DeviceConfigError(
        f"expected 'auto', 'none', 'evdev:///dev/input/eventN' or 'emulated://', got {url!r}"
    )
