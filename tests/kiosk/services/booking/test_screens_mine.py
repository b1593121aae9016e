"""Booking's my bookings, cancelling and lottery screens on the fakes: worded, within reach."""

from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path

import pytest
from PySide6.QtGui import QFont, QFontMetrics

from content.config import MachikadoConfig
from content.languages import LANGUAGE_CODES
from content.phrasing import plain
from kiosk.services.booking.core.ports import Booking, Entry, Wish
from kiosk.shell.core.theme import MIN_TOUCH_MM
from kiosk.tour import click, find_item, is_shown
from tests.kiosk.screen_helpers import controls, english_sources, scene_top, texts
from tests.kiosk.services.booking.booking_fakes import HALL, enter_pin, make_rig
from tests.kiosk.services.booking.walk import booking_kiosk, open_booking

RAW_KEY = re.compile(r"[a-z_]+(\.[a-z_0-9]+)+")
RAW_STATES = {"provisional", "confirmed", "cancelled", "expired", "used", "no_show"}
JST = dt.timezone(dt.timedelta(hours=9))
SEPTEMBER_TUESDAY = dt.date(2027, 9, 7)  # its lottery (halls: six months ahead) is drawn 8 March

PROVISIONAL = Booking(
    "BK-P1Q2-R3S4",
    HALL,
    "hall",
    dt.date(2027, 3, 2),
    ("am",),
    "provisional",
    None,
    4200,
    expires_at=dt.datetime(2027, 2, 27, 17, 0, tzinfo=JST),
)
PAID = Booking(
    "BK-C5D6-E7F8", HALL, "meeting-1", dt.date(2027, 2, 28), ("pm",), "confirmed", "paid", 1800
)
LATE = Booking(
    "BK-L1M2-N3P4", HALL, "washitsu", dt.date(2027, 2, 26), ("night",), "confirmed", "paid", 900
)
CANCELLED = Booking(
    "BK-X9Y8-Z7W6",
    HALL,
    "meeting-2",
    dt.date(2027, 2, 20),
    ("am", "pm"),
    "cancelled",
    "paid",
    3600,
    refund_yen=3600,
)
WON = Booking(
    "BK-W1N2-A3B4",
    HALL,
    "hall",
    dt.date(2027, 8, 7),
    ("pm",),
    "confirmed",
    "counter",
    12000,
    expires_at=dt.datetime(2027, 7, 24, 17, 0, tzinfo=JST),
)
DRAWN = Entry(
    "E0100",
    HALL,
    "2027-08",
    "drawn",
    (
        Wish("hall", dt.date(2027, 8, 7), ("pm",), won=True),
        Wish("hall", dt.date(2027, 8, 14), ("pm",), won=False, waitlist_position=2),
        Wish("hall", dt.date(2027, 8, 21), ("am",), won=False),
    ),
)
WAITING = Entry(
    "E0101",
    HALL,
    "2027-09",
    "open",
    (Wish("hall", SEPTEMBER_TUESDAY, ("am",)),),
    draw_at=dt.datetime(2027, 3, 8, 0, 0, tzinfo=JST),
)


def review(kiosk, name: str) -> None:
    """Save the window as a PNG where a person asked to look (MACHIKADO_REVIEW_DIR)."""
    folder = os.environ.get("MACHIKADO_REVIEW_DIR")
    if folder:
        kiosk.window.grabWindow().save(str(Path(folder) / f"booking-{name}.png"))


@pytest.fixture
def rig():
    return make_rig()


def view(kiosk):
    return kiosk.view("booking")


def shown_text(kiosk) -> str:
    return "\n".join(plain(t) for t in texts(kiosk.window))


def identify(kiosk, rig, qtbot) -> None:
    """The card on the reader, its PIN, the card taken back."""
    rig.card.on_reader = True
    rig.flow.card_inserted()
    enter_pin(rig.flow)
    rig.card.on_reader = False
    rig.flow.card_removed()
    qtbot.wait(5)


