"""Every problem booking can show is worded, with the slot, cap or date it names filled in."""

import pytest

from content.languages import LANGUAGE_CODES
from kiosk.services.booking.adapters.gateway import BOOKING_CODES, refusal_key
from kiosk.services.booking.adapters.receipt import catalogue
from kiosk.services.booking.core.week import LOOKS
from kiosk.services.booking.messages import CELLS, OTHER, PROBLEMS, problem_text

NAMES = {
    "meeting-2": {"ja": "第2会議室", "en": "Meeting room 2"},
    "night": {"ja": "夜間", "en": "Evening"},
}
SLOT = {
    "slot": {
        "facility": "tanashi-kominkan",
        "unit": "meeting-2",
        "date": "2027-03-02",
        "division": "night",
        "by": "booking",
    }
}


def test_a_taken_slot_is_named_in_the_residents_language():
    words = catalogue()
    ja = problem_text("booking.slot_taken", SLOT, "ja", words, names=NAMES)
    assert ja.startswith("第2会議室 2027年3月2日 夜間は") and "別の時間" in ja
    en = problem_text("booking.slot_taken", SLOT, "en", words, names=NAMES)
    assert en.startswith("Someone else has just booked Meeting room 2 2 March 2027 Evening.")


def test_the_cap_and_the_suspension_say_which_and_until_when():
    words = catalogue()
    quota = {"quota": {"scope": "day", "cap": 3}}
    assert "1日3枠" in problem_text("booking.quota_reached", quota, "ja", words)
    assert "3 slots a day" in problem_text("booking.quota_reached", quota, "en", words)
    hours = {"quota": {"scope": "minutes", "cap": 8}}
    assert "8 hours a day" in problem_text("booking.quota_reached", hours, "en", words)
    until = {"suspended_until": "2027-05-26"}
    assert "2027年5月26日まで" in problem_text("booking.suspended", until, "ja", words)
    assert "until 26 May 2027" in problem_text("booking.suspended", until, "en", words)


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_every_refusal_and_state_has_words_in_every_language(language):
    words = catalogue()
    other = words.text(OTHER, language)
    for code in sorted(
        BOOKING_CODES
        - {
            "unknown_booking",
            "unknown_facility",
            "unknown_unit",
            "unknown_division",
            "identity_not_configured",
            "not_a_member",
            "not_one_lottery",
            "not_provisional",
            "wrong_month",
            "amount_mismatch",
        }
    ):
        text = problem_text(refusal_key(code), {}, language, words)
        assert text and text != other, code
    for key in ("booking.answer_lost", "booking.offline", "receipt.paper_out", "card.removed"):
        assert problem_text(key, {}, language, words) != other, key
    assert problem_text("receipt.cover_open", {}, language, words) != other  # by its family
    for state in LOOKS:
        assert words.text(CELLS[f"booking.cell.{state}"], language)
    assert set(PROBLEMS) >= {"booking.slot_taken", "booking.quota_reached", "booking.suspended"}


def test_japanese_is_never_left_in_english():
    words = catalogue()
    for message in (*PROBLEMS.values(), *CELLS.values()):
        for language in ("ja", "ja-easy", "zh-Hans", "ko"):
            assert words.text(message, language) != message.source, (language, message.source)
