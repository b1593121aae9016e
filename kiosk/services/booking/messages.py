"""Wording of the booking service's message keys, grid states and printed receipt.

Every entry is in the service's catalogue (``messages/booking_<lang>.ts``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from types import SimpleNamespace

from content.languages import format_date
from kiosk.shell.core.messages import Catalogue, Message, translate, worded

CELLS: dict[str, Message] = {
    "booking.cell.free": translate("booking", "Free"),
    "booking.cell.taken": translate("booking", "Taken"),
    "booking.cell.lottery": translate("booking", "Lottery"),
    "booking.cell.city": translate("booking", "City use"),
    "booking.cell.closed": translate("booking", "Closed"),
    "booking.cell.not_open": translate("booking", "Not open yet"),
    "booking.cell.counter_only": translate("booking", "At the counter only"),
    "booking.cell.past": translate("booking", "This day has passed."),
}

_UNREACHABLE = translate(
    "booking",
    "The city's booking system cannot be reached now. You can look at the free rooms, but"
    " booking needs a connection. Please try again later.",
)

PROBLEMS: dict[str, Message] = {
    "gateway.unreachable": _UNREACHABLE,
    "booking.offline": _UNREACHABLE,
    "booking.slot_taken": translate(
        "booking", "Someone else has just booked %1. Please choose another time."
    ),
    "booking.quota_reached": translate(
        "booking", "You have reached the limit of bookings: %1. You cannot book more now."
    ),
    "booking.suspended": translate(
        "booking", "You cannot book until %1 because of late cancellations or no-shows."
    ),
    "booking.fee_changed": translate("booking", "The fee has changed. Please check the new fee."),
    "booking.answer_lost": translate(
        "booking",
        "The connection was lost before the answer came. Please press Try again: you will not"
        " book twice.",
    ),
    "booking.proof_expired": translate(
        "booking", "The check of your card is no longer valid. Please read your card again."
    ),
    "booking.card_not_accepted": translate(
        "booking", "The electronic certificate on this card could not be verified."
    ),
    "booking.facility_closed": translate("booking", "The facility is closed on that day."),
    "booking.outside_booking_window": translate(
        "booking", "That day cannot be booked here now. Please check when booking opens."
    ),
    "booking.residents_only": translate("booking", "Only residents of the city can enter this."),
    "booking.already_entered": translate(
        "booking", "You have already entered this month's lottery."
    ),
    "booking.not_cancellable": translate(
        "booking", "This booking can no longer be cancelled here. Please ask at the counter."
    ),
    "booking.booking_expired": translate(
        "booking", "The time to pay for this booking has passed. The booking was released."
    ),
    "card.removed": translate(
        "booking", "The card was taken out too early. Please put it in again."
    ),
    "card.wrong_pin": translate("booking", "The PIN was not correct."),
    "card.pin_blocked": translate(
        "booking",
        "The PIN of this card is locked because it was entered wrongly too many times.",
    ),
    "card.not_my_number_card": translate(
        "booking", "This card is not a My Number card. Please use your My Number card."
    ),
    "receipt.paper_out": translate(
        "booking",
        "The receipt printer is out of paper. Your booking is made: please note the booking"
        " number shown here.",
    ),
}

# Any other key of these families, and anything else.
FAMILIES: dict[str, Message] = {
    "card.": translate("booking", "The card could not be read. Please ask the staff."),
    "payment.": translate(
        "booking", "Payment did not work. Please try again or pay at the counter."
    ),
    "receipt.": translate(
        "booking", "The receipt could not be printed. Your booking is made: please note its number."
    ),
}
OTHER = translate("booking", "Something went wrong. Please ask the staff for help.")

#: The city's refund rule in one line on the fee screen, built from its tiers.
CANCEL_RULE = SimpleNamespace(
    #: %1 is the list of tiers, each worded by ``tier``, ``later`` or ``nothing``.
    line=translate("booking", "If you cancel: %1."),
    #: %1 is a number of days before the day of use, %2 the share of the fee given back.
    tier=translate("booking", "%1 days or more before, %2% back"),
    #: The last tier; %1 is the share of the fee given back.
    later=translate("booking", "later, %1% back"),
    nothing=translate("booking", "later, nothing back"),
)

#: The ways to pay at the terminal, as the payment screen names them.
METHODS: dict[str, Message] = {
    "cash": translate("booking", "Cash"),
    "ic": translate("booking", "IC card (e-money)"),
}

QUOTA: dict[str, Message] = {
    #: A booking cap; %1 is a number of time slots.
    "day": translate("booking", "%1 slots a day"),
    "month": translate("booking", "%1 slots a month"),
    #: A booking cap; %1 is a number of hours.
    "minutes": translate("booking", "%1 hours a day"),
}

KINDS: dict[str, Message] = {
    #: Name of a kind of city facility (公民館).
    "kominkan": translate("booking", "Community centre"),
    #: Name of a kind of city facility (地区会館).
    "chiku_kaikan": translate("booking", "Neighbourhood hall"),
    #: Name of a kind of city facility (体育館).
    "gymnasium": translate("booking", "Sports hall"),
    #: Name of a kind of city facility (グラウンド).
    "ground": translate("booking", "Sports ground"),
    #: Name of a kind of city facility (図書館).
    "library": translate("booking", "Library"),
    #: Name of a kind of city facility (市民会館).
    "civic_centre": translate("booking", "Civic centre"),
}

#: A group-size choice; %1 is a number of people.
PEOPLE = translate("booking", "%1 people or more")

TILE = SimpleNamespace(
    #: Title of the home screen's tile for booking the city's facilities.
    title=translate("booking", "Facility booking"),
    #: Description on the home screen's tile for booking the city's facilities.
    description=translate(
        "booking",
        "Book a room at a community centre or a sports hall. Your My Number card is needed.",
    ),
)

RECEIPT = SimpleNamespace(
    #: Heading of the printed booking receipt.
    title=translate("booking", "Facility booking"),
    number=translate("booking", "Booking number"),
    facility=translate("booking", "Facility"),
    room=translate("booking", "Room"),
    date=translate("booking", "Date"),
    time=translate("booking", "Time"),
    fee=translate("booking", "Fee"),
    #: An amount of money; %1 is the number of yen.
    yen=translate("booking", "%1 yen"),
    cash=translate("booking", "Paid in cash"),
    ic=translate("booking", "Paid by IC card"),
    counter=translate("booking", "To pay at the counter"),
    #: Label of the last day and time to pay at the counter.
    pay_by=translate("booking", "Pay by"),
    keep=translate(
        "booking", "Keep this receipt. Show the booking number when you cancel or ask about it."
    ),
)


def problem_text(
    key: str,
    detail: Mapping[str, object],
    language: str,
    words: Catalogue,
    *,
    names: Mapping[str, Mapping[str, str]] | None = None,
) -> str:
    """The words of a problem in ``language``, with what it names filled in.

    ``names`` maps unit and division ids to their names by language, to say which slot was taken.
    """
    message = worded(key, PROBLEMS, FAMILIES) or OTHER
    text = words.text(message, language)
    if "%1" not in text:
        return text
    return text.replace("%1", _named(key, detail, language, words, names or {}))


def _named(
    key: str,
    detail: Mapping[str, object],
    language: str,
    words: Catalogue,
    names: Mapping[str, Mapping[str, str]],
) -> str:
    def name(ident: str) -> str:
        found = names.get(ident, {})
        return found.get(language) or found.get("ja") or ident

    if key == "booking.slot_taken" and isinstance(detail.get("slot"), dict):
        slot = detail["slot"]
        assert isinstance(slot, dict)
        day = format_date(str(slot.get("date", "")), language) if slot.get("date") else ""
        parts = (name(str(slot.get("unit", ""))), day, name(str(slot.get("division", ""))))
        return " ".join(p for p in parts if p)
    if key == "booking.quota_reached" and isinstance(detail.get("quota"), dict):
        quota = detail["quota"]
        assert isinstance(quota, dict)
        cap = quota.get("cap", "")
        message = QUOTA.get(str(quota.get("scope")))
        return words.text(message, language).replace("%1", str(cap)) if message else str(cap)
    if key == "booking.suspended" and detail.get("suspended_until"):
        try:
            until = dt.date.fromisoformat(str(detail["suspended_until"])[:10])
        except ValueError:
            return str(detail["suspended_until"])
        return format_date(until.isoformat(), language)
    return ""
