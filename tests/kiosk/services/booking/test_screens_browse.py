"""Booking's browsing screens: finding a facility, its week grid, waiting and problems."""

from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path

import pytest
from PySide6.QtTest import QTest

from content.config import MachikadoConfig
from content.languages import LANGUAGE_CODES
from content.phrasing import plain
from kiosk.services.booking import messages
from kiosk.services.booking.core.flow import Step
from kiosk.services.booking.core.ports import BookingRefusedError
from kiosk.shell.core.theme import MIN_TOUCH_MM
from kiosk.shell.ui.wording import tr
from kiosk.tour import click, find_item, is_shown
from tests.kiosk.screen_helpers import controls, english_sources, scene_top, texts
from tests.kiosk.services.booking.booking_fakes import HALL, MONDAY, TODAY, make_rig
from tests.kiosk.services.booking.walk import booking_kiosk, open_booking

RAW_KEY = re.compile(r"[a-z_]+(\.[a-z_0-9]+)+")
THURSDAY = TODAY + dt.timedelta(days=1)
FRIDAY = TODAY + dt.timedelta(days=2)
LANGUAGES = ("ja", "en")
STATES = {
    ("hall", THURSDAY, "pm"): "taken",
    ("hall", FRIDAY, "am"): "lottery",
    ("hall", FRIDAY, "pm"): "counter_only",
    ("hall", THURSDAY, "night"): "city",
    ("hall", FRIDAY, "night"): "not_open",
}


def review(kiosk, name: str) -> None:
    """Save the window as a PNG where a person asked to look (MACHIKADO_REVIEW_DIR)."""
    folder = os.environ.get("MACHIKADO_REVIEW_DIR")
    if folder:
        QTest.qWait(50)  # the cells' patterns are painted a frame after they are laid out
        kiosk.window.grabWindow().save(str(Path(folder) / f"booking-{name}.png"))


@pytest.fixture
def rig():
    found = make_rig()
    found.availability.states = dict(STATES)
    return found


@pytest.fixture
def kiosk(make_kiosk, rig):
    return booking_kiosk(make_kiosk, rig)


def start(kiosk, rig, qtbot, language: str = "ja") -> None:
    """Booking opened in ``language``, on its find page."""
    kiosk.session.start()
    kiosk.session.setLanguage(language)
    open_booking(kiosk)
    assert rig.flow.step is Step.FIND, rig.flow.step
    qtbot.waitUntil(lambda: is_shown(kiosk.window, "findResults"))
    qtbot.wait(50)


def to_week(kiosk, rig, qtbot, language: str = "ja") -> None:
    """The week of the community centre, this week (today is a Wednesday)."""
    start(kiosk, rig, qtbot, language)
    click(kiosk.window, f"place_{HALL}")
    qtbot.waitUntil(lambda: is_shown(kiosk.window, "weekGrid"))
    assert rig.flow.step is Step.WEEK


def text_of(kiosk, name: str) -> str:
    return plain(str(find_item(kiosk.window, name).property("text")))


def frame_words(kiosk) -> tuple[str, str]:
    screen = find_item(kiosk.window, "bookingScreen")
    return plain(screen.property("title")), plain(screen.property("instructions"))


def cell(kiosk, unit: str, day: dt.date, division: str):
    return find_item(kiosk.window, f"cell_{unit}_{day.isoformat()}_{division}")


def tap(kiosk, qtbot, unit: str, day: dt.date, division: str) -> None:
    """Scroll the grid until the cell is in view, then tap it as a finger would."""
    item = cell(kiosk, unit, day, division)
    body = find_item(kiosk.window, "weekBody")
    top = item.mapToItem(body.property("contentItem"), 0, 0).y()
    most = max(0.0, body.property("contentHeight") - body.height())
    body.setProperty("contentY", min(most, max(0.0, top - body.height() / 3)))
    qtbot.wait(20)
    click(kiosk.window, item.objectName())
    qtbot.wait(20)