def to_mine(make_kiosk, rig, qtbot, language="ja", *bookings, entries=()):
    """A kiosk in ``language`` on my bookings of a card holder with ``bookings`` and ``entries``."""
    rig.booking.bookings.update({b.id: b for b in bookings})
    rig.booking.entries.extend(entries)
    kiosk = booking_kiosk(make_kiosk, rig)
    open_booking(kiosk)
    kiosk.session.setLanguage(language)
    rig.flow.show_mine()
    identify(kiosk, rig, qtbot)
    assert view(kiosk).step == "Mine"
    return kiosk


def scroll_to(kiosk, qtbot, name: str) -> None:
    """Scroll my bookings until item ``name`` stands at the top, as a finger would."""
    listing = find_item(kiosk.window, "mineList")
    item = find_item(kiosk.window, name)
    top = item.mapToItem(listing.property("contentItem"), 0, 0).y()
    most = max(0.0, listing.property("contentHeight") - listing.height())
    listing.setProperty("contentY", min(most, top))
    qtbot.wait(20)


def plain_words(kiosk, language: str, label: str) -> None:
    """No raw key, no gateway state, and no English on a screen in another language."""
    shown = [plain(t) for t in texts(kiosk.window)]
    raw = [t for t in shown if RAW_KEY.fullmatch(t) or t in RAW_STATES]
    assert not raw, f"{language} {label}: raw keys {raw}"
    if language != "en":
        english = english_sources()
        left = [t for t in shown if t in english]
        assert not left, f"{language} {label}: English text {left}"


def test_mine_shows_each_booking_and_entry_in_words(make_kiosk, rig, qtbot):
    for language in ("ja", "en"):
        rig = make_rig()
        kiosk = to_mine(
            make_kiosk, rig, qtbot, language, PROVISIONAL, PAID, CANCELLED, entries=(WAITING,)
        )
        words = shown_text(kiosk)
        for booking in (PROVISIONAL, PAID, CANCELLED):
            assert booking.id in words
            assert is_shown(kiosk.window, f"bookingState_{booking.id}")
        assert is_shown(kiosk.window, f"cancel_{PROVISIONAL.id}")
        assert is_shown(kiosk.window, f"cancel_{PAID.id}")
        assert not is_shown(kiosk.window, f"cancel_{CANCELLED.id}")
        if language == "en":
            assert "Provisional booking (not paid yet)" in words
            assert "27 February 2027 17:00" in words  # the last day to pay, in Japan time
            assert "Booked and paid" in words and "Cancelled" in words
            assert "Refund: 3,600 yen" in words
            assert "2 March 2027 · Morning 09:00–12:00" in words  # from the rules: no week read
            assert "The draw is on 8 March 2027." in words
        else:
            assert "仮予約" in words and "2027年2月27日 17:00" in words
            assert "2027年3月8日" in words
        plain_words(kiosk, language, "Mine")
        review(kiosk, f"mine-{language}")
        assert kiosk.qml_warnings == []


def test_nothing_booked_is_said_plainly(make_kiosk, rig, qtbot):
    kiosk = to_mine(make_kiosk, rig, qtbot, "en")
    assert "You have no bookings and no lottery entries." in shown_text(kiosk)
    click(kiosk.window, "mineFinishButton")
    assert kiosk.session.screen == "Home" or not kiosk.session.inSession
    assert rig.flow.holder is None  # the visit's end wipes what the card showed
    assert kiosk.qml_warnings == []


