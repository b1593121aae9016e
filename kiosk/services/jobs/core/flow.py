"""One job seeker's search: words or a category, filters with counts, pages, a listing, a slip.

Qt-free: the view-model wraps it. Searches, reading a listing and printing run on the runner,
never on the UI thread; a result that arrives after a newer request is dropped. Everything the
person brought (words, filters, their age, opened and chosen listings) is dropped at
:meth:`JobsFlow.reset`, and the search's own cache of words is told to forget them.
"""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Protocol

from content.jobs.codes import CATEGORY_BY_KEY
from content.jobs.facets import AGES
from kiosk.services.jobs.core.categories import top_group
from kiosk.services.jobs.core.model import (
    FACETS,
    HelloWorkOffice,
    JobQuery,
    JobResults,
    JobSearch,
    Listing,
    Place,
)
from kiosk.shell.core.errors import FlowError
from kiosk.shell.core.jobs import Runner

MAX_CHOSEN = 5  # listings on one slip
PAGE_SIZE = 8  # cards a touchscreen shows without scrolling in large text
# Digits the age pad takes: two for every age there is, a third so that 100 and more are
# answered with the range rather than ignored.
AGE_DIGITS = 3
# Each facet whose chosen values are a set, by the JobQuery field that holds them.
SET_FILTERS = {
    "city": "cities",
    "line": "lines",
    "station": "stations",
    "employment": "employment",
    "full_part": "full_part",
    "job_class": "job_class",
    "shift": "shift",
    "days_off": "days_off",
    "tag": "tags",
}


class Step(enum.Enum):
    """One screen of the service; the value names its QML screen."""

    SEARCH = "Search"
    CATEGORY = "Category"
    RESULTS = "Results"
    FILTERS = "Filters"
    AGE = "Age"
    DETAIL = "Detail"
    SLIP = "Slip"


class PrintState(enum.Enum):
    """Where the slip is."""

    READY = "ready"
    PRINTING = "printing"
    PRINTED = "printed"
    FAILED = "failed"


class SlipPort(Protocol):
    """Prints the counter slip (the receipt-printer adapter)."""

    def print_slip(self, listings: Sequence[Listing], office: HelloWorkOffice) -> None:
        """Print; FlowError with a message key when the printer cannot."""
        ...


class Forgetful(Protocol):
    """A search that caches what was searched until told to forget it."""

    def forget(self) -> None:
        """Drop what this session searched."""
        ...


