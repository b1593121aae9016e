"""The fee shown before booking: base × resident factor, by the city's rules.

The kiosk books with no admission charge, reduction or equipment (those are arranged at the
counter), so the fee is the units' division fees, times the non-resident factor for a visitor.
The gateway computes the same and refuses a booking whose fee differs ('fee_changed', with its
own figure), so a rule changed meanwhile is shown, never charged unseen.
"""

from __future__ import annotations

from dataclasses import dataclass

from content.booking.rules import BookingRules


@dataclass(frozen=True)
class Quote:
    """The fee's parts and total, in yen."""

    base_yen: int
    resident_percent: int
    total_yen: int

    @property
    def visitor(self) -> bool:
        """True when the non-resident factor applies."""
        return self.resident_percent != 100


def quote(
    rules: BookingRules, facility: str, unit: str, divisions: tuple[str, ...], *, resident: bool
) -> Quote:
    """The fee of ``divisions`` of ``unit``; raises ValueError for a unit the rules lack."""
    found = rules.facility(facility)
    room = found.unit(unit) if found else None
    if room is None:
        raise ValueError(f"no unit {unit!r} in {facility!r}")
    base = sum(rules.unit_fee(room, d) for d in divisions)
    percent = 100 if resident else rules.fees.non_resident_percent
    return Quote(base, percent, base * percent // 100)


def quote_from_gateway(fee: dict[str, object]) -> Quote:
    """The gateway's own figure (sent with 'fee_changed'), as a quote."""
    base = fee.get("base_yen", 0)
    percent = fee.get("resident_percent", 100)
    total = fee.get("total_yen", 0)
    if not isinstance(base, int) or not isinstance(percent, int) or not isinstance(total, int):
        raise ValueError("the gateway's fee is not in yen")
    return Quote(base, percent, total)