def words_shown(kiosk) -> list[str]:
    return [plain(t) for t in texts(kiosk.window)]


def check_words(kiosk, language: str, label: str) -> None:
    """No message key and, but in English, no English on the screen."""
    shown = words_shown(kiosk)
    raw = [t for t in shown if RAW_KEY.fullmatch(t)]
    assert not raw, f"{language} {label}: message keys shown: {raw}"
    if language != "en":
        english = {plain(s) for s in english_sources()}
        left = [t for t in shown if t in english and not t.isdigit()]
        assert not left, f"{language} {label}: English text {left}"


def check_targets(kiosk, label: str) -> int:
    """Every control on screen is at least MIN_TOUCH_MM on each side; how many there are."""
    minimum = MIN_TOUCH_MM * MachikadoConfig().kiosk.screen.px_per_mm - 0.5
    found = controls(kiosk.window)
    for item in found:
        name = item.objectName() or item.metaObject().className()
        assert item.width() >= minimum and item.height() >= minimum, (
            f"{label}: {name} is {item.width():.0f}×{item.height():.0f} px"
        )
    return len(found)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_find_page_shows_the_chips_and_the_facilities_found(kiosk, rig, qtbot, language):
    start(kiosk, rig, qtbot, language)
    view = kiosk.view("booking")
    title, instructions = frame_words(kiosk)
    assert title and instructions
    for group, chips in (
        ("kind", view.kindChips),
        ("area", view.areaChips),
        ("day", view.dayChips),
        ("size", view.sizeChips),
    ):
        assert chips, group
        for chip in chips:
            assert is_shown(kiosk.window, f"chip_{group}_{chip['value']}"), (group, chip)
    for place in view.results:
        assert is_shown(kiosk.window, f"place_{place['facility']}")
    assert len(view.results) == 4
    assert is_shown(kiosk.window, "mineButton") and not is_shown(kiosk.window, "findNone")
    assert not is_shown(kiosk.window, "findOffline")
    review(kiosk, f"find-{language}")
    check_words(kiosk, language, "Find")
    assert check_targets(kiosk, f"{language} Find") > 20
    assert kiosk.qml_warnings == []


def test_choosing_a_chip_filters_and_no_match_says_what_to_do(kiosk, rig, qtbot):
    start(kiosk, rig, qtbot, "ja")
    click(kiosk.window, "chip_kind_gymnasium")
    qtbot.wait(20)
    assert rig.flow.wanted.kind == "gymnasium"
    assert is_shown(kiosk.window, "place_sogo-taiikukan")
    assert not is_shown(kiosk.window, f"place_{HALL}")
    assert "✓" in text_of(kiosk, "chip_kind_gymnasium")
    click(kiosk.window, "chip_kind_gymnasium")  # the chosen chip again: any kind
    qtbot.wait(20)
    assert rig.flow.wanted.kind == "" and is_shown(kiosk.window, f"place_{HALL}")
    click(kiosk.window, "chip_size_50")
    qtbot.wait(20)
    assert not is_shown(kiosk.window, "place_hanamizuki-ground")  # tennis courts for 8
    assert is_shown(kiosk.window, f"place_{HALL}")
    click(kiosk.window, "chip_area_柳沢")
    qtbot.wait(20)
    click(kiosk.window, "chip_kind_ground")
    qtbot.wait(20)
    assert rig.flow.results == ()
    assert is_shown(kiosk.window, "findNone")
    assert text_of(kiosk, "findNone")
    assert kiosk.qml_warnings == []