def test_a_drawn_entry_shows_each_wishs_result(make_kiosk, qtbot):
    for language in ("ja", "en"):
        rig = make_rig()
        kiosk = to_mine(make_kiosk, rig, qtbot, language, WON, entries=(DRAWN, WAITING))
        words = shown_text(kiosk)
        won = find_item(kiosk.window, "wishResult_E0100_0")
        waiting = find_item(kiosk.window, "wishResult_E0100_1")
        lost = find_item(kiosk.window, "wishResult_E0100_2")
        assert not is_shown(kiosk.window, "entryDraw_E0100")
        assert is_shown(kiosk.window, "entryDraw_E0101")
        if language == "en":
            assert "Lottery for August 2027" in words
            assert plain(won.property("text")).startswith("Won.")
            assert "number 2 on the waiting list" in plain(waiting.property("text"))
            assert plain(lost.property("text")) == "Not won this time."
        else:
            assert "2027年8月" in words
        plain_words(kiosk, language, "Mine with results")
        scroll_to(kiosk, qtbot, "entry_E0100")
        review(kiosk, f"lottery-result-{language}")
        assert kiosk.qml_warnings == []


def test_mine_scrolls_in_large_text(make_kiosk, rig, qtbot):
    kiosk = to_mine(
        make_kiosk, rig, qtbot, "ja", PROVISIONAL, PAID, LATE, CANCELLED, entries=(DRAWN, WAITING)
    )
    kiosk.session.toggle("large_text")
    qtbot.wait(20)
    listing = find_item(kiosk.window, "mineList")
    assert listing.property("contentHeight") > listing.height()
    assert listing.property("interactive")
    minimum = MIN_TOUCH_MM * MachikadoConfig().kiosk.screen.px_per_mm - 0.5

    def large_enough(label: str) -> None:
        for item in controls(kiosk.window):
            name = item.objectName() or item.metaObject().className()
            assert item.width() >= minimum and item.height() >= minimum, f"{label}: {name}"

    large_enough("Mine")
    review(kiosk, "mine-large-ja")
    click(kiosk.window, f"cancel_{LATE.id}")
    large_enough("Cancel")
    review(kiosk, "cancel-large-ja")
    click(kiosk.window, "cancelBookingButton")
    large_enough("Cancelled")
    kiosk.session.toggle("large_text")
    assert kiosk.qml_warnings == []


def test_cancelling_a_paid_booking_states_the_refund(make_kiosk, qtbot):
    for language in ("ja", "en"):
        rig = make_rig()
        kiosk = to_mine(make_kiosk, rig, qtbot, language, PROVISIONAL, PAID)
        click(kiosk.window, f"cancel_{PAID.id}")
        assert view(kiosk).step == "Cancel"
        refund = plain(find_item(kiosk.window, "refundText").property("text"))
        assert not is_shown(kiosk.window, "penaltyNotice")  # four days before
        if language == "en":
            assert refund == "If you cancel now, 50 % of the fee is refunded: 900 yen."
        else:
            assert "50" in refund and "900円" in refund
        plain_words(kiosk, language, "Cancel")
        review(kiosk, f"cancel-{language}")
        click(kiosk.window, "keepButton")  # a clear way back: nothing is cancelled
        assert view(kiosk).step == "Mine" and ("cancel",) not in [c[:1] for c in rig.booking.calls]
        click(kiosk.window, f"cancel_{PAID.id}")
        click(kiosk.window, "cancelBookingButton")
        assert view(kiosk).step == "Cancelled"
        words = shown_text(kiosk)
        if language == "en":
            assert "Refund: 1,800 yen" in words  # as the gateway states it
            assert "counter" in plain(find_item(kiosk.window, "refundWhere").property("text"))
        else:
            assert "1,800円" in words
            review(kiosk, "cancelled-ja")
        plain_words(kiosk, language, "Cancelled")
        assert kiosk.qml_warnings == []


def test_a_late_cancellation_warns_of_penalty_points(make_kiosk, rig, qtbot):
    kiosk = to_mine(make_kiosk, rig, qtbot, "en", LATE)
    click(kiosk.window, f"cancel_{LATE.id}")
    notice = find_item(kiosk.window, "penaltyNotice")
    assert "Penalty points added: 1." in plain(notice.property("text"))
    assert "nothing is refunded" in plain(find_item(kiosk.window, "refundText").property("text"))
    assert kiosk.qml_warnings == []