class JobsFlow:
    """The job search's state for one person, as the shell's session drives it."""

    can_leave = True
    allows_back = True

    def __init__(self, search: JobSearch, slips: SlipPort, runner: Runner) -> None:
        self.search = search
        self._slips = slips
        self._runner = runner
        self._listeners: list[Callable[[], None]] = []
        self._generation = 0
        self.step = Step.SEARCH
        self.query = JobQuery(page_size=PAGE_SIZE)
        self.results: JobResults | None = None
        self.overview: JobResults | None = None  # counts with no words nor filters: the buttons
        self.places: tuple[Place, ...] = ()  # municipalities with listings, read with a search
        self.group: str | None = None  # the 職種 group whose sub-categories were offered
        self.age_entry = ""  # digits typed on the age pad
        self.age_counts: Mapping[int, int] | None = None  # per age, for the query without one
        self.opening: str | None = None  # 求人番号 being read for the detail page or the slip
        self._reads = 0
        self.opened: Listing | None = None
        self.chosen: list[Listing] = []
        self.print_state = PrintState.READY
        self.problem = ""
        self.searching = False

    # -- ServiceFlow -----------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        """True while the slip prints: no idle timeout then."""
        return self.print_state is PrintState.PRINTING

    def subscribe(self, listener: Callable[[], None]) -> None:
        """Call ``listener`` after every change."""
        self._listeners.append(listener)

    def on_leave(self, callback: Callable[[], None]) -> None:
        """The service never leaves by itself; Back and Home leave it."""

    def begin(self, language: str) -> None:
        """The person opened the service: the search screen, with counts per category."""
        self.reset()
        self._run(JobQuery(page_size=PAGE_SIZE), overview=True)
        self._changed()

    def back(self) -> bool:
        """One screen back; False on the search screen (the shell then goes home)."""
        if self.busy:
            return False
        if self.step is Step.SEARCH:
            return False
        if self.step is Step.DETAIL:
            self.opened = None
        if self.step is Step.SLIP and self.print_state is PrintState.PRINTED:
            self.chosen.clear()
        if self.step is Step.AGE:
            self.age_entry, self.age_counts = "", None
        if self.step is Step.CATEGORY:
            self.group = None
        self.print_state, self.problem = PrintState.READY, ""
        self._reads += 1  # a listing still being read is not shown
        self.opening = None
        self.step = {
            Step.CATEGORY: Step.SEARCH,
            Step.RESULTS: Step.CATEGORY if self.group is not None else Step.SEARCH,
            Step.FILTERS: Step.RESULTS,
            Step.AGE: Step.FILTERS,
            Step.DETAIL: Step.RESULTS,
            Step.SLIP: Step.RESULTS,
        }[self.step]
        self._changed()
        return True

    def reset(self) -> None:
        """Forget the words, filters, opened and chosen listings, here and in the search."""
        self._generation += 1  # a search still running reports into nothing
        self.step = Step.SEARCH
        self.query = JobQuery(page_size=PAGE_SIZE)
        self.results = None
        self.group = None
        self.age_entry, self.age_counts = "", None
        self.opening = None
        self.opened = None
        self.chosen = []
        self.print_state = PrintState.READY
        self.problem = ""
        self.searching = False
        forget = getattr(self.search, "forget", None)
        if callable(forget):
            forget()

    def set_language(self, language: str) -> None:
        """Listings stay Japanese; the view-model re-reads the labels."""
        self._changed()

    def tick(self, now: float) -> None:
        """Nothing here depends on time."""

    # -- searching -------------------------------------------------------------------------
    def search_words(self, words: str) -> None:
        """Search by free words (all must match), with no filters; shows the results."""
        self.group = None
        self._show(JobQuery(words=words.strip(), page_size=PAGE_SIZE))

    def open_group(self, key: str) -> bool:
        """Offer the sub-categories of a top-level 職種 group; False for a key that is not one."""
        group = top_group(key)
        if group is None:
            self.problem = "jobs.no_such_category"
            self._changed()
            return False
        if not group.children:
            return self.choose_category(key)
        self.group, self.problem, self.step = key, "", Step.CATEGORY
        self._changed()
        return True

    def choose_category(self, key: str) -> bool:
        """Search one 職種 category or sub-category (for those who do not type).

        False, with the problem said, for a key the 職種 tree does not have.
        """
        node = CATEGORY_BY_KEY.get(key)
        if node is None:
            self.problem = "jobs.no_such_category"
            self._changed()
            return False
        self.group = node.parent_key or node.key
        self._show(JobQuery(category=key, page_size=PAGE_SIZE))
        return True

    def toggle_filter(self, facet: str, value: str) -> bool:
        """Add or remove one filter value; False for a value that would give nothing.

        The age is set on its pad (:meth:`show_age`); here its chip only takes it off.
        """
        if self.results is None:
            return False
        if facet == "age":
            if self.query.age is None or value != str(self.query.age):
                return False
            self.clear_age()
            return True
        if facet not in FACETS:
            return False
        q = self.query
        if facet == "wage":
            unit, _, low = value.partition(":")
            if q.wage_unit == unit and str(q.wage_min) == low:
                self._show(dataclasses.replace(q, wage_unit=None, wage_min=None, page=0))
                return True
            if not self.results.count(facet, value):
                return False
            self._show(dataclasses.replace(q, wage_unit=unit, wage_min=int(low), page=0))
            return True
        if facet == "category":
            if q.category == value:
                self._show(dataclasses.replace(q, category=None, page=0))
                return True
            if value not in CATEGORY_BY_KEY or not self.results.count(facet, value):
                return False
            self._show(dataclasses.replace(q, category=value, page=0))
            return True
        name = SET_FILTERS.get(facet)
        if name is None:
            return False
        chosen: frozenset[str] = getattr(q, name)
        if value in chosen:
            changes: dict[str, Any] = {name: chosen - {value}, "page": 0}
            self._show(dataclasses.replace(q, **changes))
            return True
        if not self.results.count(facet, value):
            return False
        added: dict[str, Any] = {name: chosen | {value}, "page": 0}
        self._show(dataclasses.replace(q, **added))
        return True

    # -- the age filter --------------------------------------------------------------------
    def show_age(self) -> None:
        """The pad for the job seeker's age; how many listings admit each age is counted on the
        runner, so the count shows as the age is typed."""
        if self.results is None:
            return
        self.step, self.problem = Step.AGE, ""
        self.age_entry = "" if self.query.age is None else str(self.query.age)
        self.age_counts = None
        query, generation = dataclasses.replace(self.query, age=None), self._generation

        def job(progress: object) -> object:
            return self.search.age_counts(query)

        def done(result: object, error: BaseException | None) -> None:
            if generation != self._generation or self.step is not Step.AGE:
                return
            if error is not None or not isinstance(result, Mapping):
                self.problem = "jobs.search_failed"
            else:
                self.age_counts = dict(result)
            self._changed()

        self._changed()
        self._runner.run(job, done)

    def press_age_digit(self, digit: str) -> None:
        """One digit typed on the age pad (a leading 0 is not taken)."""
        if self.step is not Step.AGE or digit not in "0123456789" or len(digit) != 1:
            return
        if len(self.age_entry) >= AGE_DIGITS or (digit == "0" and not self.age_entry):
            return
        self.age_entry += digit
        self.problem = ""
        self._changed()

    def clear_age_entry(self) -> None:
        """Empty the age pad."""
        if self.step is Step.AGE and self.age_entry:
            self.age_entry, self.problem = "", ""
            self._changed()

    def delete_age_digit(self) -> None:
        """Take back the last digit typed."""
        if self.step is Step.AGE and self.age_entry:
            self.age_entry, self.problem = self.age_entry[:-1], ""
            self._changed()

    @property
    def age_typed(self) -> int | None:
        """The age typed on the pad, None when nothing is."""
        return int(self.age_entry) if self.age_entry else None

    @property
    def age_out_of_range(self) -> bool:
        """True once the digits typed can no longer become an age from 15 to 99."""
        age = self.age_typed
        return age is not None and age not in AGES and (len(self.age_entry) > 1 or age == 0)

    @property
    def age_count(self) -> int | None:
        """How many listings admit the age typed (with the other filters), None until known."""
        age = self.age_typed
        if age is None or age not in AGES or self.age_counts is None:
            return None
        return self.age_counts.get(age, 0)

    def apply_age(self) -> bool:
        """Search with the age typed and go back to the filters; False, said, for an age out of
        range or one that no listing admits."""
        age = self.age_typed
        if self.step is not Step.AGE or age is None:
            return False
        if age not in AGES:
            self.problem = "jobs.age_out_of_range"
            self._changed()
            return False
        if self.age_count == 0:
            self.problem = "jobs.age_finds_none"
            self._changed()
            return False
        self.step, self.age_entry, self.age_counts = Step.FILTERS, "", None
        self._show(dataclasses.replace(self.query, age=age, page=0))
        return True

    def clear_age(self) -> None:
        """Search without an age and go back to the filters."""
        self.age_entry, self.age_counts, self.problem = "", None, ""
        if self.step is Step.AGE:
            self.step = Step.FILTERS
        if self.query.age is None:
            self._changed()
            return
        self._show(dataclasses.replace(self.query, age=None, page=0))

    def clear_filters(self) -> None:
        """Keep the words, drop every filter."""
        self._show(JobQuery(words=self.query.words, page_size=PAGE_SIZE))

    def set_sort(self, sort: str) -> None:
        """'newest' or 'relevance' (the search falls back to newest when too many to rank)."""
        if sort in ("newest", "relevance") and sort != self.query.sort:
            changes: dict[str, Any] = {"sort": sort, "page": 0}
            self._show(dataclasses.replace(self.query, **changes))

    def page(self, number: int) -> None:
        """Show page ``number`` (from 0) of the results, clamped to the pages there are."""
        pages = self.results.pages if self.results else 1
        number = max(0, min(number, pages - 1))
        if number != self.query.page:
            self._show(dataclasses.replace(self.query, page=number))

    def show_filters(self) -> None:
        """The screen of filter values with their counts."""
        if self.results is not None:
            self.step = Step.FILTERS
            self._changed()

    def show_results(self) -> None:
        """Back to the results from the filters."""
        if self.results is not None:
            self.step = Step.RESULTS
            self._changed()

    def _show(self, query: JobQuery) -> None:
        self.query = query
        if self.step in (Step.SEARCH, Step.CATEGORY, Step.DETAIL, Step.SLIP):
            self.step = Step.RESULTS
        self._run(query, overview=False)
        self._changed()

    def _run(self, query: JobQuery, *, overview: bool) -> None:
        self._generation += 1
        generation = self._generation
        self.searching = True

        def job(progress: object) -> object:
            return self.search.search(query), self.search.places()

        def done(result: object, error: BaseException | None) -> None:
            if generation != self._generation:
                return
            self.searching = False
            found, places = result if isinstance(result, tuple) else (None, ())
            if error is not None or not isinstance(found, JobResults):
                self.problem = "jobs.search_failed"
                self._changed()
                return
            self.places = tuple(places)
            if overview:
                self.overview = found
            else:
                self.results, self.problem = found, ""
            self._changed()

        self._runner.run(job, done)

    # -- a listing and the slip ------------------------------------------------------------
    def open(self, kyujin_no: str) -> None:
        """Read one listing on the runner, then show it like a 求人票; one closed since is said."""

        def show(listing: Listing) -> None:
            self.opened, self.problem, self.step = listing, "", Step.DETAIL

        self._read(kyujin_no, show)

    def _read(self, kyujin_no: str, then: Callable[[Listing], None]) -> None:
        """Read a listing on the runner and hand it to ``then``; one gone or unreadable is said."""
        self._reads += 1
        token = (self._generation, self._reads)
        self.opening = kyujin_no

        def job(progress: object) -> object:
            return self.search.listing(kyujin_no)

        def done(result: object, error: BaseException | None) -> None:
            if token != (self._generation, self._reads):
                return
            self.opening = None
            if error is not None:
                self.problem = "jobs.search_failed"
            elif not isinstance(result, Listing):
                self.problem = "jobs.listing_gone"
            else:
                then(result)
            self._changed()

        self._changed()
        self._runner.run(job, done)

    def is_chosen(self, kyujin_no: str) -> bool:
        """True when the listing is on the slip."""
        return any(x.kyujin_no == kyujin_no for x in self.chosen)

    def toggle_chosen(self, kyujin_no: str) -> bool:
        """Put the listing on the slip or take it off; False when the slip is full.

        The opened listing goes on at once; another is read on the runner first, and one gone
        since is said.
        """
        if self.is_chosen(kyujin_no):
            self.chosen = [x for x in self.chosen if x.kyujin_no != kyujin_no]
            self._changed()
            return True
        if len(self.chosen) >= MAX_CHOSEN:
            self.problem = "jobs.slip_full"
            self._changed()
            return False
        if self.opened is not None and self.opened.kyujin_no == kyujin_no:
            self._choose(self.opened)
            self._changed()
            return True
        self._read(kyujin_no, self._choose)
        return True

    def _choose(self, listing: Listing) -> None:
        if not self.is_chosen(listing.kyujin_no) and len(self.chosen) < MAX_CHOSEN:
            self.chosen.append(listing)
            self.problem = ""

    def show_slip(self) -> None:
        """The slip screen with the chosen listings."""
        if self.chosen:
            self.step, self.print_state, self.problem = Step.SLIP, PrintState.READY, ""
            self._changed()

    def print_slip(self) -> None:
        """Print the slip on the runner; the state says when it is out or what went wrong."""
        if self.step is not Step.SLIP or not self.chosen or self.busy:
            return
        listings, office = tuple(self.chosen), self.search.office()
        self.print_state, self.problem = PrintState.PRINTING, ""
        generation = self._generation

        def job(progress: object) -> object:
            self._slips.print_slip(listings, office)
            return None

        def done(result: object, error: BaseException | None) -> None:
            if generation != self._generation:
                return
            if error is None:
                self.print_state = PrintState.PRINTED
            else:
                self.print_state = PrintState.FAILED
                self.problem = error.key if isinstance(error, FlowError) else "receipt.failed"
            self._changed()

        self._changed()
        self._runner.run(job, done)

    def _changed(self) -> None:
        for listener in list(self._listeners):
            listener()