def test_the_day_chips_name_the_weekday(kiosk, rig, qtbot):
    start(kiosk, rig, qtbot, "ja")
    assert text_of(kiosk, f"chip_day_{TODAY.isoformat()}") == "2月24日（水）"
    kiosk.session.setLanguage("en")
    qtbot.wait(20)
    assert text_of(kiosk, f"chip_day_{TODAY.isoformat()}") == "Wed 24 Feb"
    tuesday = MONDAY + dt.timedelta(days=1)  # the community centre is closed on Mondays
    click(kiosk.window, f"chip_day_{tuesday.isoformat()}")
    qtbot.wait(20)
    assert rig.flow.wanted.day == tuesday
    click(kiosk.window, f"place_{HALL}")
    qtbot.waitUntil(lambda: is_shown(kiosk.window, "weekGrid"))
    assert kiosk.view("booking").weekDays[0]["date"] == MONDAY.isoformat()


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_week_grid_tells_each_state_by_mark_pattern_and_words(kiosk, rig, qtbot, language):
    to_week(kiosk, rig, qtbot, language)
    view = kiosk.view("booking")
    assert frame_words(kiosk)[0] == plain(view.placeName)
    assert view.asOf and plain(view.asOf) in text_of(kiosk, "weekAsOf")
    expected = {
        "free": ("○", "plain", "booking.cell.free"),
        "taken": ("×", "hatched", "booking.cell.taken"),
        "lottery": ("抽", "dotted", "booking.cell.lottery"),
        "counter_only": ("窓", "striped", "booking.cell.counter_only"),
        "city": ("×", "hatched", "booking.cell.city"),
        "not_open": ("－", "blank", "booking.cell.not_open"),
    }
    checks = [("hall", THURSDAY, "am", "free"), *((u, d, v, s) for (u, d, v), s in STATES.items())]
    for unit, day, division, state in checks:
        item = cell(kiosk, unit, day, division)
        mark, pattern, key = expected[state]
        assert item.property("cellState") == state
        assert item.property("mark") == mark and item.property("pattern") == pattern
        words = plain(tr(messages.CELLS[key]))
        assert plain(item.property("words")) == words
        spoken = plain(item.property("Accessible.name") or "")
        name = plain(str(item.property("text")))
        assert words in plain(str(item.property("detail"))), (state, spoken)
        assert view.weekDays[day.weekday()]["label"] in name
    # Days gone by are greyed and say so; the legend explains every mark shown.
    past = cell(kiosk, "hall", TODAY - dt.timedelta(days=1), "am")
    assert past.property("past")
    legend = {entry["state"] for entry in view.legend}
    assert legend >= set(expected) - {"not_open"} | {"closed"}
    for state in legend:
        assert is_shown(kiosk.window, f"legend_{state}")
    assert is_shown(kiosk.window, "legend_picked")
    assert not find_item(kiosk.window, "proceedButton").property("enabled")
    assert not find_item(kiosk.window, "previousWeekButton").property("enabled")
    review(kiosk, f"week-{language}")
    check_words(kiosk, language, "Week")
    assert check_targets(kiosk, f"{language} Week") > 40
    assert kiosk.qml_warnings == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_tapping_free_cells_picks_them_and_offers_to_book(kiosk, rig, qtbot, language):
    to_week(kiosk, rig, qtbot, language)
    tap(kiosk, qtbot, "hall", THURSDAY, "am")
    tap(kiosk, qtbot, "hall", TODAY, "night")  # another day: a new choice
    tap(kiosk, qtbot, "hall", TODAY, "pm")
    choice = rig.flow.choice
    assert choice is not None and choice.date == TODAY and choice.divisions == ("pm", "night")
    assert cell(kiosk, "hall", TODAY, "pm").property("picked")
    assert not cell(kiosk, "hall", THURSDAY, "am").property("picked")
    view = kiosk.view("booking")
    assert plain(view.choiceText) in text_of(kiosk, "weekChoice")
    button = find_item(kiosk.window, "proceedButton")
    assert button.property("enabled") and button.property("primary")
    primaries = [i for i in controls(kiosk.window) if i.property("primary")]
    assert [p.objectName() for p in primaries] == ["proceedButton"]
    if language == "ja":
        review(kiosk, "week-picked-ja")
    # A lottery cell makes a wish: the one action says so.
    tap(kiosk, qtbot, "hall", FRIDAY, "am")
    assert rig.flow.choice.lottery
    assert view.lottery and button.property("enabled")
    expected = "Enter the lottery" if language == "en" else "抽選に申し込む"
    assert plain(str(button.property("text"))) == expected
    assert kiosk.qml_warnings == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_tapping_a_taken_cell_says_why_nothing_happened(kiosk, rig, qtbot, language):
    to_week(kiosk, rig, qtbot, language)
    assert not is_shown(kiosk.window, "weekNotice")
    tap(kiosk, qtbot, "hall", THURSDAY, "pm")
    assert rig.flow.choice is None
    assert is_shown(kiosk.window, "weekNotice")
    assert text_of(kiosk, "weekNotice") == plain(tr(messages.CELLS["booking.cell.taken"]))
    tap(kiosk, qtbot, "hall", TODAY - dt.timedelta(days=1), "am")  # a day gone by
    assert text_of(kiosk, "weekNotice") == plain(tr(messages.CELLS["booking.cell.past"]))
    assert kiosk.qml_warnings == []