def test_an_unpaid_booking_has_nothing_to_refund(make_kiosk, rig, qtbot):
    kiosk = to_mine(make_kiosk, rig, qtbot, "en", PROVISIONAL)
    click(kiosk.window, f"cancel_{PROVISIONAL.id}")
    refund = plain(find_item(kiosk.window, "refundText").property("text"))
    assert refund == "Nothing was paid for this booking, so there is nothing to refund."
    click(kiosk.window, "cancelBookingButton")
    assert "nothing to refund" in shown_text(kiosk)
    assert not is_shown(kiosk.window, "refundWhere")
    assert kiosk.qml_warnings == []


def test_a_lottery_cell_leads_to_the_wish_and_the_entry_sent(make_kiosk, qtbot):
    for language in ("ja", "en"):
        rig = make_rig()
        rig.availability.states[("hall", SEPTEMBER_TUESDAY, "am")] = "lottery"
        kiosk = booking_kiosk(make_kiosk, rig)
        open_booking(kiosk)
        kiosk.session.setLanguage(language)
        model = view(kiosk)
        model.chooseDay(SEPTEMBER_TUESDAY.isoformat())
        model.openPlace(HALL)
        assert model.step == "Week"
        model.tapCell("hall", SEPTEMBER_TUESDAY.isoformat(), "am")
        assert model.lottery
        model.proceed()
        identify(kiosk, rig, qtbot)
        assert model.step == "Wish"
        wish = plain(find_item(kiosk.window, "wishText").property("text"))
        draw = find_item(kiosk.window, "drawText")
        if language == "en":
            assert wish == "7 September 2027 · Morning 09:00–12:00"
            assert plain(draw.property("text")) == "The draw is on 8 March 2027."
        else:
            assert "2027年9月7日" in wish and "2027年3月8日" in plain(draw.property("text"))
            review(kiosk, "wish-ja")
        plain_words(kiosk, language, "Wish")
        click(kiosk.window, "enterLotteryButton")
        assert model.step == "Entered"
        assert [c[0] for c in rig.booking.calls].count("enter") == 1
        assert is_shown(kiosk.window, "enteredWish")
        assert is_shown(kiosk.window, "enteredMineButton")  # the result is seen there later
        plain_words(kiosk, language, "Entered")
        review(kiosk, f"entered-{language}")
        assert kiosk.qml_warnings == []


def every_language(kiosk, label: str) -> None:
    """The screen shown, in each of the kiosk's languages: worded, and every glyph in the font."""
    theme = kiosk.engine.singletonInstance("Kiosk", "App").property("theme")
    for code in LANGUAGE_CODES:
        kiosk.session.setLanguage(code)
        plain_words(kiosk, code, label)
        metrics = QFontMetrics(QFont(theme.fontFamily))
        for text in texts(kiosk.window):
            missing = {c for c in text if not c.isspace() and not metrics.inFontUcs4(ord(c))}
            assert not missing, f"{code} {label}: no glyph for {missing}"
    kiosk.session.setLanguage("ja")


def test_every_screen_of_mine_and_the_lottery_in_every_language(make_kiosk, rig, qtbot):
    kiosk = to_mine(
        make_kiosk, rig, qtbot, "ja", PROVISIONAL, PAID, CANCELLED, WON, entries=(DRAWN, WAITING)
    )
    every_language(kiosk, "Mine")
    click(kiosk.window, f"cancel_{PROVISIONAL.id}")
    every_language(kiosk, "Cancel")
    rig.runner.hold = True
    click(kiosk.window, "cancelBookingButton")
    assert view(kiosk).step == "Cancelling"
    every_language(kiosk, "Cancelling")
    rig.runner.release()
    assert view(kiosk).step == "Cancelled"
    every_language(kiosk, "Cancelled")
    kiosk.session.back()  # no way back from a cancellation done
    assert view(kiosk).step == "Cancelled"
    assert kiosk.qml_warnings == []


