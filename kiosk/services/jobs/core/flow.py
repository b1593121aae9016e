"""One job seeker's search: words or a category, filters with counts, pages, a listing, a slip.

Qt-free: the view-model wraps it. Searches and printing run on the runner, never on the UI
thread; a result that arrives after a newer request is dropped. Everything the person brought
(words, filters, opened and chosen listings) is dropped at :meth:`JobsFlow.reset`, and the
search's own cache of words is told to forget them.
"""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Callable, Sequence
from typing import Any, Protocol

from kiosk.services.jobs.core.model import (
    FACETS,
    HelloWorkOffice,
    JobQuery,
    JobResults,
    JobSearch,
    Listing,
)
from kiosk.shell.core.errors import FlowError
from kiosk.shell.core.jobs import Runner

MAX_CHOSEN = 5  # listings on one slip
PAGE_SIZE = 8  # cards a touchscreen shows without scrolling in large text
# Filters a person may choose, by facet, and the JobQuery field each sets.
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
    RESULTS = "Results"
    FILTERS = "Filters"
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
        self.print_state, self.problem = PrintState.READY, ""
        self.step = {
            Step.RESULTS: Step.SEARCH,
            Step.FILTERS: Step.RESULTS,
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
        self._show(JobQuery(words=words.strip(), page_size=PAGE_SIZE))

    def choose_category(self, key: str) -> None:
        """Search one 職種 category (for those who do not type)."""
        self._show(JobQuery(category=key, page_size=PAGE_SIZE))

    def toggle_filter(self, facet: str, value: str) -> bool:
        """Add or remove one filter value; False for a value that would give nothing."""
        if facet not in FACETS or self.results is None:
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
            if not self.results.count(facet, value):
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
        if self.step in (Step.SEARCH, Step.DETAIL, Step.SLIP):
            self.step = Step.RESULTS
        self._run(query, overview=False)
        self._changed()

    def _run(self, query: JobQuery, *, overview: bool) -> None:
        self._generation += 1
        generation = self._generation
        self.searching = True

        def job(progress: object) -> object:
            return self.search.search(query)

        def done(result: object, error: BaseException | None) -> None:
            if generation != self._generation:
                return
            self.searching = False
            if error is not None or not isinstance(result, JobResults):
                self.problem = "jobs.search_failed"
            elif overview:
                self.overview = result
            else:
                self.results, self.problem = result, ""
            self._changed()

        self._runner.run(job, done)

    # -- a listing and the slip ------------------------------------------------------------
    def open(self, kyujin_no: str) -> bool:
        """Show one listing like a 求人票; False when it is gone (closed since)."""
        listing = self.search.listing(kyujin_no)
        if listing is None:
            self.problem = "jobs.listing_gone"
            self._changed()
            return False
        self.opened, self.problem, self.step = listing, "", Step.DETAIL
        self._changed()
        return True

    def is_chosen(self, kyujin_no: str) -> bool:
        """True when the listing is on the slip."""
        return any(x.kyujin_no == kyujin_no for x in self.chosen)

    def toggle_chosen(self, kyujin_no: str) -> bool:
        """Put the listing on the slip or take it off; False when the slip is full or it is gone."""
        if self.is_chosen(kyujin_no):
            self.chosen = [x for x in self.chosen if x.kyujin_no != kyujin_no]
            self._changed()
            return True
        if len(self.chosen) >= MAX_CHOSEN:
            self.problem = "jobs.slip_full"
            self._changed()
            return False
        listing = self.search.listing(kyujin_no)
        if listing is None:
            self.problem = "jobs.listing_gone"
            self._changed()
            return False
        self.chosen.append(listing)
        self.problem = ""
        self._changed()
        return True

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
