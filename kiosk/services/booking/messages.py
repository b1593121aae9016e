"""Wording of the booking service's message keys, grid states and printed receipt.

Every entry is in the service's catalogue (``messages/booking_<lang>.ts``).
"""

from __future__ import annotations

from types import SimpleNamespace

from kiosk.shell.core.messages import Message, translate

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
    "receipt.paper_out": translate(
        "booking",
        "The receipt printer is out of paper. Your booking is made: please note the booking"
        " number shown here.",
    ),
}

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
