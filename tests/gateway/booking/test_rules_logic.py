"""Fees, refunds and the monthly cycle, as pure functions of the sample city's rules."""

import datetime as dt

from content.booking.rules import load_sample_booking_rules
from gateway.booking.calendar import Phase, closes, phase, provisional_expiry
from gateway.booking.fees import FeeChoices, quote, refund_percent
from gateway.city_time import CITY_ZONE

RULES = load_sample_booking_rules()
ROOMS = next(c for c in RULES.calendars if c.id == "rooms")


def at(*args):
    return dt.datetime(*args, tzinfo=CITY_ZONE)


def test_the_cycle_of_a_month_of_use():
    day = dt.date(2027, 3, 10)  # entries 1–7 January, draw the 8th, first-come from the 16th
    assert phase(ROOMS, day, at(2026, 12, 31, 23, 59)) is Phase.NOT_OPEN
    assert phase(ROOMS, day, at(2027, 1, 1, 0, 0)) is Phase.LOTTERY_ENTRY
    assert phase(ROOMS, day, at(2027, 1, 8, 0, 0)) is Phase.LOTTERY
    assert phase(ROOMS, day, at(2027, 1, 16, 0, 0)) is Phase.FIRST_COME
    assert closes(ROOMS, day) == at(2027, 3, 8, 16, 0)
    assert phase(ROOMS, day, at(2027, 3, 8, 16, 0)) is Phase.CLOSED
    assert provisional_expiry(ROOMS, day, at(2027, 3, 5, 9, 0)) == at(2027, 3, 8, 16, 0)


def test_japan_time_decides_whatever_the_server_zone():
    day = dt.date(2027, 3, 10)
    utc = dt.datetime(2027, 1, 15, 15, 0, tzinfo=dt.UTC)  # 16 January 00:00 in Japan
    assert phase(ROOMS, day, utc) is Phase.FIRST_COME


def test_fees_multiply_and_round_down_and_refunds_fall_with_the_days():
    hall = RULES.facility("tanashi-kominkan").unit("hall")
    fee = quote(
        RULES,
        hall,
        ("am", "pm"),
        resident=False,
        choices=FeeChoices(admission_yen=3500, reduction="children", equipment=("piano",)),
    )
    # 16,800 × 150% × 230% × 50% = 28,980, plus the piano for two divisions
    assert fee["total_yen"] == 28980 + 3000
    assert quote(RULES, hall, ("night",), resident=True, choices=FeeChoices())["total_yen"] == 9600
    assert [refund_percent(RULES, d, by_city=False) for d in (30, 7, 6, 3, 2, 0)] == [
        100,
        100,
        50,
        50,
        0,
        0,
    ]
    assert refund_percent(RULES, 0, by_city=True) == 100
