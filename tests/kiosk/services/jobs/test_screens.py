"""The job search screens: words, category buttons, chips with counts, pages, listing, slip."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtQml import QQmlEngine, QQmlExpression

from content.config import MachikadoConfig
from content.languages import LANGUAGE_CODES
from content.phrasing import plain
from devices.live import LiveDevice
from devices.receipt.errors import PrinterUnavailableError
from kiosk.services.jobs.core.flow import MAX_CHOSEN, PrintState, Step
from kiosk.services.jobs.ui import sheet
from kiosk.shell.core.theme import MIN_TOUCH_MM
from kiosk.shell.ui.wording import tr
from kiosk.tour import click, find_item, is_shown
from tests.kiosk.screen_helpers import controls, english_sources, scene_top, texts
from tests.kiosk.services.jobs.walk import jobs_flow, jobs_kiosk, make_index, open_jobs
from tests.rigs import receipt_rig  # noqa: F401

RAW_KEY = re.compile(r"[a-z_]+(\.[a-z_0-9]+)+")


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    found = make_index(tmp_path_factory.mktemp("jobs"))
    yield found
    found.close()


@pytest.fixture
def printer(receipt_rig):  # noqa: F811
    return receipt_rig()


@pytest.fixture
def rig(make_kiosk, index, printer):
    """A kiosk on the job search, its flow and the receipt emulator it prints on."""
    device, emulator = printer
    flow = jobs_flow(index, device)
    kiosk = jobs_kiosk(make_kiosk, flow)
    return kiosk, flow, emulator


def review(kiosk, name: str) -> None:
    """Save the window as a PNG where a person asked to look (MACHIKADO_REVIEW_DIR)."""
    folder = os.environ.get("MACHIKADO_REVIEW_DIR")
    if folder:
        kiosk.window.grabWindow().save(str(Path(folder) / f"jobs-{name}.png"))


def view(kiosk):
    return kiosk.view("jobs")


def group(kiosk, facet: str) -> dict | None:
    return next((g for g in view(kiosk).filterGroups if g["facet"] == facet), None)


def scroll_to(kiosk, qtbot, name: str) -> None:
    """Scroll the page that holds item ``name`` until the item is in view, as a finger would."""
    item = find_item(kiosk.window, name)
    flick = item.parentItem()
    while flick is not None and flick.property("contentY") is None:
        flick = flick.parentItem()
    if flick is None:
        return
    top = item.mapToItem(flick.property("contentItem"), 0, 0).y()
    most = max(0.0, flick.property("contentHeight") - flick.height())
    flick.setProperty("contentY", min(most, max(0.0, top - flick.height() / 3)))
    qtbot.wait(20)


def sheet_value(facet: str, key: str) -> str:
    return sheet.value(tr, facet, key)


def chip_values(kiosk, facet: str) -> dict[str, int]:
    return {
        c["value"]: c["count"]
        for g in view(kiosk).filterGroups
        if g["facet"] == facet
        for c in g["chips"]
    }


def test_search_by_words_shows_the_count_and_cards(rig, qtbot):
    kiosk, flow, _ = rig
    open_jobs(kiosk)
    review(kiosk, "search")
    field = find_item(kiosk.window, "jobWords")
    field.setProperty("text", "介護")
    click(kiosk.window, "jobSearchButton")
    assert flow.step is Step.RESULTS and flow.query.words == "介護"
    total = flow.results.total
    assert total > 0
    assert f"{total:,}" in find_item(kiosk.window, "jobTotal").property("text")
    first = flow.results.items[0]
    assert is_shown(kiosk.window, f"job_{first.kyujin_no}")
    review(kiosk, "results")
    assert kiosk.qml_warnings == []


def keyboard_js(kiosk, code: str) -> object:
    """Evaluate ``code`` in the on-screen keyboard's QML context (its InputContext)."""
    keyboard = find_item(kiosk.window, "keyboard")
    expression = QQmlExpression(QQmlEngine.contextForObject(keyboard), keyboard, code)
    value = expression.evaluate()
    assert not expression.hasError(), expression.error().toString()
    return value[0] if isinstance(value, tuple) else value


def press(kiosk, qtbot, key: str, text: str) -> None:
    """Touch one key of the on-screen keyboard."""
    keyboard_js(kiosk, f"InputContext.inputEngine.virtualKeyClick(Qt.{key}, '{text}', 0)")
    qtbot.wait(20)


