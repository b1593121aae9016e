"""The booking view-model: what each screen reads from the flow, worded, and the taps it passes."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

import kiosk.services.booking as booking_service
from content.languages import LANGUAGE_CODES
from content.municipality import FACILITY_KINDS
from content.phrasing import plain
from kiosk.services.booking.adapters.receipt import catalogue
from kiosk.services.booking.core.flow import Step
from kiosk.services.booking.core.ports import (
    AnswerLostError,
    BookingError,
    BookingRefusedError,
    PrintError,
)
from kiosk.services.booking.messages import KINDS, PEOPLE, TILE
from kiosk.services.booking.ui.qt_booking import QtBooking
from kiosk.shell.core.session import Change
from tests.kiosk.blocks.fakes import PIN
from tests.kiosk.services.booking.booking_fakes import HALL, MONDAY, TODAY, make_rig

TUESDAY = MONDAY + dt.timedelta(days=1)
MESSAGES = Path(booking_service.__file__).parent / "messages"


class FakeCore:
    """The session's core as the view-model listens to it."""

    def __init__(self) -> None:
        self.listeners = []

    def subscribe(self, listener) -> None:
        self.listeners.append(listener)


class FakeSession:
    """A session in one language (no catalogue installed: the words are the English sources)."""

    def __init__(self, language: str = "en") -> None:
        self.language = language
        self.core = FakeCore()


@pytest.fixture
def rig(qapp):
    return make_rig()


@pytest.fixture
def view(rig):
    return QtBooking(FakeSession(), rig.flow)


def to_week(rig, view):
    rig.flow.begin("en")
    view.chooseKind("kominkan")
    view.chooseDay(TUESDAY.isoformat())
    view.openPlace(HALL)
    assert view.step == "Week"


def identify(rig, view):
    rig.card.on_reader = True
    view.flow.card_inserted()
    assert view.step == "Pin"
    for digit in PIN:
        view.pressDigit(digit)
    assert view.pinLength == len(PIN)
    view.submitPin()
    rig.card.on_reader = False
    view.flow.card_removed()


def to_fee(rig, view):
    to_week(rig, view)
    view.tapCell("meeting-1", TUESDAY.isoformat(), "am")
    view.tapCell("meeting-1", TUESDAY.isoformat(), "pm")
    view.proceed()
    assert view.step == "InsertCard"
    identify(rig, view)
    assert view.step == "Fee"


def test_the_find_screen_offers_kinds_towns_days_and_sizes(rig, view):
    rig.flow.begin("en")
    assert view.step == "Find" and not view.busy
    assert [c["value"] for c in view.kindChips] == [
        "kominkan",
        "chiku_kaikan",
        "gymnasium",
        "ground",
    ]
    assert view.kindChips[0]["label"] == "Community centre" and not view.kindChips[0]["chosen"]
    assert [c["label"] for c in view.areaChips] == ["南町", "柳沢", "向台町"]
    assert view.dayChips[0] == {
        "value": TODAY.isoformat(),
        "label": "24 February 2027",
        "chosen": False,
    }
    assert len(view.dayChips) == 7
    assert view.sizeChips[0] == {"value": 5, "label": "5 people or more", "chosen": False}
    assert len(view.results) == 4
    view.chooseKind("kominkan")
    assert view.kind == "kominkan" and [r["facility"] for r in view.results] == [HALL]
    assert view.kindChips[0]["chosen"]
    assert view.results[0]["name"] and view.results[0]["rooms"]
    view.chooseKind("kominkan")  # the chosen chip again asks for any kind
    assert view.kind == "" and len(view.results) == 4
    view.chooseArea("南町")
    assert {r["area"] for r in view.results} == {"南町"}
    view.choosePeople(30)
    assert view.people == 30 and [c["chosen"] for c in view.sizeChips].count(True) == 1
    assert all(room["capacity"] >= 30 for r in view.results for room in r["rooms"])
    view.choosePeople(30)
    assert view.people == 0


def test_a_day_that_is_no_date_changes_nothing(rig, view):
    rig.flow.begin("en")
    view.chooseDay("not a day")
    assert view.day == ""
    view.chooseDay(TUESDAY.isoformat())
    assert view.day == TUESDAY.isoformat()
    view.chooseDay(TUESDAY.isoformat())
    assert view.day == ""