def test_the_week_after_and_the_week_before(kiosk, rig, qtbot):
    to_week(kiosk, rig, qtbot, "en")
    assert not find_item(kiosk.window, "previousWeekButton").property("enabled")
    click(kiosk.window, "nextWeekButton")
    qtbot.waitUntil(lambda: is_shown(kiosk.window, f"day_{MONDAY.isoformat()}"))
    assert find_item(kiosk.window, "previousWeekButton").property("enabled")
    assert not is_shown(kiosk.window, f"day_{TODAY.isoformat()}")
    click(kiosk.window, "previousWeekButton")
    qtbot.waitUntil(lambda: is_shown(kiosk.window, f"day_{TODAY.isoformat()}"))
    assert rig.availability.weeks[-1] == (HALL, MONDAY - dt.timedelta(days=7))
    assert kiosk.qml_warnings == []


def test_the_kept_copy_can_be_browsed_but_booking_says_it_needs_the_network(kiosk, rig, qtbot):
    rig.availability.fresh = False
    start(kiosk, rig, qtbot, "ja")
    assert is_shown(kiosk.window, "findOffline")
    assert plain(kiosk.view("booking").directoryAsOf) in text_of(kiosk, "findOffline")
    review(kiosk, "find-offline-ja")
    click(kiosk.window, f"place_{HALL}")
    qtbot.waitUntil(lambda: is_shown(kiosk.window, "weekGrid"))
    assert is_shown(kiosk.window, "weekOffline") and is_shown(kiosk.window, "weekAsOf")
    tap(kiosk, qtbot, "hall", THURSDAY, "am")
    assert rig.flow.choice is not None
    assert not find_item(kiosk.window, "proceedButton").property("enabled")
    rig.flow.proceed()  # a booking asked for all the same is refused in plain words
    qtbot.wait(20)
    assert rig.flow.step is Step.WEEK
    assert rig.flow.notice == "booking.offline"
    assert is_shown(kiosk.window, "weekOffline")  # said once, not twice
    assert not is_shown(kiosk.window, "weekNotice")
    tap(kiosk, qtbot, "hall", THURSDAY, "pm")  # other taps are still answered
    assert text_of(kiosk, "weekNotice") == plain(tr(messages.CELLS["booking.cell.taken"]))
    assert rig.flow.choice is not None
    review(kiosk, "week-offline-ja")
    check_words(kiosk, "ja", "offline Week")
    assert kiosk.qml_warnings == []