def test_the_lottery_screens_in_every_language(make_kiosk, rig, qtbot):
    rig.availability.states[("hall", SEPTEMBER_TUESDAY, "am")] = "lottery"
    kiosk = booking_kiosk(make_kiosk, rig)
    open_booking(kiosk)
    model = view(kiosk)
    model.chooseDay(SEPTEMBER_TUESDAY.isoformat())
    model.openPlace(HALL)
    model.tapCell("hall", SEPTEMBER_TUESDAY.isoformat(), "am")
    model.proceed()
    identify(kiosk, rig, qtbot)
    every_language(kiosk, "Wish")
    rig.runner.hold = True
    click(kiosk.window, "enterLotteryButton")
    assert model.step == "Entering"
    every_language(kiosk, "Entering")
    rig.runner.release()
    assert model.step == "Entered"
    every_language(kiosk, "Entered")
    assert kiosk.qml_warnings == []


def test_back_from_mine_and_cancel(make_kiosk, rig, qtbot):
    kiosk = to_mine(make_kiosk, rig, qtbot, "en", PAID)
    click(kiosk.window, f"cancel_{PAID.id}")
    click(kiosk.window, "backButton")  # the frame's Back is Keep it too
    assert view(kiosk).step == "Mine"
    click(kiosk.window, "backButton")
    assert view(kiosk).step == "Find" and rig.flow.holder is None
    assert kiosk.qml_warnings == []


def test_what_the_screens_read_from_the_view_model(make_kiosk, rig, qtbot):
    late_unpaid = Booking(
        "BK-U1V2-W3X4", HALL, "hall", dt.date(2027, 2, 25), ("am",), "provisional", None, 4200
    )
    kiosk = to_mine(make_kiosk, rig, qtbot, "en", late_unpaid, PAID, CANCELLED, entries=(DRAWN,))
    model = view(kiosk)
    assert [b["id"] for b in model.mine] == [late_unpaid.id, PAID.id, CANCELLED.id]
    assert model.mine[1]["times"] == "Afternoon 13:00–17:00"
    assert model.mine[1]["room"] == "Meeting Room 1"
    months = {}
    for code in LANGUAGE_CODES:
        kiosk.session.setLanguage(code)
        months[code] = model.entries[0]["monthText"]
    assert months["ja"] == "2027年8月" and months["en"] == "August 2027"
    assert months["ko"] == "2027년 8월" and months["pt-BR"] == "08/2027"
    kiosk.session.setLanguage("en")
    assert model.entries[0]["wishes"][0]["confirmBy"] == ""  # the last day to confirm is past
    model.askCancel(late_unpaid.id)
    assert model.refundPercent == -1 and model.refundText == ""
    assert model.penaltyPoints == 0  # only a confirmed booking counts late-cancellation points
    kiosk.session.back()
    model.askCancel(CANCELLED.id)
    assert model.step == "Mine"  # a cancelled booking cannot be cancelled again
    assert kiosk.qml_warnings == []


def test_every_button_is_within_reach_in_low_reach_mode(make_kiosk, rig, qtbot):
    kiosk = to_mine(make_kiosk, rig, qtbot, "ja", PROVISIONAL, PAID, entries=(WAITING,))
    kiosk.session.toggle("low_reach")
    qtbot.wait(20)
    reach_top = kiosk.engine.singletonInstance("Kiosk", "App").property("theme").reachTop
    for label in ("Mine", "Cancel"):
        for item in controls(kiosk.window):
            name = item.objectName() or item.metaObject().className()
            assert scene_top(item) >= reach_top, f"{label}: {name} out of reach"
        if label == "Mine":
            click(kiosk.window, f"cancel_{PAID.id}")
    kiosk.session.toggle("low_reach")
    assert kiosk.qml_warnings == []