def test_the_week_grid_tells_every_state_by_mark_pattern_and_words(rig, view):
    to_week(rig, view)
    assert view.placeName and view.weekDays[0]["date"] == MONDAY.isoformat()
    assert view.weekDays[0]["weekday"] == "mon" and not view.weekDays[0]["past"]
    row = view.weekRows[0]
    assert row["unitName"] and row["divisionName"] and "–" in row["hours"]
    monday, tuesday = row["cells"][0], row["cells"][1]
    assert (monday["state"], monday["mark"], monday["pattern"]) == ("closed", "休", "crossed")
    assert monday["text"] == "Closed"
    assert (tuesday["mark"], tuesday["pattern"], tuesday["text"]) == ("○", "plain", "Free")
    assert view.asOf == "24 February 2027 10:00"  # 01:00 UTC is 10:00 in Japan
    assert not view.offline and view.canGoBackAWeek  # today is in the week before
    view.previousWeek()
    assert view.weekDays[0]["date"] == (MONDAY - dt.timedelta(days=7)).isoformat()
    assert view.weekDays[0]["past"] and not view.canGoBackAWeek
    view.nextWeek()
    assert view.weekDays[0]["date"] == MONDAY.isoformat()


def test_a_tap_picks_drops_or_says_why_and_the_choice_is_summed_up(rig, view):
    to_week(rig, view)
    view.tapCell("meeting-1", MONDAY.isoformat(), "am")
    assert not view.chosen and view.noticeText == "Closed"
    view.tapCell("meeting-1", "garbage", "am")  # ignored
    view.tapCell("meeting-1", TUESDAY.isoformat(), "am")
    assert view.chosen and view.canBook and not view.lottery and view.noticeText == ""
    assert "2 March 2027" in view.choiceText
    picked = [c["picked"] for r in view.weekRows if r["unit"] == "meeting-1" for c in r["cells"]]
    assert picked.count(True) == 1
    view.tapCell("meeting-1", TUESDAY.isoformat(), "am")
    assert not view.chosen and view.choiceText == ""


def test_offline_the_kept_week_says_so_and_booking_says_why_not(rig, view):
    rig.availability.fresh = False
    to_week(rig, view)
    assert view.offline and view.asOf
    view.tapCell("meeting-1", TUESDAY.isoformat(), "am")
    assert not view.canBook
    view.proceed()
    assert view.step == "Week" and "cannot be reached" in view.noticeText


def test_fee_pay_here_and_the_booking_done(rig, view):
    to_fee(rig, view)
    assert view.feeText == "4,200 yen" and not view.visitorFee
    view.book()
    assert view.step == "PayChoice" and view.booking["id"]
    view.payHere()
    assert view.step == "Payment" and view.methods == ["cash", "ic"]
    view.pay("ic")
    assert view.step == "Done" and view.method == "ic"
    done = view.booking
    assert done["state"] == "confirmed" and done["payment"] == "paid"
    assert done["fee"] == "4,200 yen" and done["active"]


def test_pay_at_the_counter(rig, view):
    to_fee(rig, view)
    view.book()
    view.payAtCounter()
    assert view.step == "Done" and view.booking["payment"] == "counter"
    assert view.booking["payBy"] == ""  # the gateway gave no deadline
    deadline = dt.datetime(2027, 2, 27, 8, 0, tzinfo=dt.UTC)
    rig.flow.booking = dataclasses.replace(rig.flow.booking, expires_at=deadline)
    assert view.booking["payBy"] == "27 February 2027 17:00"  # in Japan time, as printed


def test_my_bookings_and_cancel_state_the_refund(rig, view):
    to_fee(rig, view)
    view.book()
    view.payHere()
    view.pay("cash")
    booking_id = view.booking["id"]
    view.finish()
    rig.flow.begin("en")
    view.showMine()
    identify(rig, view)
    assert view.step == "Mine" and [b["id"] for b in view.mine] == [booking_id]
    view.askCancel(booking_id)
    assert view.step == "Cancel" and view.refundPercent == 50
    view.cancelBooking()
    assert view.step == "Cancelled"
    assert view.cancelling["refund"] == "4,200 yen" and not view.cancelling["active"]


def test_a_taken_slot_is_named_and_the_week_can_be_read_again(rig, view):
    to_fee(rig, view)
    slot = {"facility": HALL, "unit": "meeting-1", "date": TUESDAY.isoformat(), "division": "pm"}
    rig.booking.fail["book"] = [BookingRefusedError("booking.slot_taken", {"slot": slot})]
    rig.booking.by_key.clear()
    view.book()
    assert view.step == "Problem" and view.problem == "booking.slot_taken"
    assert "Someone else has just booked" in view.problemText
    assert "2 March 2027" in view.problemText
    assert view.canRefresh
    view.refresh()
    assert view.step == "Week"