def test_large_text_still_fits_on_the_find_page_and_the_grid(kiosk, rig, qtbot):
    kiosk.session.start()
    kiosk.session.toggle("large_text")
    start(kiosk, rig, qtbot, "ja")
    review(kiosk, "find-large-ja")
    check_targets(kiosk, "large Find")
    click(kiosk.window, f"place_{HALL}")
    qtbot.waitUntil(lambda: is_shown(kiosk.window, "weekGrid"))
    tap(kiosk, qtbot, "hall", THURSDAY, "am")
    review(kiosk, "week-large-ja")
    assert check_targets(kiosk, "large Week") > 20
    body = find_item(kiosk.window, "weekBody")
    assert body.property("interactive")  # the rows scroll under the days, which stay put
    header = find_item(kiosk.window, "weekHeader")
    before = header.mapToScene(header.boundingRect().topLeft()).y()
    body.setProperty("contentY", body.property("contentHeight") - body.height())
    qtbot.wait(20)
    assert header.mapToScene(header.boundingRect().topLeft()).y() == before
    assert kiosk.qml_warnings == []


def test_the_loading_page_says_what_is_read(kiosk, rig, qtbot):
    start(kiosk, rig, qtbot, "ja")
    rig.runner.hold = True
    click(kiosk.window, f"place_{HALL}")
    qtbot.waitUntil(lambda: rig.flow.step is Step.LOADING)
    qtbot.wait(20)
    title, instructions = frame_words(kiosk)
    assert title == plain(kiosk.view("booking").placeName) and instructions
    review(kiosk, "loading-ja")
    rig.runner.hold = False
    rig.runner.release()
    qtbot.waitUntil(lambda: is_shown(kiosk.window, "weekGrid"))
    assert kiosk.qml_warnings == []


def slot_taken(rig) -> None:
    """The gateway says someone else booked the first division picked, meanwhile."""
    choice = rig.flow.choice
    slot = {"unit": choice.unit, "date": choice.date.isoformat(), "division": choice.divisions[0]}
    rig.availability.states[(choice.unit, choice.date, choice.divisions[0])] = "taken"
    rig.flow._fail(BookingRefusedError("booking.slot_taken", {"slot": slot}), Step.WEEK)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_time_taken_meanwhile_can_be_looked_at_again(kiosk, rig, qtbot, language):
    to_week(kiosk, rig, qtbot, language)
    tap(kiosk, qtbot, "hall", TODAY, "am")
    tap(kiosk, qtbot, "hall", TODAY, "night")
    slot_taken(rig)
    qtbot.waitUntil(lambda: is_shown(kiosk.window, "refreshButton"))
    title, instructions = frame_words(kiosk)
    assert title and instructions == plain(kiosk.view("booking").problemText)
    assert ("ホール" if language == "ja" else "Hall") in instructions
    refresh = find_item(kiosk.window, "refreshButton")
    assert refresh.property("primary")
    assert not find_item(kiosk.window, "problemFinishButton").property("primary")
    if language == "ja":
        review(kiosk, "problem-ja")
    check_words(kiosk, language, "Problem")
    check_targets(kiosk, f"{language} Problem")
    click(kiosk.window, "refreshButton")
    qtbot.waitUntil(lambda: is_shown(kiosk.window, "weekGrid"))
    assert rig.flow.choice is not None and rig.flow.choice.divisions == ("night",)
    assert cell(kiosk, "hall", TODAY, "am").property("cellState") == "taken"
    assert cell(kiosk, "hall", TODAY, "night").property("picked")
    assert kiosk.qml_warnings == []


@pytest.mark.parametrize(
    "key",
    ["gateway.unreachable", "card.pin_blocked", "booking.quota_reached", "payment.jammed", "oops"],
)
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_problem_reads_well_and_offers_a_way_on(kiosk, rig, qtbot, language, key):
    to_week(kiosk, rig, qtbot, language)
    detail = {"quota": {"scope": "month", "cap": 4}} if key == "booking.quota_reached" else {}
    rig.flow._fail(BookingRefusedError(key, detail), Step.WEEK)
    qtbot.waitUntil(lambda: is_shown(kiosk.window, "problemFinishButton"))
    title, instructions = frame_words(kiosk)
    assert title and instructions and "%1" not in instructions
    assert not RAW_KEY.fullmatch(instructions)
    assert not is_shown(kiosk.window, "refreshButton")
    assert find_item(kiosk.window, "problemFinishButton").property("primary")
    check_words(kiosk, language, f"Problem {key}")
    if language == "ja" and key == "gateway.unreachable":
        review(kiosk, "problem-unreachable-ja")
    assert kiosk.session.canGoBack
    kiosk.session.back()
    qtbot.waitUntil(lambda: is_shown(kiosk.window, "weekGrid"))
    assert kiosk.qml_warnings == []


