"""Opens a device from its URL in the configuration, e.g. ``escpos+tcp://10.0.0.5:9100``.

Each (device kind, URL scheme) pair names the function that opens it, as ``module:function``,
imported only when used so a terminal without pyscard or pycups still starts. Device kinds
add their schemes to ``OPENERS`` beside their adapters.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any
from urllib.parse import SplitResult, urlsplit

from devices.errors import DeviceConfigError

# (kind, scheme) -> "module:function"; the function takes the parsed URL and returns the device.
OPENERS: dict[tuple[str, str], str] = {
    ("card_reader", "pcsc"): "devices.smartcard.pcsc:open_url",
    ("card_reader", "emulated"): "devices.smartcard.emulator.inprocess:open_url",
    ("receipt_printer", "escpos+serial"): "devices.receipt.open:open_serial",
    ("receipt_printer", "escpos+usblp"): "devices.receipt.open:open_usblp",
    ("receipt_printer", "escpos+tcp"): "devices.receipt.open:open_tcp",
    ("receipt_printer", "emulated"): "devices.receipt.open:open_emulated",
    ("document_printer", "cups"): "devices.docprint.cups_printer:open_url",
    ("document_printer", "emulated"): "devices.docprint.emulator:open_url",
    ("led_sign", "alpha+serial"): "devices.ledsign.open:open_serial",
    ("led_sign", "emulated"): "devices.ledsign.open:open_emulated",
    ("payment", "emulated"): "devices.payment.emulator:open_url",
}


def schemes(kind: str) -> list[str]:
    """The URL schemes that can open a device of ``kind``."""
    return sorted(scheme for k, scheme in OPENERS if k == kind)


def opener(kind: str, url: str) -> Callable[[SplitResult], Any]:
    """The function that opens ``url`` as a device of ``kind``; ``DeviceConfigError`` if none."""
    parts = urlsplit(url)
    target = OPENERS.get((kind, parts.scheme))
    if target is None:
        known = ", ".join(schemes(kind)) or "none yet"
        raise DeviceConfigError(
            f"cannot open {kind} from {url!r}: scheme {parts.scheme!r} unknown (known: {known})"
        )
    module_name, _, function = target.partition(":")
    found: Callable[[SplitResult], Any] = getattr(importlib.import_module(module_name), function)
    return found


def open_device(kind: str, url: str) -> Any:
    """Open the device of ``kind`` that ``url`` names."""
    return opener(kind, url)(urlsplit(url))
