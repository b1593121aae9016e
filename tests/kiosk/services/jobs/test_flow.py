"""The job search flow without Qt: words, categories, filters with counts, pages, slip, wipe."""

import datetime as dt

import pytest

from content.jobs.generator import generate
from content.jobs.schema import public_record
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
    flow.choose_category(key)
    assert flow.step is Step.RESULTS and flow.results.total == count


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
    assert flow.open(numbers[0]) and flow.step is Step.DETAIL
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
    assert not flow.open("99999-99999999")
    assert flow.problem == "jobs.listing_gone"
    assert not flow.toggle_chosen("99999-99999999")


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