def test_every_language_words_the_find_page_and_the_grid(kiosk, rig, qtbot):
    start(kiosk, rig, qtbot, "ja")
    click(kiosk.window, f"place_{HALL}")
    qtbot.waitUntil(lambda: is_shown(kiosk.window, "weekGrid"))
    tap(kiosk, qtbot, "hall", THURSDAY, "am")
    for code in LANGUAGE_CODES:
        kiosk.session.setLanguage(code)
        qtbot.wait(20)
        check_words(kiosk, code, "Week")
        if code == "ja-easy":
            review(kiosk, "week-ja-easy")
    kiosk.session.back()
    qtbot.waitUntil(lambda: is_shown(kiosk.window, "findResults"))
    for code in LANGUAGE_CODES:
        kiosk.session.setLanguage(code)
        qtbot.wait(20)
        check_words(kiosk, code, "Find")
    assert kiosk.qml_warnings == []


def test_low_reach_keeps_every_control_within_reach(kiosk, rig, qtbot):
    kiosk.session.start()
    kiosk.session.toggle("low_reach")
    start(kiosk, rig, qtbot, "ja")
    reach = kiosk.engine.singletonInstance("Kiosk", "App").property("theme").reachTop
    assert reach > 0
    for label in ("Find", "Week"):
        if label == "Week":
            click(kiosk.window, f"place_{HALL}")
            qtbot.waitUntil(lambda: is_shown(kiosk.window, "weekGrid"))
        high = [i.objectName() for i in controls(kiosk.window) if scene_top(i) < reach]
        assert not high, f"{label}: out of reach {high}"
        check_targets(kiosk, f"low reach {label}")
    assert kiosk.qml_warnings == []


def test_the_view_model_gives_the_grid_short_days_today_and_the_rooms_names(kiosk, rig, qtbot):
    to_week(kiosk, rig, qtbot, "en")
    view = kiosk.view("booking")
    days = view.weekDays
    assert [d["short"] for d in days[:3]] == ["22 Feb", "23 Feb", "24 Feb"]
    assert [d["today"] for d in days].count(True) == 1 and days[2]["today"]
    first = view.weekRows[0]
    assert first["unitName"] == "Hall" and first["capacity"] == 200 and first["firstOfUnit"]
    assert not view.weekRows[1]["firstOfUnit"] and first["named"]
    assert view.legend[0]["state"] == "free"
    assert {e["state"] for e in view.legend} == {"free", "closed", *STATES.values()}
    assert not view.directoryOffline and view.directoryAsOf == "24 February 2027 10:00"
    kiosk.session.setLanguage("ja")
    assert view.weekDays[2]["short"] == "2月24日"


def test_a_tap_on_the_grid_is_answered_aloud_in_speech_mode(kiosk, rig, qtbot):
    said: list[str] = []
    speech = kiosk.engine.singletonInstance("Kiosk", "App").property("speech")
    speech.spoken.connect(said.append)
    kiosk.session.start()
    kiosk.session.toggle("speech")
    to_week(kiosk, rig, qtbot, "en")
    said.clear()
    tap(kiosk, qtbot, "hall", THURSDAY, "pm")
    assert said and plain(said[-1]) == "Taken"
    tap(kiosk, qtbot, "hall", THURSDAY, "am")
    assert plain(said[-1]).startswith("Your choice: Hall")
    assert kiosk.qml_warnings == []
