"""Booking's screens from the card to the booking made: PIN, fee, paying, receipt and done."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from content.config import MachikadoConfig
from content.languages import LANGUAGE_CODES
from content.phrasing import plain
from kiosk.services.booking.core.flow import Step
from kiosk.services.booking.core.ports import AnswerLostError, BookingRefusedError, PrintError
from kiosk.shell.core.theme import MIN_TOUCH_MM
from kiosk.tour import click, find_item, is_shown
from tests.kiosk.blocks.fakes import PIN
from tests.kiosk.screen_helpers import controls, english_sources, scene_top, texts
from tests.kiosk.services.booking.booking_fakes import HALL, MONDAY, make_rig
from tests.kiosk.services.booking.walk import booking_kiosk, open_booking

RAW_KEY = re.compile(r"[a-z_]+(\.[a-z_0-9]+)+")
TUESDAY = MONDAY + dt.timedelta(days=1)


def review(kiosk, name: str) -> None:
    """Save the window as a PNG where a person asked to look (MACHIKADO_REVIEW_DIR)."""
    folder = os.environ.get("MACHIKADO_REVIEW_DIR")
    if folder:
        kiosk.window.grabWindow().save(str(Path(folder) / f"booking-{name}.png"))


@pytest.fixture
def rig():
    return make_rig()


@pytest.fixture
def kiosk(make_kiosk, rig):
    built = booking_kiosk(make_kiosk, rig)
    yield built
    # A closed kiosk leaves its last language's catalogues installed in the application: end
    # in English, whose words are the sources, so that later tests read what they expect.
    built.session.setLanguage("en")


def view(kiosk):
    return kiosk.view("booking")


def shown_text(kiosk) -> str:
    return "\n".join(plain(t) for t in texts(kiosk.window))


def text_of(kiosk, name: str) -> str:
    return plain(str(find_item(kiosk.window, name).property("text")))


def no_raw_keys(kiosk) -> None:
    raw = [t for t in texts(kiosk.window) if RAW_KEY.fullmatch(t)]
    assert not raw, raw


def to_card(kiosk, rig, qtbot, language: str = "ja") -> None:
    """Booking opened in ``language``, the morning and afternoon of a Tuesday picked."""
    kiosk.session.start()
    kiosk.session.setLanguage(language)
    open_booking(kiosk)
    model = view(kiosk)
    model.chooseKind("kominkan")
    model.chooseDay(TUESDAY.isoformat())
    model.openPlace(HALL)
    model.tapCell("meeting-1", TUESDAY.isoformat(), "am")
    model.tapCell("meeting-1", TUESDAY.isoformat(), "pm")
    model.proceed()
    qtbot.wait(20)
    assert rig.flow.step is Step.INSERT_CARD


def type_pin(kiosk, qtbot, pin: str) -> None:
    for digit in pin:
        click(kiosk.window, f"key_{digit}")
    click(kiosk.window, "key_confirm")
    qtbot.wait(20)


def card_in(rig) -> None:
    rig.card.on_reader = True
    rig.flow.card_inserted()


def card_out(rig) -> None:
    rig.card.on_reader = False
    rig.flow.card_removed()


def to_fee(kiosk, rig, qtbot, language: str = "ja") -> None:
    to_card(kiosk, rig, qtbot, language)
    card_in(rig)
    type_pin(kiosk, qtbot, PIN)
    assert rig.flow.step is Step.REMOVE_CARD
    card_out(rig)
    qtbot.wait(20)
    assert rig.flow.step is Step.FEE


def to_pay_choice(kiosk, rig, qtbot, language: str = "ja") -> None:
    to_fee(kiosk, rig, qtbot, language)
    click(kiosk.window, "bookButton")
    qtbot.wait(20)
    assert rig.flow.step is Step.PAY_CHOICE


@pytest.mark.parametrize("language", ["ja", "en"])
def test_card_pin_fee_and_paying_here(kiosk, rig, qtbot, language):
    to_card(kiosk, rig, qtbot, language)
    assert is_shown(kiosk.window, "insertCardGuide")
    assert not is_shown(kiosk.window, "cardProblem")
    if language == "en":
        assert "Nothing is paid yet" in text_of(kiosk, "cardPurpose")
    review(kiosk, f"card-{language}")

    card_in(rig)
    qtbot.wait(20)
    assert rig.flow.step is Step.PIN and is_shown(kiosk.window, "keypad")
    assert not is_shown(kiosk.window, "triesLeft")
    type_pin(kiosk, qtbot, "1111")
    assert rig.flow.step is Step.PIN
    assert is_shown(kiosk.window, "triesLeft")
    assert "2" in text_of(kiosk, "triesLeft")
    if language == "en":
        assert "Tries left: 2" in text_of(kiosk, "triesLeft")
    review(kiosk, f"pin-{language}")
    assert "1111" not in shown_text(kiosk)

    type_pin(kiosk, qtbot, PIN)
    assert rig.flow.step is Step.REMOVE_CARD and is_shown(kiosk.window, "removeCardGuide")
    card_out(rig)
    qtbot.wait(20)
    assert rig.flow.step is Step.FEE
    assert text_of(kiosk, "feeAmount") == plain(view(kiosk).feeText)
    assert text_of(kiosk, "feeChoice") and not is_shown(kiosk.window, "visitorFee")
    if language == "en":
        assert text_of(kiosk, "cancelRule") == (
            "If you cancel: 7 days or more before, 100% back;"
            " 3 days or more before, 50% back; later, nothing back."
        )
    no_raw_keys(kiosk)
    review(kiosk, f"fee-{language}")

    click(kiosk.window, "bookButton")
    qtbot.wait(20)
    assert rig.flow.step is Step.PAY_CHOICE
    assert is_shown(kiosk.window, "payHereButton") and is_shown(kiosk.window, "payCounterButton")
    if language == "ja":
        review(kiosk, "paychoice-ja")

    click(kiosk.window, "payHereButton")
    qtbot.wait(20)
    assert rig.flow.step is Step.PAYMENT
    assert is_shown(kiosk.window, "pay_cash") and is_shown(kiosk.window, "pay_ic")
    assert "4,200" in text_of(kiosk, "amountDue")
    if language == "ja":
        review(kiosk, "payment-methods-ja")
    rig.runner.hold = True  # the unit waits for the money
    click(kiosk.window, "pay_ic")
    qtbot.wait(20)
    assert view(kiosk).paying and is_shown(kiosk.window, "paymentGuide")
    assert is_shown(kiosk.window, "cancelPaymentButton")
    no_raw_keys(kiosk)
    if language == "ja":
        review(kiosk, "payment-ja")
    rig.runner.hold = False
    rig.runner.release()
    qtbot.wait(20)

    assert rig.flow.step is Step.DONE
    number = rig.flow.booking.id
    assert text_of(kiosk, "bookingNumber") == number
    assert is_shown(kiosk.window, "doneGuide")
    assert is_shown(kiosk.window, "doneFinishButton")
    if language == "en":
        assert text_of(kiosk, "donePayment") == "Paid: 4,200 yen"
        assert "take your receipt" in text_of(kiosk, "receiptText")
    no_raw_keys(kiosk)
    review(kiosk, f"done-{language}")
    assert rig.receipt.printed and rig.receipt.printed[0].booking.id == number
    assert kiosk.qml_warnings == []


def test_paying_at_the_counter_shows_the_number_large(kiosk, rig, qtbot):
    to_pay_choice(kiosk, rig, qtbot, "ja")
    click(kiosk.window, "payCounterButton")
    qtbot.wait(20)
    assert rig.flow.step is Step.DONE and rig.flow.booking.payment == "counter"
    assert text_of(kiosk, "bookingNumber") == rig.flow.booking.id
    assert "窓口" in text_of(kiosk, "donePayment")
    assert not rig.payment.references  # nothing was asked of the payment unit
    kiosk.session.toggle("large_text")
    qtbot.wait(50)
    review(kiosk, "done-large-ja")
    number = find_item(kiosk.window, "bookingNumber")
    assert number.property("truncated") is False
    assert kiosk.qml_warnings == []


def test_paying_by_cash_shows_the_sums_and_the_change(kiosk, rig, qtbot):
    to_pay_choice(kiosk, rig, qtbot, "en")
    click(kiosk.window, "payHereButton")
    rig.runner.hold = True
    click(kiosk.window, "pay_cash")
    qtbot.wait(20)
    assert text_of(kiosk, "amountDuePaying") == "4,200 yen"
    assert text_of(kiosk, "amountOwed") == "4,200 yen"
    rig.runner.hold = False
    rig.runner.release()
    qtbot.wait(20)
    assert rig.flow.step is Step.DONE
    assert is_shown(kiosk.window, "changeNotice")
    assert kiosk.qml_warnings == []


def test_back_from_paying_here_to_the_counter(kiosk, rig, qtbot):
    to_pay_choice(kiosk, rig, qtbot, "en")
    click(kiosk.window, "payHereButton")
    qtbot.wait(20)
    assert rig.flow.step is Step.PAYMENT and kiosk.session.canGoBack
    kiosk.session.back()
    qtbot.wait(20)
    assert rig.flow.step is Step.PAY_CHOICE
    click(kiosk.window, "payCounterButton")
    qtbot.wait(20)
    assert rig.flow.step is Step.DONE and rig.flow.booking.payment == "counter"
    assert kiosk.qml_warnings == []


def test_without_a_payment_unit_only_the_counter_is_offered(kiosk, rig, qtbot):
    rig.payment.available = []
    to_pay_choice(kiosk, rig, qtbot, "en")
    click(kiosk.window, "payHereButton")
    qtbot.wait(20)
    assert rig.flow.step is Step.PAY_CHOICE
    assert is_shown(kiosk.window, "payHereUnavailable")
    assert not is_shown(kiosk.window, "payHereButton")
    assert is_shown(kiosk.window, "payCounterButton")
    assert kiosk.qml_warnings == []


def test_a_card_pulled_out_at_the_pin_asks_for_it_again(kiosk, rig, qtbot):
    to_card(kiosk, rig, qtbot, "en")
    card_in(rig)
    click(kiosk.window, "key_4")
    card_out(rig)
    qtbot.wait(20)
    assert rig.flow.step is Step.INSERT_CARD
    assert is_shown(kiosk.window, "cardProblem")
    assert "taken out too early" in text_of(kiosk, "cardProblem")
    card_in(rig)
    qtbot.wait(20)
    assert rig.flow.step is Step.PIN and view(kiosk).pinLength == 0
    assert kiosk.qml_warnings == []


def test_a_card_put_back_after_the_pin_is_reminded(kiosk, rig, qtbot):
    to_fee(kiosk, rig, qtbot, "en")
    assert not is_shown(kiosk.window, "cardReminder")
    card_in(rig)
    qtbot.wait(20)
    assert is_shown(kiosk.window, "cardReminder")
    card_out(rig)
    qtbot.wait(20)
    assert not is_shown(kiosk.window, "cardReminder")
    assert kiosk.qml_warnings == []


def test_a_lost_answer_then_try_again_gives_the_same_booking(kiosk, rig, qtbot):
    rig.booking.fail = {"confirm": [AnswerLostError()]}
    to_pay_choice(kiosk, rig, qtbot, "ja")
    held = rig.flow.booking.id
    click(kiosk.window, "payCounterButton")
    qtbot.wait(20)
    assert rig.flow.step is Step.LOST
    assert is_shown(kiosk.window, "tryAgainButton") and is_shown(kiosk.window, "giveUpButton")
    assert not kiosk.session.canGoBack
    no_raw_keys(kiosk)
    review(kiosk, "lost-ja")
    click(kiosk.window, "tryAgainButton")
    qtbot.wait(20)
    assert rig.flow.step is Step.DONE
    assert rig.flow.booking.id == held and list(rig.booking.bookings) == [held]
    confirms = [call for call in rig.booking.calls if call[0] == "confirm"]
    assert len(confirms) == 2 and confirms[0][1] == confirms[1][1]  # the same key
    assert text_of(kiosk, "bookingNumber") == held
    assert kiosk.qml_warnings == []


def test_a_lost_booking_answer_then_try_again_books_once(kiosk, rig, qtbot):
    rig.booking.fail = {"book": [AnswerLostError()]}
    to_fee(kiosk, rig, qtbot, "en")
    click(kiosk.window, "bookButton")
    qtbot.wait(20)
    assert rig.flow.step is Step.LOST
    click(kiosk.window, "tryAgainButton")
    qtbot.wait(20)
    assert rig.flow.step is Step.PAY_CHOICE and len(rig.booking.bookings) == 1
    assert kiosk.qml_warnings == []


def test_giving_up_after_a_lost_answer_says_so(kiosk, rig, qtbot):
    rig.booking.fail = {"confirm": [AnswerLostError()]}
    to_pay_choice(kiosk, rig, qtbot, "en")
    click(kiosk.window, "payCounterButton")
    qtbot.wait(20)
    click(kiosk.window, "giveUpButton")
    qtbot.wait(20)
    assert rig.flow.step is Step.PROBLEM
    assert kiosk.qml_warnings == []


def test_a_printer_problem_offers_print_again_or_going_on(kiosk, rig, qtbot):
    rig.receipt.errors = [PrintError("receipt.paper_out"), PrintError("receipt.paper_out")]
    to_pay_choice(kiosk, rig, qtbot, "ja")
    click(kiosk.window, "payCounterButton")
    qtbot.wait(20)
    assert rig.flow.step is Step.PRINT_PROBLEM
    number = rig.flow.booking.id
    assert text_of(kiosk, "bookingNumber") == number
    assert is_shown(kiosk.window, "printAgainButton")
    no_raw_keys(kiosk)
    review(kiosk, "printproblem-ja")
    click(kiosk.window, "printAgainButton")
    qtbot.wait(20)
    assert rig.flow.step is Step.PRINT_PROBLEM  # still out of paper
    click(kiosk.window, "skipReceiptButton")
    qtbot.wait(20)
    assert rig.flow.step is Step.DONE and not rig.receipt.printed
    assert text_of(kiosk, "bookingNumber") == number
    assert not view(kiosk).receiptPrinted and not is_shown(kiosk.window, "doneGuide")
    assert is_shown(kiosk.window, "noReceiptText") and not is_shown(kiosk.window, "receiptText")
    assert kiosk.qml_warnings == []


def test_a_receipt_printed_on_the_second_try_is_said_to_be_printed(kiosk, rig, qtbot):
    rig.receipt.errors = [PrintError("receipt.paper_out")]
    to_pay_choice(kiosk, rig, qtbot, "en")
    click(kiosk.window, "payCounterButton")
    qtbot.wait(20)
    click(kiosk.window, "printAgainButton")
    qtbot.wait(20)
    assert rig.flow.step is Step.DONE and rig.receipt.printed
    assert view(kiosk).receiptPrinted and is_shown(kiosk.window, "doneGuide")
    assert kiosk.qml_warnings == []


def test_the_counter_deadline_is_shown_before_and_after_choosing(kiosk, rig, qtbot):
    book = rig.booking.book
    deadline = dt.datetime(2027, 2, 27, 8, 0, tzinfo=dt.UTC)  # 17:00 in Japan

    def book_with_deadline(*args):
        made = dataclasses.replace(book(*args), expires_at=deadline)
        rig.booking.bookings[made.id] = made  # the gateway keeps the deadline when confirming
        return made

    rig.booking.book = book_with_deadline
    to_pay_choice(kiosk, rig, qtbot, "en")
    assert "27 February 2027 17:00" in shown_text(kiosk)
    click(kiosk.window, "payCounterButton")
    qtbot.wait(20)
    assert rig.flow.step is Step.DONE
    assert text_of(kiosk, "donePayment") == (
        "Please pay 4,200 yen at the facility's counter by 27 February 2027 17:00."
    )
    assert kiosk.qml_warnings == []


def test_a_visitor_is_told_why_the_fee_is_higher(kiosk, rig, qtbot):
    rig.booking.resident = False
    to_fee(kiosk, rig, qtbot, "en")
    assert view(kiosk).visitorFee and is_shown(kiosk.window, "visitorFee")
    assert "do not live in the city" in text_of(kiosk, "visitorFee")
    assert kiosk.qml_warnings == []


def test_a_changed_fee_is_shown_with_a_notice_before_booking_again(kiosk, rig, qtbot):
    fee = {"base_yen": 4200, "resident_percent": 100, "total_yen": 4800}
    rig.booking.fail = {"book": [BookingRefusedError("booking.fee_changed", {"fee": fee})]}
    to_fee(kiosk, rig, qtbot, "en")
    assert not is_shown(kiosk.window, "feeChanged")
    click(kiosk.window, "bookButton")
    qtbot.wait(20)
    assert rig.flow.step is Step.FEE
    assert is_shown(kiosk.window, "feeChanged") and "fee has changed" in text_of(
        kiosk, "feeChanged"
    )
    assert text_of(kiosk, "feeAmount") == "4,800 yen"
    click(kiosk.window, "bookButton")
    qtbot.wait(20)
    assert rig.flow.step is Step.PAY_CHOICE
    assert kiosk.qml_warnings == []


def test_the_pin_by_touch_and_keyboard_is_never_spoken_nor_shown(kiosk, rig, qtbot):
    rig.card.pin = "9685"
    said: list[str] = []
    speech = kiosk.engine.singletonInstance("Kiosk", "App").property("speech")
    speech.spoken.connect(said.append)
    kiosk.session.start()
    kiosk.session.toggle("speech")
    to_card(kiosk, rig, qtbot, "ja")
    card_in(rig)
    assert rig.flow.step is Step.PIN
    qtbot.wait(50)  # the PIN page is announced (its words name the 4 digits)
    said.clear()
    click(kiosk.window, "key_9")
    click(kiosk.window, "key_6")
    kiosk.window.requestActivate()
    QTest.keyClick(kiosk.window, Qt.Key.Key_8)
    QTest.keyClick(kiosk.window, Qt.Key.Key_5)
    assert view(kiosk).pinLength == 4
    assert "9685" not in shown_text(kiosk).replace("\n", "")
    click(kiosk.window, "key_confirm")
    assert rig.flow.step is Step.REMOVE_CARD
    qtbot.waitUntil(lambda: any("カードをお取りください" in s for s in said), timeout=10_000)
    assert not set("9685") & set(" ".join(said)), said
    meta = view(kiosk).metaObject()
    names = [meta.property(i).name() for i in range(meta.propertyOffset(), meta.propertyCount())]
    assert "9685" not in " ".join(str(view(kiosk).property(n)) for n in names)


# Every step this part of booking shows, walked once with the runner holding each job so that
# the waiting pages are seen too; a lost answer and a printer out of paper on the way.
STEPS = {
    "InsertCard",
    "ReadingCard",
    "Pin",
    "CheckingPin",
    "RemoveCard",
    "Checking",
    "Fee",
    "Booking",
    "PayChoice",
    "Payment",
    "Confirming",
    "Lost",
    "Printing",
    "PrintProblem",
    "Done",
}


def advance(rig, step: Step) -> None:
    """Run the held jobs one by one until the flow reaches ``step``."""
    while rig.flow.step is not step and rig.runner.pending:
        rig.runner.release()
    assert rig.flow.step is step, rig.flow.step


def walk_steps(kiosk, rig, qtbot):
    """Yield the label of each step of the way from the card to the booking made."""
    rig.booking.fail = {"confirm": [AnswerLostError()]}
    rig.receipt.errors = [PrintError("receipt.paper_out")]
    to_card(kiosk, rig, qtbot, "ja")
    yield "InsertCard"
    rig.runner.hold = True
    card_in(rig)
    yield "ReadingCard"
    advance(rig, Step.PIN)
    yield "Pin"
    type_pin(kiosk, qtbot, "1111")
    advance(rig, Step.PIN)
    yield "Pin-wrong"
    type_pin(kiosk, qtbot, PIN)
    yield "CheckingPin"
    advance(rig, Step.REMOVE_CARD)
    yield "RemoveCard"
    card_out(rig)
    yield "Checking"
    advance(rig, Step.FEE)
    yield "Fee"
    click(kiosk.window, "bookButton")
    yield "Booking"
    advance(rig, Step.PAY_CHOICE)
    yield "PayChoice"
    click(kiosk.window, "payHereButton")
    advance(rig, Step.PAYMENT)
    rig.runner.release()  # the unit's methods
    yield "Payment"
    click(kiosk.window, "pay_cash")
    yield "Payment-paying"
    advance(rig, Step.CONFIRMING)
    yield "Confirming"
    advance(rig, Step.LOST)
    yield "Lost"
    click(kiosk.window, "tryAgainButton")
    advance(rig, Step.PRINTING)
    yield "Printing"
    advance(rig, Step.PRINT_PROBLEM)
    yield "PrintProblem"
    click(kiosk.window, "printAgainButton")
    advance(rig, Step.DONE)
    yield "Done"
    rig.runner.hold = False


def test_every_step_in_every_language(kiosk, rig, qtbot):
    english = english_sources() - {"Suica", "PASMO", "nanaco", "WAON"}
    seen = set()
    for label in walk_steps(kiosk, rig, qtbot):
        qtbot.wait(5)
        assert rig.flow.step.value == label.split("-")[0]
        seen.add(rig.flow.step.value)
        for code in LANGUAGE_CODES:
            kiosk.session.setLanguage(code)
            shown = texts(kiosk.window)
            raw = [t for t in shown if RAW_KEY.fullmatch(t)]
            assert not raw, f"{code} {label}: a message key shown as it is: {raw}"
            if code != "en":
                left = [t for t in shown if t in english]
                assert not left, f"{code} {label}: English text {left}"
        kiosk.session.setLanguage("ja")
    assert seen == STEPS
    assert kiosk.qml_warnings == []


@pytest.mark.parametrize("mode", ["large_text", "high_contrast", "low_reach"])
def test_every_step_in_every_mode_is_within_reach_and_large_enough(kiosk, rig, qtbot, mode):
    minimum = MIN_TOUCH_MM * MachikadoConfig().kiosk.screen.px_per_mm - 0.5
    kiosk.session.start()
    kiosk.session.toggle(mode)
    checked = 0
    for label in walk_steps(kiosk, rig, qtbot):
        qtbot.wait(5)
        reach_top = kiosk.engine.singletonInstance("Kiosk", "App").property("theme").reachTop
        for item in controls(kiosk.window):
            name = item.objectName() or item.metaObject().className()
            assert item.width() >= minimum and item.height() >= minimum, (
                f"{mode} {label}: {name} is {item.width():.0f}×{item.height():.0f} px"
            )
            assert scene_top(item) >= reach_top, f"{mode} {label}: {name} out of reach"
            checked += 1
        if mode == "large_text":
            review(kiosk, f"large-{label.lower()}-ja")
    assert checked > 50
    assert kiosk.qml_warnings == []


def test_nobody_leaves_while_money_or_an_answer_is_at_stake(kiosk, rig, qtbot):
    held = {"Payment-paying", "Confirming", "Lost", "Booking"}
    for label in walk_steps(kiosk, rig, qtbot):
        qtbot.wait(5)
        if label in held:
            assert not kiosk.session.canLeave, label
            assert not find_item(kiosk.window, "homeButton").isEnabled(), label
            kiosk.session.home()
            assert kiosk.session.screen == "booking", label
        elif label in ("Fee", "PayChoice", "Done"):
            assert kiosk.session.canLeave, label
    assert kiosk.qml_warnings == []
