"""The job search flow without Qt: words, categories, filters with counts, pages, slip, wipe."""

import dataclasses
import datetime as dt
import threading

import pytest

from content.jobs.codes import CATEGORY_BY_KEY
from content.jobs.facets import admits_age
from content.jobs.generator import generate
from content.jobs.schema import public_record
from kiosk.services.jobs.core.categories import group_choices
from kiosk.services.jobs.core.flow import MAX_CHOSEN, PAGE_SIZE, JobsFlow, PrintState, Step
from kiosk.services.jobs.core.model import HelloWorkOffice
from kiosk.services.jobs.core.search import NgramJobSearch
from kiosk.shell.core.errors import FlowError
from offline_cache.jobs_index import JobsIndex, build_index

TODAY = dt.date(2026, 12, 2)
NOW = dt.datetime(2026, 12, 2, 1, 0, tzinfo=dt.UTC)
OFFICE = HelloWorkOffice(
    "ハローワーク三鷹", "181-0013", "東京都三鷹市下連雀4-15-18", "0422-47-8609", "8:30〜17:15"
)


class Now:
    """A runner that runs each job at once, on the caller's thread."""

    def run(self, job, done, progress=None):
        try:
            result = job(lambda value: None)
        except Exception as err:  # handed to done(), as the runner does
            done(None, err)
        else:
            done(result, None)


class Held:
    """A runner that keeps jobs until released, to see results that arrive late."""

    def __init__(self):
        self.jobs = []

    def run(self, job, done, progress=None):
        self.jobs.append((job, done))

    def release(self):
        for job, done in self.jobs:
            done(job(lambda value: None), None)
        self.jobs.clear()


class Slips:
    def __init__(self, fail=None):
        self.printed = []
        self.fail = fail

    def print_slip(self, listings, office):
        if self.fail:
            raise FlowError(self.fail)
        self.printed.append(([x.kyujin_no for x in listings], office))


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    path = tmp_path_factory.mktemp("jobs") / "jobs-index.sqlite"
    build_index([public_record(r) for r in generate(600, seed=7, today=TODAY)], path, as_of=TODAY)
    found = JobsIndex(path)
    yield found
    found.close()


@pytest.fixture
def search(index):
    return NgramJobSearch(lambda: index, OFFICE, clock=lambda: NOW)


@pytest.fixture
def slips():
    return Slips()


@pytest.fixture
def flow(search, slips):
    made = JobsFlow(search, slips, Now())
    made.begin("ja")
    return made


def test_begin_counts_every_category_for_the_buttons(flow):
    assert flow.step is Step.SEARCH and flow.overview is not None
    assert sum(flow.overview.facets["category"].values()) >= flow.overview.total > 0


def test_two_character_words_find_listings(flow):
    flow.search_words("介護")
    assert flow.step is Step.RESULTS and flow.results.total > 0
    assert flow.results.words_used


def test_a_category_button_searches_that_category(flow):
    key, count = max(flow.overview.facets["category"].items(), key=lambda kv: kv[1])
    assert flow.choose_category(key)
    assert flow.step is Step.RESULTS and flow.results.total == count


def test_a_group_offers_its_sub_categories_then_back_returns_to_them(flow):
    counts = flow.overview.facets["category"]
    assert flow.open_group("05")
    assert flow.step is Step.CATEGORY and flow.group == "05"
    choices = group_choices("05", counts)
    assert choices[0] == ("05", counts["05"])
    assert [k for k, _ in choices[1:]] == [
        c.key for c in CATEGORY_BY_KEY["05"].children if counts.get(c.key, 0) > 0
    ]
    assert sum(n for _, n in choices[1:]) == counts["05"]  # one sub-category per listing
    sub, count = choices[1]
    assert flow.choose_category(sub)
    assert flow.step is Step.RESULTS and flow.results.total == count
    assert all(i.kyujin_no for i in flow.results.items)
    assert flow.back() and flow.step is Step.CATEGORY
    assert flow.back() and flow.step is Step.SEARCH and flow.group is None


def test_sub_categories_with_no_listing_are_not_offered():
    counts = {"14": 3, "14-01": 1, "14-02": 0, "14-03": 2}
    assert group_choices("14", counts) == [("14", 3), ("14-01", 1), ("14-03", 2)]
    assert group_choices("14", {"14": 0}) == []
    assert group_choices("14-01", counts) == [] and group_choices("99", counts) == []