def test_a_wrong_pin_is_worded(rig, view):
    to_week(rig, view)
    view.tapCell("meeting-1", TUESDAY.isoformat(), "am")
    view.proceed()
    rig.card.on_reader = True
    view.flow.card_inserted()
    for digit in "9999":
        view.pressDigit(digit)
    view.deleteDigit()
    assert view.pinLength == 3
    view.clearPin()
    assert view.pinLength == 0
    for digit in "9999":
        view.pressDigit(digit)
    view.submitPin()
    assert view.step == "Pin" and view.pinProblemText == "The PIN was not correct."
    assert view.triesLeft == 2


def test_a_lottery_wish_is_entered(rig, view):
    rig.availability.states[("hall", TUESDAY, "am")] = "lottery"
    to_week(rig, view)
    view.tapCell("hall", TUESDAY.isoformat(), "am")
    assert view.lottery and view.chosen
    view.proceed()
    identify(rig, view)
    assert view.step == "Wish"
    view.enterLottery()
    assert view.step == "Entered"


def test_nothing_kept_and_no_gateway_is_said_plainly(rig, view):
    rig.availability.error = BookingError("gateway.unreachable")
    rig.flow.begin("en")
    assert view.step == "Problem" and "cannot be reached" in view.problemText
    assert not view.canRefresh


def test_steps_and_language_changes_are_signalled(rig, view):
    steps, changes = [], []
    view.stepChanged.connect(lambda: steps.append(view.step))
    view.changed.connect(lambda: changes.append(1))
    rig.flow.begin("en")
    assert steps[-1] == "Find" and Step.FIND.value == "Find"
    before = len(changes)
    for listener in view._session.core.listeners:
        listener(Change.LANGUAGE)
    assert len(changes) == before + 1


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_the_tiles_words_are_in_every_language(language):
    words = catalogue()
    assert words.has(TILE.title, language) and words.has(TILE.description, language)


def test_every_kind_of_facility_has_its_words():
    assert set(KINDS) == set(FACILITY_KINDS)
    words = catalogue()
    for language in LANGUAGE_CODES:
        assert all(words.has(message, language) for message in KINDS.values()), language
        assert words.has(PEOPLE, language)


@pytest.fixture
def japanese(qapp):
    """The booking catalogue in Japanese, installed as the kiosk installs it."""
    translator = QTranslator()
    assert translator.load(str(MESSAGES / "booking_ja.qm"))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_in_japanese_the_chips_cells_and_problems_are_japanese(japanese, rig):
    view = QtBooking(FakeSession("ja"), rig.flow)
    rig.flow.begin("ja")
    assert plain(view.kindChips[0]["label"]) == "公民館"
    assert plain(view.sizeChips[0]["label"]) == "5人以上"
    assert view.dayChips[0]["label"] == "2027年2月24日"
    view.openPlace(HALL)
    cells = view.weekRows[0]["cells"]
    assert (cells[0]["mark"], plain(cells[0]["text"])) == ("休", "休館")
    view.tapCell("meeting-1", view.weekDays[0]["date"], "am")  # a day gone by
    assert view.noticeText and not any("a" <= ch <= "z" for ch in plain(view.noticeText))
    assert view.asOf == "2027年2月24日 10:00"


def test_a_lost_answer_is_said_and_tried_again_with_the_same_key(rig, view):
    to_fee(rig, view)
    rig.booking.fail["book"] = [AnswerLostError()]
    view.book()
    assert view.step == "Lost" and "you will not book twice" in view.problemText
    view.tryAgain()
    assert view.step == "PayChoice"
    keys = [c[1] for c in rig.booking.calls if c[0] == "book"]
    assert len(keys) == 2 and keys[0] == keys[1]


def test_giving_up_after_a_lost_answer_says_the_city_cannot_be_reached(rig, view):
    to_fee(rig, view)
    view.book()
    view.payHere()
    rig.booking.fail["confirm"] = [AnswerLostError()]
    view.pay("cash")
    assert view.step == "Lost"
    view.giveUp()
    assert view.step == "Problem" and "cannot be reached" in view.problemText


def test_a_receipt_not_printed_keeps_the_booking_number_on_screen(rig, view):
    to_fee(rig, view)
    rig.receipt.errors.append(PrintError("receipt.paper_out"))
    view.book()
    view.payAtCounter()
    assert view.step == "PrintProblem" and "out of paper" in view.problemText
    assert view.booking["id"] and view.booking["payment"] == "counter"
    view.skipReceipt()
    assert view.step == "Done"