def test_japanese_typed_on_the_on_screen_keyboard_is_converted_and_searched(rig, qtbot):
    """The keyboard's Japanese input method (OpenWnn): かいご, converted to 介護, searched."""
    kiosk, flow, _ = rig
    open_jobs(kiosk)
    click(kiosk.window, "jobWords")
    qtbot.waitUntil(lambda: is_shown(kiosk.window, "keyboard"))
    assert keyboard_js(kiosk, "InputContext.locale") == "ja_JP"
    # The keyboard loads its Japanese input method once its layout for the locale is up.
    qtbot.waitUntil(
        lambda: "OpenWnn" in str(keyboard_js(kiosk, "String(InputContext.inputEngine.inputMethod)"))
    )
    for letter in "kaigo":
        press(kiosk, qtbot, f"Key_{letter.upper()}", letter)
    assert keyboard_js(kiosk, "InputContext.preeditText") == "かいご"
    review(kiosk, "keyboard")
    press(kiosk, qtbot, "Key_Space", " ")  # convert
    assert keyboard_js(kiosk, "InputContext.preeditText") == "介護"
    press(kiosk, qtbot, "Key_Return", "\\n")  # take the conversion
    assert find_item(kiosk.window, "jobWords").property("text") == "介護"
    press(kiosk, qtbot, "Key_Return", "\\n")  # search
    assert flow.step is Step.RESULTS and flow.query.words == "介護"
    assert flow.results.total > 0


def test_a_category_button_offers_its_sub_categories_with_the_counts_they_find(rig, qtbot):
    kiosk, flow, _ = rig
    open_jobs(kiosk)
    categories = view(kiosk).categories
    assert categories.rowCount() > 0
    rows = categories.rows
    assert all(count > 0 for _key, count in rows)  # a button that finds nothing is not offered
    key, count = max(rows, key=lambda r: r[1])
    click(kiosk.window, f"category_{key}")
    assert flow.step is Step.CATEGORY and flow.group == key
    subs = view(kiosk).subcategories.rows
    assert subs[0] == (key, count)  # all of the group first
    assert len(subs) > 2 and all(n > 0 for _k, n in subs)
    title = plain(find_item(kiosk.window, "jobScreen").property("title"))
    assert title == plain(sheet_value("category", key))
    review(kiosk, "subcategories")
    kiosk.session.setLanguage("en")
    assert "All jobs in" in " ".join(texts(kiosk.window))
    review(kiosk, "subcategories-en")
    kiosk.session.setLanguage("ja")
    sub, sub_count = subs[1]
    click(kiosk.window, f"subcategory_{sub}")
    assert flow.step is Step.RESULTS and flow.query.category == sub
    assert flow.results.total == sub_count
    assert plain(find_item(kiosk.window, f"active_category_{sub}").property("text")).startswith(
        plain(sheet_value("category", sub))
    )
    kiosk.session.back()
    assert flow.step is Step.CATEGORY
    click(kiosk.window, f"subcategory_{key}")
    assert flow.query.category == key and flow.results.total == count
    assert kiosk.qml_warnings == []


def test_the_filter_screen_offers_a_group_then_its_sub_categories(rig, qtbot):
    kiosk, flow, _ = rig
    open_jobs(kiosk)
    flow.search_words("")
    click(kiosk.window, "filtersButton")
    tops = {c["value"]: c["count"] for c in group(kiosk, "category")["chips"]}
    assert tops and all(n > 0 for n in tops.values())
    assert group(kiosk, "subcategory") is None
    key = max(tops, key=tops.get)
    scroll_to(kiosk, qtbot, f"filter_category_{key}")
    click(kiosk.window, f"filter_category_{key}")
    assert flow.query.category == key and flow.results.total == tops[key]
    subs = group(kiosk, "subcategory")
    assert subs is not None and subs["chips"][0]["value"] == key and subs["chips"][0]["chosen"]
    offered = {c["value"]: c["count"] for c in subs["chips"][1:]}
    assert offered and all(n > 0 for n in offered.values())
    sub = max(offered, key=offered.get)
    scroll_to(kiosk, qtbot, f"filter_subcategory_{sub}")
    review(kiosk, "filters-category")
    click(kiosk.window, f"filter_subcategory_{sub}")
    assert flow.query.category == sub and flow.results.total == offered[sub]
    assert find_item(kiosk.window, f"filter_category_{key}").property("checked")
    scroll_to(kiosk, qtbot, f"filter_category_{key}")
    click(kiosk.window, f"filter_category_{key}")  # the group's chip takes the choice off
    assert flow.query.category is None and group(kiosk, "subcategory") is None
    assert kiosk.qml_warnings == []