def test_a_category_key_that_does_not_exist_is_refused_and_said(flow):
    assert not flow.open_group("99")
    assert flow.problem == "jobs.no_such_category" and flow.step is Step.SEARCH
    assert not flow.open_group("05-01")  # a sub-category is not a group
    assert not flow.choose_category("05-99")
    assert flow.step is Step.SEARCH and flow.results is None
    flow.search_words("")
    before = flow.query
    assert not flow.toggle_filter("category", "99-01")
    assert flow.query == before


def test_the_filters_change_category_to_a_sub_category_and_off(flow):
    flow.choose_category("05")
    sub = next(k for k, n in group_choices("05", flow.results.facets["category"])[1:] if n)
    count = flow.results.count("category", sub)
    assert flow.toggle_filter("category", sub)
    assert flow.query.category == sub and flow.results.total == count
    assert flow.toggle_filter("category", sub)
    assert flow.query.category is None


def test_a_filter_that_gives_nothing_is_refused(flow):
    flow.search_words("介護")
    empty = [v for v, n in flow.results.facets["employment"].items() if n == 0]
    before = flow.query
    for value in empty:
        assert not flow.toggle_filter("employment", value)
    assert flow.query == before
    assert not flow.toggle_filter("nonsense", "x")


def test_a_filter_narrows_to_its_count_and_comes_off_again(flow):
    flow.search_words("介護")
    total = flow.results.total
    value, count = next((v, n) for v, n in flow.results.facets["employment"].items() if n)
    assert flow.toggle_filter("employment", value)
    assert flow.results.total == count and flow.query.page == 0
    assert flow.toggle_filter("employment", value)
    assert flow.results.total == total


def test_wage_filter_by_unit_and_minimum(flow):
    flow.search_words("")
    value = next(v for v, n in flow.results.facets["wage"].items() if n)
    count = flow.results.count("wage", value)
    assert flow.toggle_filter("wage", value)
    assert flow.results.total == count
    flow.clear_filters()
    assert flow.query.wage_unit is None


def test_pages_are_clamped(flow):
    flow.search_words("")
    assert len(flow.results.items) == PAGE_SIZE
    flow.page(1)
    assert flow.results.page == 1
    flow.page(10_000)
    assert flow.results.page == flow.results.pages - 1
    flow.page(-3)
    assert flow.results.page == 0


def test_sort_by_relevance_and_back(flow):
    flow.search_words("介護")
    flow.set_sort("relevance")
    assert flow.query.sort == "relevance"
    flow.set_sort("bogus")
    assert flow.query.sort == "relevance"


def test_a_late_result_of_an_older_search_is_dropped(search, slips):
    runner = Held()
    flow = JobsFlow(search, slips, runner)
    flow.search_words("介護")
    flow.search_words("事務")
    assert flow.searching
    runner.release()
    assert "事務" in "".join(flow.results.words_used)
    assert not flow.searching


def test_open_choose_and_print_a_slip(flow, slips):
    flow.search_words("")
    numbers = [x.kyujin_no for x in flow.results.items[:3]]
    flow.open(numbers[0])
    assert flow.step is Step.DETAIL and flow.opened.kyujin_no == numbers[0]
    assert flow.toggle_chosen(numbers[0]) and flow.is_chosen(numbers[0])
    assert flow.back() and flow.step is Step.RESULTS and flow.opened is None
    for n in numbers[1:]:
        flow.toggle_chosen(n)
    flow.show_slip()
    assert flow.step is Step.SLIP
    flow.print_slip()
    assert flow.print_state is PrintState.PRINTED
    assert slips.printed == [(numbers, OFFICE)]


def test_a_slip_holds_at_most_five(flow):
    flow.search_words("")
    flow.page(0)
    numbers = [x.kyujin_no for x in flow.results.items]
    for n in numbers[:MAX_CHOSEN]:
        assert flow.toggle_chosen(n)
    assert not flow.toggle_chosen(numbers[MAX_CHOSEN])
    assert flow.problem == "jobs.slip_full" and len(flow.chosen) == MAX_CHOSEN


def test_an_unknown_or_closed_listing_says_so(flow):
    flow.open("99999-99999999")
    assert flow.problem == "jobs.listing_gone" and flow.opened is None
    flow.toggle_chosen("99999-99999999")
    assert flow.problem == "jobs.listing_gone" and flow.chosen == []


