"""Openers for the registry: ``alpha+serial`` boards and ``emulated`` ones.

``alpha+serial:///dev/ttyS1?baud=9600&framing=7E1&rows=16&cols=96`` names the port and the
board. Other options: ``address`` (two hex digits, default 00 = every board on the line),
``type`` (type code, default Z), ``confirm`` (ack, read or none: how the board shows it is
there), ``timeout`` (seconds to wait for an answer, default 2), ``settle`` (seconds after the
memory layout, default 1), ``font`` and ``font_index`` (the Japanese font file), ``pictures=1``
(draw even ASCII text as pictures).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from urllib.parse import SplitResult, parse_qs

from devices.ledsign.emulator import AlphaBoard
from devices.ledsign.emulator_link import InProcessLink
from devices.ledsign.errors import LedSignConfigError
from devices.ledsign.interface import Matrix
from devices.ledsign.link import BAUDS, Framing, SerialLink
from devices.ledsign.render import FontFile
from devices.ledsign.sign import CONFIRMS, AlphaSign, SignSettings

_KNOWN = {
    "baud", "framing", "rows", "cols", "address", "type", "confirm", "timeout", "settle",
    "font", "font_index", "pictures",
}  # fmt: skip


def _options(url: SplitResult) -> dict[str, str]:
    options = {key: values[-1] for key, values in parse_qs(url.query).items()}
    unknown = sorted(set(options) - _KNOWN)
    if unknown:
        raise LedSignConfigError(f"unknown LED board option(s): {', '.join(unknown)}")
    return options


def _number(
    options: dict[str, str], name: str, default: str, kind: Callable[[str], float] = int
) -> float:
    value = options.get(name, default)
    try:
        number = kind(value)
    except ValueError as err:
        raise LedSignConfigError(f"{name} must be a number, not {value!r}") from err
    if number < 0:
        raise LedSignConfigError(f"{name} cannot be negative")
    return number


def settings_from(options: dict[str, str], *, settle_default: str = "1") -> SignSettings:
    """SignSettings from URL options; LedSignConfigError names the bad option."""
    rows, cols = int(_number(options, "rows", "16")), int(_number(options, "cols", "96"))
    if not (7 <= rows <= 256 and 16 <= cols <= 1024):
        raise LedSignConfigError(f"a board of {rows}×{cols} dots is not a board this supports")
    address = options.get("address", "00").upper()
    if not re.fullmatch(r"[0-9A-F]{2}", address):
        raise LedSignConfigError(f"address must be two hex digits, not {address!r}")
    type_code = options.get("type", "Z")
    if len(type_code) != 1 or not 0x21 <= ord(type_code) <= 0x7E or type_code == "0":
        raise LedSignConfigError(f"type must be one type-code character, not {type_code!r}")
    confirm = options.get("confirm", "ack")
    if confirm not in CONFIRMS:
        raise LedSignConfigError(f"confirm must be one of {', '.join(CONFIRMS)}")
    timeout = _number(options, "timeout", "2", float)
    if not 0.05 <= timeout <= 60:
        raise LedSignConfigError("timeout must be between 0.05 and 60 seconds")
    font = None
    if "font" in options:
        font = FontFile(options["font"], int(_number(options, "font_index", "0")))
    return SignSettings(
        matrix=Matrix(rows, cols),
        type_code=type_code,
        address=address,
        confirm=confirm,
        timeout=timeout,
        settle=_number(options, "settle", settle_default, float),
        font=font,
        always_pictures=options.get("pictures") == "1",
    )


def open_serial(url: SplitResult) -> AlphaSign:
    """A board on a serial port: ``alpha+serial:///dev/ttyS1?baud=9600&rows=16&cols=96``."""
    options = _options(url)
    if not url.path or url.netloc:
        raise LedSignConfigError("expected a device path like alpha+serial:///dev/ttyS1")
    baud = int(_number(options, "baud", "9600"))
    if baud not in BAUDS:
        raise LedSignConfigError(f"baud {baud} is not an LED board speed")
    framing = Framing.parse(options.get("framing", "7E1"))
    return AlphaSign(SerialLink(url.path, baud, framing), settings_from(options))


def open_emulated(url: SplitResult) -> AlphaSign:
    """An in-process emulated board: ``emulated://led?rows=32&cols=192``."""
    options = _options(url)
    settings = settings_from(options, settle_default="0")
    board = AlphaBoard(settings.matrix.rows, settings.matrix.cols, address=settings.address)
    return AlphaSign(InProcessLink(board), settings)