def test_the_age_is_typed_on_a_pad_that_shows_the_count_first(rig, qtbot):
    kiosk, flow, _ = rig
    said: list[str] = []
    kiosk.engine.singletonInstance("Kiosk", "App").property("speech").spoken.connect(said.append)
    kiosk.session.start()
    kiosk.session.toggle("speech")
    open_jobs(kiosk)
    flow.search_words("")
    click(kiosk.window, "filtersButton")
    assert plain(find_item(kiosk.window, "filter_age_enter").property("text")).startswith("年齢")
    scroll_to(kiosk, qtbot, "filter_age_enter")
    click(kiosk.window, "filter_age_enter")
    assert flow.step is Step.AGE
    assert not find_item(kiosk.window, "applyAge").isEnabled()
    for digit in "62":
        click(kiosk.window, f"ageKey_{digit}")
    count = flow.age_count
    assert count and count < flow.results.total
    preview = plain(find_item(kiosk.window, "agePreview").property("text"))
    assert "62" in preview and f"{count:,}" in preview
    qtbot.waitUntil(lambda: any(f"{count:,}" in s for s in said), timeout=5_000)
    assert plain(find_item(kiosk.window, "ageEntryText").property("text")) == "62歳"
    assert find_item(kiosk.window, "applyAge").isEnabled()
    review(kiosk, "age")
    kiosk.session.setLanguage("en")
    assert plain(find_item(kiosk.window, "agePreview").property("text")) == (
        f"Jobs open to age 62: {count:,}"
    )
    review(kiosk, "age-en")
    kiosk.session.setLanguage("ja")
    click(kiosk.window, "applyAge")
    assert flow.step is Step.FILTERS and flow.query.age == 62 and flow.results.total == count
    scroll_to(kiosk, qtbot, "filter_age_62")
    chip = find_item(kiosk.window, "filter_age_62")
    assert chip.property("checked") and f"{count:,}" in plain(chip.property("text"))
    review(kiosk, "filters-age")
    kiosk.session.setLanguage("en")
    review(kiosk, "filters-age-en")
    kiosk.session.setLanguage("ja")
    click(kiosk.window, "showResults")
    assert plain(find_item(kiosk.window, "active_age_62").property("text")).startswith("62歳")
    review(kiosk, "results-age")
    click(kiosk.window, "active_age_62")
    assert flow.query.age is None
    assert kiosk.qml_warnings == []


def test_an_age_out_of_range_is_said_on_the_pad_and_cannot_be_used(rig, qtbot):
    kiosk, flow, _ = rig
    open_jobs(kiosk)
    flow.search_words("")
    flow.show_results()
    flow.show_filters()
    scroll_to(kiosk, qtbot, "filter_age_enter")
    click(kiosk.window, "filter_age_enter")
    for digit in "12":
        click(kiosk.window, f"ageKey_{digit}")
    preview = plain(find_item(kiosk.window, "agePreview").property("text"))
    assert preview == "15歳から99歳までの年齢を入れてください。"
    assert not find_item(kiosk.window, "applyAge").isEnabled()
    review(kiosk, "age-out-of-range")
    assert view(kiosk).ageKey(0x01000004, "")  # Enter on a keyboard says it too
    assert flow.problem == "jobs.age_out_of_range" and flow.query.age is None
    assert is_shown(kiosk.window, "jobProblem")
    click(kiosk.window, "ageKey_clear")
    assert flow.age_entry == "" and not is_shown(kiosk.window, "jobProblem")
    assert kiosk.qml_warnings == []