class Counting(NgramJobSearch):
    """The search, noting on which thread each listing is read."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.read_on: list[str] = []

    def listing(self, kyujin_no):
        self.read_on.append(threading.current_thread().name)
        return super().listing(kyujin_no)


def test_a_listing_is_read_on_the_runner_and_shown_when_it_arrives(index, slips):
    search = Counting(lambda: index, OFFICE, clock=lambda: NOW)
    runner = Held()
    flow = JobsFlow(search, slips, runner)
    flow.search_words("")
    runner.release()
    number = flow.results.items[0].kyujin_no
    flow.open(number)
    assert search.read_on == [] and flow.opening == number and flow.step is Step.RESULTS
    runner.release()
    assert flow.step is Step.DETAIL and flow.opened.kyujin_no == number
    assert flow.opening is None
    flow.back()
    flow.toggle_chosen(flow.results.items[1].kyujin_no)  # not opened: read on the runner too
    assert flow.chosen == [] and runner.jobs
    runner.release()
    assert [x.kyujin_no for x in flow.chosen] == [flow.results.items[1].kyujin_no]


def test_a_listing_read_late_after_back_or_a_new_open_is_dropped(search, slips):
    runner = Held()
    flow = JobsFlow(search, slips, runner)
    flow.search_words("")
    runner.release()
    first, second = (x.kyujin_no for x in flow.results.items[:2])
    flow.open(first)
    flow.open(second)
    runner.release()
    assert flow.opened.kyujin_no == second
    flow.back()
    flow.open(first)
    flow.back()  # changed their mind before it arrived: back to the search screen
    runner.release()
    assert flow.step is Step.SEARCH and flow.opened is None


def test_a_listing_that_expired_between_the_results_and_the_detail_is_said(index, slips):
    now = [NOW]
    search = NgramJobSearch(lambda: index, OFFICE, clock=lambda: now[0])
    flow = JobsFlow(search, slips, Now())
    flow.search_words("")
    shown = min(flow.results.items, key=lambda x: x.expires)
    # The results stay on screen past midnight in Japan after the listing's 紹介期限日.
    now[0] = dt.datetime.combine(shown.expires, dt.time(15, 30), tzinfo=dt.UTC)
    flow.open(shown.kyujin_no)
    assert flow.problem == "jobs.listing_gone" and flow.step is Step.RESULTS
    assert flow.opened is None
    flow.toggle_chosen(shown.kyujin_no)
    assert flow.chosen == []


def test_a_listing_that_cannot_be_read_is_said_like_a_failed_search(index, slips):
    class Broken(NgramJobSearch):
        def listing(self, kyujin_no):
            raise OSError("disk")

    flow = JobsFlow(Broken(lambda: index, OFFICE, clock=lambda: NOW), slips, Now())
    flow.search_words("")
    flow.open(flow.results.items[0].kyujin_no)
    assert flow.problem == "jobs.search_failed" and flow.step is Step.RESULTS


def test_paper_out_keeps_the_choice_to_try_again(search):
    flow = JobsFlow(search, Slips(fail="receipt.paper_out"), Now())
    flow.begin("ja")
    flow.search_words("")
    flow.toggle_chosen(flow.results.items[0].kyujin_no)
    flow.show_slip()
    flow.print_slip()
    assert flow.print_state is PrintState.FAILED and flow.problem == "receipt.paper_out"
    assert len(flow.chosen) == 1


def test_session_end_wipes_the_query_and_the_chosen_listings(flow, search):
    flow.search_words("介護")
    flow.toggle_filter(
        "employment", next(v for v, n in flow.results.facets["employment"].items() if n)
    )
    flow.open(flow.results.items[0].kyujin_no)
    flow.toggle_chosen(flow.results.items[0].kyujin_no)
    assert search._words  # the search caches the rows of this session's words
    flow.reset()
    assert flow.step is Step.SEARCH
    assert flow.query.words == "" and not flow.query.employment
    assert flow.results is None and flow.opened is None and flow.chosen == []
    assert not search._words
    leftovers = repr(vars(flow))
    assert "介護" not in leftovers


# -- the age filter ---------------------------------------------------------------------------


def type_age(flow, digits):
    for d in digits:
        flow.press_age_digit(d)


def test_an_age_keeps_the_listings_that_admit_it_and_shows_the_count_first(flow, index):
    flow.search_words("")
    total = flow.results.total
    flow.show_age()
    assert flow.step is Step.AGE and flow.age_counts is not None
    type_age(flow, "62")
    assert flow.age_typed == 62 and not flow.age_out_of_range
    count = flow.age_count
    assert 0 < count < total  # the 18〜59 listings do not admit 62
    assert flow.apply_age()
    assert flow.step is Step.FILTERS and flow.query.age == 62
    assert flow.results.total == count and flow.age_entry == ""
    records = index.records(list(range(index.size())))
    open_ = [r for r in records if r["expires"] >= TODAY.isoformat()]
    assert count == sum(1 for r in open_ if admits_age(r, 62))
    assert flow.toggle_filter("age", "62")  # its chip takes it off
    assert flow.query.age is None and flow.results.total == total


def test_the_age_counts_follow_the_words_and_other_filters(flow, search):
    flow.search_words("介護")
    value = next(v for v, n in flow.results.facets["employment"].items() if n)
    flow.toggle_filter("employment", value)
    flow.show_age()
    for age in (15, 30, 59, 60, 99):
        expected = search.search(dataclasses.replace(flow.query, age=age)).total
        assert flow.age_counts[age] == expected, age
    type_age(flow, "30")
    count = flow.age_count
    assert flow.apply_age()
    assert flow.query.employment == {value} and flow.query.age == 30
    assert flow.results.total == count


def test_an_age_out_of_range_is_said_and_nothing_is_searched(flow):
    flow.search_words("")
    before = flow.query
    flow.show_age()
    type_age(flow, "1")
    assert not flow.age_out_of_range  # 1 may still become 15 … 19
    assert not flow.apply_age() and flow.problem == "jobs.age_out_of_range"
    type_age(flow, "2")
    assert flow.age_typed == 12 and flow.age_out_of_range
    flow.clear_age_entry()
    type_age(flow, "0")
    assert flow.age_entry == ""  # no leading zero
    type_age(flow, "1234")
    assert flow.age_entry == "123" and flow.age_out_of_range  # three digits at most
    assert not flow.apply_age() and flow.step is Step.AGE
    flow.delete_age_digit()
    flow.delete_age_digit()
    type_age(flow, "9")
    assert flow.age_typed == 19 and flow.age_count is not None
    flow.press_age_digit("x")
    assert flow.age_entry == "19"
    assert flow.back() and flow.step is Step.FILTERS and flow.query == before
    assert flow.age_entry == "" and flow.age_counts is None


def test_an_age_no_listing_admits_is_refused(search, slips):
    class NoneFor60(NgramJobSearch):
        def age_counts(self, query):
            return {a: (0 if a >= 60 else n) for a, n in super().age_counts(query).items()}

    flow = JobsFlow(NoneFor60(search._index, OFFICE, clock=lambda: NOW), slips, Now())
    flow.search_words("")
    flow.show_age()
    type_age(flow, "65")
    assert flow.age_count == 0
    assert not flow.apply_age() and flow.problem == "jobs.age_finds_none"
    assert flow.query.age is None


def test_the_age_counts_run_on_the_runner_and_a_late_answer_is_dropped(search, slips):
    runner = Held()
    flow = JobsFlow(search, slips, runner)
    flow.search_words("")
    runner.release()
    flow.show_age()
    type_age(flow, "40")
    assert flow.age_counts is None and flow.age_count is None
    flow.back()
    runner.release()  # arrives after the person left the pad
    assert flow.age_counts is None
    flow.show_age()
    runner.release()
    assert flow.age_counts is not None and set(flow.age_counts) == set(range(15, 100))


def test_clearing_the_filters_or_the_age_drops_it(flow):
    flow.search_words("")
    flow.show_age()
    type_age(flow, "45")
    flow.apply_age()
    flow.show_age()
    assert flow.age_entry == "45"  # the pad opens on the age chosen
    flow.clear_age()
    assert flow.step is Step.FILTERS and flow.query.age is None
    flow.show_age()
    type_age(flow, "45")
    flow.apply_age()
    flow.clear_filters()
    assert flow.query.age is None


def test_the_session_end_forgets_the_age(flow):
    flow.search_words("")
    flow.show_age()
    type_age(flow, "37")
    flow.apply_age()
    flow.show_age()
    flow.reset()
    assert flow.query.age is None and flow.age_entry == "" and flow.age_counts is None
    assert "37" not in repr(flow.query)
