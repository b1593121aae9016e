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
    "maintenance": translate("shell", "This kiosk is closed for maintenance."),
}
"""Why the kiosk is out of service, by key."""

FAULT_OTHER = translate("shell", "A technical problem stopped the kiosk.")

# Why the kiosk cannot reach the city's system safely, under the offline banner: for the staff,
# so each certificate problem is named (a resident only needs to know the kiosk is offline).
CONNECTION_PROBLEMS: dict[str, Message] = {
    "gateway.certificate_expired": translate(
        "shell", "For the staff: the city system's certificate has expired."
    ),
    "gateway.certificate_not_yet_valid": translate(
        "shell",
        "For the staff: the city system's certificate is not valid yet. Check this kiosk's clock.",
    ),
    "gateway.certificate_unknown_ca": translate(
        "shell",
        "For the staff: the city system's certificate is not from the city's certificate"
        " authority.",
    ),
    "gateway.certificate_wrong_host": translate(
        "shell", "For the staff: the city system's certificate is for another server name."
    ),
    "gateway.client_certificate_required": translate(
        "shell", "For the staff: the city system asks for this kiosk's certificate; none is set."
    ),
    "gateway.client_certificate_refused": translate(
        "shell", "For the staff: the city system refuses this kiosk's certificate."
    ),
    "gateway.client_certificate_mismatch": translate(
        "shell", "For the staff: this kiosk's certificate belongs to another terminal."
    ),
    "gateway.unauthorized": translate(
        "shell", "For the staff: the city system does not accept this kiosk's token."
    ),
}
"""What keeps the kiosk from the city's system, by the offline cache's message key."""

CONNECTION_PROBLEM_OTHER = translate(
    "shell", "For the staff: a secure connection to the city system could not be made."
)

#: The attract loop's invitation, shown in every language at once, each in its own.
TOUCH_PROMPT = translate("shell", "Touch the screen to start")

#: The out-of-service screen, shown in every language in turn.
OUT_OF_SERVICE = translate("shell", "Out of service")
OUT_OF_SERVICE_SORRY = translate(
    "shell", "Sorry, this kiosk cannot be used right now. Please ask at the counter."
)
#: Before the city's contact (who to ask, where, its phone) on the out-of-service screen.
OUT_OF_SERVICE_CONTACT = translate("shell", "For help, please contact:")
#: %1 is the city's phone number.
PHONE = translate("shell", "Phone: %1")

#: When a closed service opens again: %1 is the time (6:30), %2 the date.
OPENS_AT = translate("shell", "Opens at %1 on %2.")


def reason(key: str) -> Message:
    """Why a service or device cannot serve, for ``key``."""
    return worded(key, REASONS, REASON_FAMILIES) or REASON_OTHER


def connection_problem(key: str) -> Message | None:
    """What keeps the kiosk from the city's system, for ``key``; None for no problem ('')."""
    if not key:
        return None
    return CONNECTION_PROBLEMS.get(key, CONNECTION_PROBLEM_OTHER)


def fault(key: str) -> Message:
    """Why the kiosk stopped, for ``key``."""
    return FAULTS.get(key, FAULT_OTHER)
