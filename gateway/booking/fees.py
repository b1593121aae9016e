"""Fees and refunds: base × resident factor × admission surcharge × reduction + equipment."""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from content.booking.rules import BookingRules, Unit
from gateway.booking.errors import BookingError


@dataclass(frozen=True)
class FeeChoices:
    """What the user declares: the top admission price they charge, a reduction, equipment."""

    admission_yen: int = 0
    reduction: str = "none"
    equipment: tuple[str, ...] = ()


def surcharge_percent(rules: BookingRules, admission_yen: int) -> int:
    """The admission-fee surcharge for the highest ticket price charged."""
    for tier in rules.fees.admission_tiers:
        if tier.up_to_yen is None or admission_yen <= tier.up_to_yen:
            return tier.surcharge_percent
    return rules.fees.admission_tiers[-1].surcharge_percent


def quote(
    rules: BookingRules,
    unit: Unit,
    divisions: tuple[str, ...],
    *,
    resident: bool,
    choices: FeeChoices,
) -> dict[str, int]:
    """The fee's breakdown and total (yen, rounded down), stored with the booking."""
    if choices.reduction not in rules.fees.reductions:
        raise BookingError(
            422, "unknown_reduction", f"no reduction {choices.reduction!r} in this city"
        )
    unknown = [item for item in choices.equipment if item not in unit.equipment]
    if unknown:
        raise BookingError(
            422, "unknown_equipment", f"{unit.id} does not lend {', '.join(unknown)}"
        )
    base = sum(rules.unit_fee(unit, d) for d in divisions)
    resident_percent = 100 if resident else rules.fees.non_resident_percent
    surcharge = surcharge_percent(rules, choices.admission_yen)
    reduction = rules.fees.reductions[choices.reduction]
    rooms = Fraction(base) * resident_percent / 100 * (100 + surcharge) / 100 * reduction / 100
    equipment = sum(rules.fees.equipment[item].fee_yen for item in choices.equipment) * len(
        divisions
    )
    return {
        "base_yen": base,
        "resident_percent": resident_percent,
        "surcharge_percent": surcharge,
        "reduction_percent": reduction,
        "equipment_yen": equipment,
        "total_yen": int(rooms) + equipment,
    }


def refund_percent(rules: BookingRules, days_before: int, *, by_city: bool) -> int:
    """The share of a paid fee given back: by days before use, all of it when the city cancels."""
    if by_city:
        return 100
    for tier in rules.refunds:
        if days_before >= tier.days_before:
            return tier.percent
    return 0


def refund_yen(fee_yen: int, percent: int) -> int:
    """The yen refunded (rounded down) of ``fee_yen`` at ``percent``."""
    return fee_yen * percent // 100