def test_chips_offer_only_values_that_find_something_and_change_the_counts(rig, qtbot):
    kiosk, flow, _ = rig
    open_jobs(kiosk)
    flow.search_words("")
    click(kiosk.window, "filtersButton")
    assert flow.step is Step.FILTERS
    review(kiosk, "filters")
    employment = chip_values(kiosk, "employment")
    assert employment and all(n > 0 for n in employment.values())
    value, count = max(employment.items(), key=lambda kv: kv[1])
    before = chip_values(kiosk, "job_class")
    scroll_to(kiosk, qtbot, f"filter_employment_{value}")
    click(kiosk.window, f"filter_employment_{value}")
    assert flow.results.total == count
    after = chip_values(kiosk, "job_class")
    assert after != before
    for facet in ("city", "job_class", "shift", "tag"):  # a chip that finds nothing is not offered
        offered = {v: n for v, n in flow.results.facets[facet].items() if n > 0}
        assert chip_values(kiosk, facet) == offered, facet
    assert 0 in flow.results.facets["tag"].values()  # so some were left out
    assert find_item(kiosk.window, f"filter_employment_{value}").property("checked")
    click(kiosk.window, "showResults")
    assert flow.step is Step.RESULTS
    assert is_shown(kiosk.window, f"active_employment_{value}")
    click(kiosk.window, f"active_employment_{value}")  # the chip takes the filter off again
    assert not flow.query.employment


def test_a_railway_line_and_a_station_narrow_the_search(rig, qtbot):
    kiosk, flow, _ = rig
    open_jobs(kiosk)
    flow.search_words("")
    click(kiosk.window, "filtersButton")
    for facet in ("line", "station"):
        offered = {v: n for v, n in flow.results.facets[facet].items() if n > 0}
        assert offered and chip_values(kiosk, facet) == offered, facet
    station, count = max(chip_values(kiosk, "station").items(), key=lambda kv: kv[1])
    assert view(kiosk).toggleFilter("station", station)
    assert flow.results.total == count and flow.query.stations == {station}
    assert all(item.station == station for item in flow.results.items)
    chip = find_item(kiosk.window, f"filter_station_{station}")
    assert chip.property("checked")
    flick = chip.parentItem()
    while flick is not None and flick.property("contentY") is None:
        flick = flick.parentItem()
    if flick is not None:  # scrolled down to the lines and stations, for a person to look at
        flick.setProperty("contentY", max(0.0, flick.property("contentHeight") - flick.height()))
        qtbot.wait(50)
    review(kiosk, "filters-stations")


def test_pages_turn_with_large_buttons_and_say_where_they_are(rig, qtbot):
    kiosk, flow, _ = rig
    open_jobs(kiosk)
    flow.search_words("")
    pages = flow.results.pages
    assert pages > 2
    assert plain(find_item(kiosk.window, "pageText").property("text")) == f"1 / {pages} ページ"
    assert not find_item(kiosk.window, "previousPage").isEnabled()
    click(kiosk.window, "nextPage")
    assert flow.results.page == 1
    kiosk.session.setLanguage("en")
    assert plain(find_item(kiosk.window, "pageText").property("text")) == f"Page 2 of {pages}"
    click(kiosk.window, "previousPage")
    assert flow.results.page == 0


def test_a_listing_reads_like_a_kyujinhyo_and_goes_on_the_slip(rig, qtbot):
    kiosk, flow, _ = rig
    open_jobs(kiosk)
    flow.search_words("")
    public = next(i for i in flow.results.items if i.employer_name)
    click(kiosk.window, f"job_{public.kyujin_no}")
    assert flow.step is Step.DETAIL
    fields = {f["key"]: f for f in view(kiosk).fields}
    assert plain(fields["kyujin_no"]["value"]) == public.kyujin_no
    assert plain(fields["employer"]["label"]) == "事業所名"
    assert plain(fields["employer"]["value"]) == public.employer_name
    review(kiosk, "detail")
    kiosk.session.setLanguage("en")
    fields = {f["key"]: f for f in view(kiosk).fields}
    assert fields["employer"]["label"] == "Employer"
    assert "yen a" in plain(fields["wage"]["value"])
    click(kiosk.window, "chooseButton")
    assert flow.is_chosen(public.kyujin_no)
    assert is_shown(kiosk.window, "toSlipButton")


def test_the_employer_stays_hidden_when_the_listing_hides_it(rig, qtbot):
    kiosk, flow, _ = rig
    open_jobs(kiosk)
    flow.search_words("")
    while not any(i.employer_name is None for i in flow.results.items):
        flow.page(flow.query.page + 1)
    hidden = next(i for i in flow.results.items if i.employer_name is None)
    flow.open(hidden.kyujin_no)
    record = flow.search.listing(hidden.kyujin_no)
    assert record is not None and record.employer_name is None
    fields = {f["key"]: plain(f["value"]) for f in view(kiosk).fields}
    assert fields["employer"] == "事業所の意向により非公開"
    assert "事業所の意向により非公開" in plain(" ".join(texts(kiosk.window)))


