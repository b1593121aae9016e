"""The errors booking answers with: the gateway's error type, with the slot that was taken."""

from __future__ import annotations

from typing import Any

from gateway.errors import ApiError


class BookingError(ApiError):
    """A booking request refused; ``code`` is stable and the kiosk words it.

    ``detail`` carries what the kiosk needs to say which: the slot taken, the cap reached, the
    date a suspension ends.
    """

    def __init__(
        self, status: int, code: str, message: str, detail: dict[str, Any] | None = None
    ) -> None:
        super().__init__(status, code, message)
        self.detail = detail or {}

    def body(self) -> dict[str, Any]:
        """The error's JSON body: the gateway's usual one plus its detail."""
        return {"error": {"code": self.code, "message": self.message, **self.detail}}


def slot_taken(facility: str, unit: str, day: str, division: str, *, by: str) -> BookingError:
    """409: a room's division on a day is held by another booking (or kept by the city)."""
    return BookingError(
        409,
        "slot_taken",
        f"{facility} {unit} on {day}, division {division}, is already taken",
        {"slot": {"facility": facility, "unit": unit, "date": day, "division": division, "by": by}},
    )
