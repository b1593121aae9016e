"""Wording of the message keys the shell emits: why a service cannot serve, why the kiosk stopped.

Every entry is in the shell's catalogue (``kiosk/shell/messages/shell_<lang>.ts``).
"""

from __future__ import annotations

from kiosk.shell.core.messages import Message, translate, worded

_PAPER_OUT = translate("shell", "The printer is out of paper. Please ask the staff.")
_COVER_OPEN = translate("shell", "The printer cover is open. Please ask the staff.")

REASONS: dict[str, Message] = {
    "device.card_reader.not_installed": translate("shell", "This kiosk has no card reader."),
    "device.receipt_printer.not_installed": translate(
        "shell", "This kiosk has no receipt printer."
    ),
    "device.document_printer.not_installed": translate(
        "shell", "This kiosk has no document printer."
    ),
    "device.payment.not_installed": translate("shell", "This kiosk cannot take payments."),
    "device.led_sign.not_installed": translate("shell", "This kiosk has no LED board."),
    "device.checking": translate("shell", "Checking the equipment. Please wait a moment."),
    #: A service's tile outside its opening hours; the opening time follows.
    "service.closed": translate("shell", "Closed now."),
    "receipt.paper_out": _PAPER_OUT,
    "docprint.media_empty": _PAPER_OUT,
    "docprint.media_needed": _PAPER_OUT,
    "receipt.cover_open": _COVER_OPEN,
    "docprint.cover_open": _COVER_OPEN,
    "docprint.door_open": _COVER_OPEN,
}
"""Why a service or a device cannot serve now, by key."""

_PRINTER = translate("shell", "The printer is not working right now. Please ask the staff.")
REASON_FAMILIES: dict[str, Message] = {
    # A device's own trouble (its config, no answer): the resident needs no more than this.
    "device.": translate("shell", "Not available right now."),
    "receipt.": _PRINTER,
    "docprint.": _PRINTER,
    "data.": translate(
        "shell", "The city's information is being downloaded. Please wait a moment."
    ),
    "card.": translate("shell", "The card reader is not working right now. Please ask the staff."),
}
"""Wording for every other key of a family, by its prefix."""

REASON_OTHER = translate("shell", "Not available right now.")

FAULTS: dict[str, Message] = {
    "content_unavailable": translate("shell", "The city's information could not be loaded."),
    "software_error": translate("shell", "The kiosk software stopped because of an error."),
}
"""Why the kiosk is out of service, by key."""

FAULT_OTHER = translate("shell", "A technical problem stopped the kiosk.")

#: The attract loop's invitation, shown in every language at once, each in its own.
TOUCH_PROMPT = translate("shell", "Touch the screen to start")

#: When a closed service opens again: %1 is the time (6:30), %2 the date.
OPENS_AT = translate("shell", "Opens at %1 on %2.")


def reason(key: str) -> Message:
    """Why a service or device cannot serve, for ``key``."""
    return worded(key, REASONS, REASON_FAMILIES) or REASON_OTHER


def fault(key: str) -> Message:
    """Why the kiosk stopped, for ``key``."""
    return FAULTS.get(key, FAULT_OTHER)