def test_a_listing_closed_since_the_results_is_said_and_the_results_stay(rig, qtbot):
    kiosk, flow, _ = rig
    open_jobs(kiosk)
    flow.search_words("")
    total = flow.results.total
    flow.open("13150-00000001")  # closed since (or never known)
    assert flow.step is Step.RESULTS and flow.results.total == total
    message = plain(find_item(kiosk.window, "jobProblem").property("text"))
    assert message == "この求人は募集を終了しました。ほかの求人を選んでください。"
    flow.open(flow.results.items[0].kyujin_no)
    assert not is_shown(kiosk.window, "jobProblem")  # the next step clears it


def test_a_full_slip_says_so_and_adds_nothing(rig, qtbot):
    kiosk, flow, _ = rig
    open_jobs(kiosk)
    flow.search_words("")
    items = flow.results.items
    for item in items[:MAX_CHOSEN]:
        flow.toggle_chosen(item.kyujin_no)
    flow.open(items[MAX_CHOSEN].kyujin_no)
    click(kiosk.window, "chooseButton")
    assert len(flow.chosen) == MAX_CHOSEN and not view(kiosk).openedChosen
    assert "5件まで" in plain(find_item(kiosk.window, "jobProblem").property("text"))


def test_the_slip_prints_through_the_receipt_emulator(rig, qtbot):
    kiosk, flow, emulator = rig
    open_jobs(kiosk)
    flow.search_words("保育")
    chosen = [i.kyujin_no for i in flow.results.items[:2]]
    for number in chosen:
        flow.toggle_chosen(number)
    click(kiosk.window, "slipButton")
    assert flow.step is Step.SLIP
    review(kiosk, "slip")
    click(kiosk.window, "printSlipButton")
    qtbot.waitUntil(lambda: flow.print_state is PrintState.PRINTED, timeout=20_000)
    text = "\n".join(emulator.text_lines())
    assert all(number in text for number in chosen)
    assert is_shown(kiosk.window, "slipFinishButton")
    assert not is_shown(kiosk.window, "finishButton")  # the page's own Finish is the one
    review(kiosk, "slip-printed")
    click(kiosk.window, "slipFinishButton")
    assert kiosk.session.screen == "Attract"
    assert flow.chosen == [] and flow.query.words == ""


def test_paper_out_is_said_plainly_and_the_slip_can_be_printed_again(rig, qtbot):
    kiosk, flow, emulator = rig
    open_jobs(kiosk)
    flow.search_words("")
    flow.toggle_chosen(flow.results.items[0].kyujin_no)
    flow.show_slip()
    emulator.run_out_of_paper()
    click(kiosk.window, "printSlipButton")
    qtbot.waitUntil(lambda: flow.print_state is PrintState.FAILED, timeout=20_000)
    assert flow.problem == "receipt.paper_out"
    message = plain(find_item(kiosk.window, "slipProblem").property("text"))
    assert "用紙" in message
    review(kiosk, "paper-out")
    kiosk.session.setLanguage("en")
    message = plain(find_item(kiosk.window, "slipProblem").property("text"))
    assert message == "The printer is out of paper. Please ask the staff."
    emulator.load_paper()
    click(kiosk.window, "printSlipButton")
    qtbot.waitUntil(lambda: flow.print_state is PrintState.PRINTED, timeout=20_000)


def test_a_missing_printer_is_said_and_nothing_is_lost(make_kiosk, index, qtbot):
    missing = LiveDevice(lambda: None, lambda: PrinterUnavailableError("no printer"))
    flow = jobs_flow(index, missing)
    kiosk = jobs_kiosk(make_kiosk, flow)
    open_jobs(kiosk)
    flow.search_words("")
    flow.toggle_chosen(flow.results.items[0].kyujin_no)
    flow.show_slip()
    click(kiosk.window, "printSlipButton")
    assert flow.print_state is PrintState.FAILED and len(flow.chosen) == 1
    assert find_item(kiosk.window, "slipProblem").property("text")


def test_the_session_ending_wipes_the_words_filters_and_slip(rig, qtbot):
    kiosk, flow, _ = rig
    open_jobs(kiosk)
    flow.search_words("介護")
    flow.toggle_chosen(flow.results.items[0].kyujin_no)
    kiosk.session.finish()
    assert flow.query.words == "" and flow.chosen == [] and flow.results is None
    assert flow.search._words == {}  # the search's cache of words forgot them too
    open_jobs(kiosk)
    assert find_item(kiosk.window, "jobWords").property("text") == ""


def test_the_count_is_spoken_and_a_listing_is_read_on_request(rig, qtbot):
    kiosk, flow, _ = rig
    said: list[str] = []
    kiosk.engine.singletonInstance("Kiosk", "App").property("speech").spoken.connect(said.append)
    kiosk.session.start()
    kiosk.session.toggle("speech")
    open_jobs(kiosk)
    flow.search_words("介護")
    total = f"{flow.results.total:,}"
    qtbot.waitUntil(lambda: any(total in s for s in said), timeout=5_000)
    listing = flow.results.items[0]
    flow.open(listing.kyujin_no)
    said.clear()
    click(kiosk.window, "readAloud")
    qtbot.waitUntil(lambda: any("賃金" in s for s in said), timeout=5_000)
    assert listing.title[:4] in " ".join(said)


def walk(kiosk, flow, qtbot):
    """Every screen of the service once, each given time to replace the last; yield its label."""
    steps = [
        ("Search", lambda: None),
        ("Category", lambda: flow.open_group("01")),
        ("Results", lambda: flow.search_words("事務")),
        ("Filters", flow.show_filters),
        ("Age", lambda: (flow.show_age(), flow.press_age_digit("4"), flow.press_age_digit("5"))),
        ("Detail", lambda: (flow.show_results(), flow.open(flow.results.items[0].kyujin_no))),
        ("Slip", lambda: (flow.toggle_chosen(flow.results.items[0].kyujin_no), flow.show_slip())),
    ]
    open_jobs(kiosk)
    for label, go in steps:
        go()
        qtbot.wait(5)  # the page replaced leaves the frame's bar
        yield label


def test_every_screen_in_every_language(rig, qtbot):
    kiosk, flow, _ = rig
    english = english_sources()
    theme = kiosk.engine.singletonInstance("Kiosk", "App").property("theme")
    seen = set()
    for label in walk(kiosk, flow, qtbot):
        seen.add(label)
        for code in LANGUAGE_CODES:
            kiosk.session.setLanguage(code)
            review(kiosk, f"{code}-{label.lower()}")
            metrics = QFontMetrics(QFont(theme.fontFamily))
            shown = texts(kiosk.window)
            raw = [t for t in shown if RAW_KEY.fullmatch(t)]
            assert not raw, f"{code} {label}: a message key shown as it is: {raw}"
            if code != "en":
                left = [t for t in shown if t in english and not t.isdigit()]
                assert not left, f"{code} {label}: English text {left}"
            for text in shown:
                missing = {c for c in text if not c.isspace() and not metrics.inFontUcs4(ord(c))}
                assert not missing, f"{code} {label}: no glyph for {missing}"
        kiosk.session.setLanguage("ja")
    assert seen == {step.value for step in Step}
    assert kiosk.qml_warnings == []


def test_every_screen_in_every_mode_is_within_reach_and_large_enough(rig, qtbot):
    kiosk, flow, _ = rig
    session = kiosk.session
    session.start()
    minimum = MIN_TOUCH_MM * MachikadoConfig().kiosk.screen.px_per_mm - 0.5
    for mode in ("large_text", "high_contrast", "low_reach"):
        session.toggle(mode)
        reach_top = kiosk.engine.singletonInstance("Kiosk", "App").property("theme").reachTop
        for label in walk(kiosk, flow, qtbot):
            review(kiosk, f"{mode}-{label.lower()}")
            for item in controls(kiosk.window):
                name = item.objectName() or item.metaObject().className()
                assert item.width() >= minimum and item.height() >= minimum, (
                    f"{mode} {label}: {name} is {item.width():.0f}×{item.height():.0f} px"
                )
                assert scene_top(item) >= reach_top, f"{mode} {label}: {name} out of reach"
        session.toggle(mode)
    assert kiosk.qml_warnings == []
