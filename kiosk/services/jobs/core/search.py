"""The job search over the terminal's n-gram index: words, filters, facet counts, sort, pages.

A word of up to four characters is looked up as one n-gram (the index holds every piece of 1
to 4 characters of each listing's text); a longer word as the AND of its 4-grams, a superset
that is then checked against each candidate's text, so every answer is exact. Listings past
their 紹介期限日 (in Japan time, by the terminal's clock) are left out even when the terminal
has been offline since.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import threading
import unicodedata
from collections import OrderedDict
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any, Protocol
from zoneinfo import ZoneInfo

from pyroaring import BitMap

from content.jobs.codes import CATEGORIES, WAGE_STEPS, wage_key
from content.jobs.facets import AGES
from content.jobs.normalize import alternatives, words
from kiosk.services.jobs.core.listing import listing_from_record
from kiosk.services.jobs.core.model import (
    FACETS,
    OR_FACETS,
    Category,
    HelloWorkOffice,
    JobQuery,
    JobResults,
    Listing,
    ListingSummary,
    Place,
    Station,
)

JAPAN = ZoneInfo("Asia/Tokyo")
# Relevance needs every hit scored; above this many hits the results stay newest first.
RELEVANCE_LIMIT = 5000
MAX_PAGE_SIZE = 100


class JobIndex(Protocol):
    """The terminal's listings as an n-gram index; rowids ascend with (受付年月日, 求人番号)."""

    def size(self) -> int:
        """Number of listings (rowids are 0 … size - 1)."""
        ...

    def gram(self, gram: str) -> BitMap:
        """Rows whose search text holds ``gram`` (1 to 4 characters)."""
        ...

    def facet(self, name: str, value: str) -> BitMap:
        """Rows with ``value`` in facet ``name`` (also ``expires`` by ISO date, ``age`` by age)."""
        ...

    def values(self, name: str) -> tuple[str, ...]:
        """The values facet ``name`` has in this index."""
        ...

    def wage_at_least(self, unit: str, minimum: int) -> BitMap:
        """Rows paid by ``unit`` whose lower wage is at least ``minimum`` yen."""
        ...

    def texts(self) -> Sequence[str]:
        """The normalised search text of every row, by rowid; its first line is the title."""
        ...

    def records(self, rowids: Sequence[int]) -> list[dict[str, Any]]:
        """The records of ``rowids``, in that order."""
        ...

    def rowid(self, kyujin_no: str) -> int | None:
        """The row of a 求人番号, None if absent."""
        ...

    def place_names(self) -> Mapping[str, str]:
        """Municipality code → name for the codes in the index."""
        ...

    def station_lines(self) -> Mapping[str, tuple[str, ...]]:
        """Station → lines, for the stations in the index."""
        ...

    def as_of(self) -> dt.date | None:
        """Date of the snapshot the index was built from."""
        ...


def japan_today(now: dt.datetime) -> dt.date:
    """Today's date in Japan for an aware ``now``."""
    return now.astimezone(JAPAN).date()


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class NgramJobSearch:
    """:class:`~kiosk.services.jobs.core.model.JobSearch` over a :class:`JobIndex`.

    ``index`` returns the current index (None before the first sync); ``clock`` gives the
    aware current time. The rows of recent words are cached until :meth:`forget` (call it when
    the session ends), so that nothing a person searched outlives their session. Searches,
    counts per age and listing reads take turns (the kiosk's runner may run several at once);
    :meth:`forget` never waits for one. Every cache is dropped when ``index`` returns a new
    index.
    """

    def __init__(
        self,
        index: Callable[[], JobIndex | None],
        office: HelloWorkOffice,
        *,
        clock: Callable[[], dt.datetime] = _utc_now,
    ) -> None:
        self._index = index
        self._office = office
        self._clock = clock
        self._live: tuple[dt.date, BitMap] | None = None
        self._seen: JobIndex | None = None
        self._grams: OrderedDict[str, BitMap] = OrderedDict()
        # The rows of a word are fixed for one index: a person who adds a filter or turns a
        # page does not pay for the word again. Cleared with forget() at session end.
        self._words: OrderedDict[str, BitMap] = OrderedDict()
        self._lock = threading.Lock()
        self._forget_pending = False

    # -- JobSearch -------------------------------------------------------------------------
    def search(self, query: JobQuery) -> JobResults:
        """Listings matching ``query`` that are open today (Japan time)."""
        with self._turn():
            size = max(1, min(query.page_size, MAX_PAGE_SIZE))
            page = max(0, query.page)
            index = self._current()
            if index is None:
                return JobResults(0, (), page, size, {}, ())
            used, hits, filters, base = self._match(index, query)
            facets = self._facets(index, hits, base, filters)
            total = len(base)
            sort = (
                query.sort
                if query.sort == "relevance" and used and total <= RELEVANCE_LIMIT
                else "newest"
            )
            rows = self._page(index, base, used, sort, page * size, size)
            items = tuple(self._summary(r) for r in index.records(rows))
            return JobResults(total, items, page, size, facets, used, sort)

    def age_counts(self, query: JobQuery) -> dict[int, int]:
        """For each age a query may give, how many open listings ``query`` finds with it.

        The query's own age is left out, so the counts say what each age would find.
        """
        with self._turn():
            index = self._current()
            if index is None:
                return {age: 0 for age in AGES}
            _, _, _, base = self._match(index, dataclasses.replace(query, age=None))
            return {a: base.intersection_cardinality(index.facet("age", str(a))) for a in AGES}

    def listing(self, kyujin_no: str) -> Listing | None:
        """One open listing by 求人番号 (full-width digits accepted)."""
        with self._turn():
            index = self._current()
            if index is None:
                return None
            rowid = index.rowid(kyujin_no.strip())
            if rowid is None:
                rowid = index.rowid(unicodedata.normalize("NFKC", kyujin_no).strip())
            if rowid is None or rowid not in self._open_rows(index):
                return None
            return listing_from_record(index.records([rowid])[0])

    def categories(self) -> tuple[Category, ...]:
        """The 職種 tree."""
        return CATEGORIES

    def places(self) -> tuple[Place, ...]:
        """Municipalities that have listings, by code."""
        index = self._index()
        if index is None:
            return ()
        names = index.place_names()
        return tuple(Place(code, names[code]) for code in sorted(names))

    def stations(self) -> tuple[Station, ...]:
        """Stations that have listings, by name."""
        index = self._index()
        if index is None:
            return ()
        lines = index.station_lines()
        return tuple(Station(name, lines[name]) for name in sorted(lines))

    def office(self) -> HelloWorkOffice:
        """The Hello Work office for this terminal's area."""
        return self._office

    def as_of(self) -> dt.date | None:
        """Date of the snapshot searched."""
        index = self._index()
        return None if index is None else index.as_of()

    def _current(self) -> JobIndex | None:
        """The index now; every cache is dropped when it was replaced (a new sync)."""
        index = self._index()
        if index is not self._seen:
            self._seen = index
            self._live = None
            self._grams.clear()
            self._words.clear()
        return index

    def forget(self) -> None:
        """Drop the words searched in this session (the posting cache holds no query).

        Called on the UI thread, it does not wait for a search in progress: that search drops
        them as it ends.
        """
        self._forget_pending = True
        self._forget_if_free()

    @contextmanager
    def _turn(self) -> Iterator[None]:
        """One search, count or read at a time; words forgotten meanwhile are dropped after."""
        try:
            with self._lock:
                try:
                    yield
                finally:
                    if self._forget_pending:
                        self._forget_pending = False
                        self._words.clear()
        finally:
            self._forget_if_free()  # forget() may have asked between the check and the release

    def _forget_if_free(self) -> None:
        if self._forget_pending and self._lock.acquire(blocking=False):
            try:
                self._forget_pending = False
                self._words.clear()
            finally:
                self._lock.release()

    # -- parts -----------------------------------------------------------------------------
    def _match(
        self, index: JobIndex, query: JobQuery
    ) -> tuple[tuple[str, ...], BitMap, dict[str, BitMap], BitMap]:
        """The words used, the open rows holding them, each filter's rows and all of them."""
        used = words(query.words)
        hits = self._open_rows(index)
        for word in used:
            hits = hits & self._word(index, word)
        filters = self._filters(index, query)
        base = hits
        for bits in filters.values():
            base = base & bits
        return used, hits, filters, base

    def _open_rows(self, index: JobIndex) -> BitMap:
        today = japan_today(self._clock())
        cached = self._live
        if cached is not None and cached[0] == today:
            return cached[1]
        iso = today.isoformat()
        live = BitMap()
        for day in index.values("expires"):
            if day >= iso:
                live |= index.facet("expires", day)
        self._live = (today, live)
        return live

    def _gram(self, index: JobIndex, gram: str) -> BitMap:
        key = gram
        bits = self._grams.get(key)
        if bits is None:
            bits = index.gram(gram)
            self._grams[key] = bits
            if len(self._grams) > 8192:
                self._grams.popitem(last=False)
        else:
            self._grams.move_to_end(key)
        return bits

    def _term(self, index: JobIndex, term: str) -> BitMap:
        if len(term) <= 4:
            return self._gram(index, term)
        grams = sorted(
            {term[i : i + 4] for i in range(len(term) - 3)},
            key=lambda g: len(self._gram(index, g)),
        )
        bits = self._gram(index, grams[0])
        for g in grams[1:]:
            if not bits:
                return bits
            bits = bits & self._gram(index, g)
        texts = index.texts()
        return BitMap([r for r in bits if term in texts[r]])

    def _word(self, index: JobIndex, word: str) -> BitMap:
        key = word
        bits = self._words.get(key)
        if bits is not None:
            self._words.move_to_end(key)
            return bits
        bits = BitMap()
        for alt in alternatives(word):
            bits |= self._term(index, alt)
        self._words[key] = bits
        if len(self._words) > 64:
            self._words.popitem(last=False)
        return bits

    def _union(self, index: JobIndex, name: str, values: frozenset[str]) -> BitMap:
        bits = BitMap()
        for v in values:
            bits |= index.facet(name, v)
        return bits

    def _filters(self, index: JobIndex, q: JobQuery) -> dict[str, BitMap]:
        out: dict[str, BitMap] = {}
        for name, chosen in (
            ("city", q.cities),
            ("station", q.stations),
            ("line", q.lines),
            ("employment", q.employment),
            ("full_part", q.full_part),
            ("job_class", q.job_class),
            ("shift", q.shift),
        ):
            if chosen:
                out[name] = self._union(index, name, chosen)
        if q.category:
            out["category"] = index.facet("category", q.category)
        if q.wage_unit:
            out["wage"] = index.wage_at_least(q.wage_unit, q.wage_min or 0)
        for name, chosen in (("days_off", q.days_off), ("tag", q.tags)):
            for v in sorted(chosen):
                bits = index.facet(name, v)
                out[name] = out[name] & bits if name in out else bits
        if q.age is not None:
            out["age"] = index.facet("age", str(min(max(q.age, 15), 99)))
        return out

    def _facets(
        self, index: JobIndex, hits: BitMap, base: BitMap, filters: dict[str, BitMap]
    ) -> dict[str, dict[str, int]]:
        out: dict[str, dict[str, int]] = {}
        for name in FACETS:
            scope = base
            if name in OR_FACETS and name in filters:
                scope = hits
                for other, bits in filters.items():
                    if other != name:
                        scope = scope & bits
            if name == "wage":
                values = [wage_key(u, s) for u, steps in WAGE_STEPS.items() for s in steps]
            else:
                values = list(index.values(name))
            out[name] = {v: scope.intersection_cardinality(index.facet(name, v)) for v in values}
        return out

    def _page(
        self, index: JobIndex, base: BitMap, used: tuple[str, ...], sort: str, start: int, n: int
    ) -> list[int]:
        total = len(base)
        if start >= total:
            return []
        if sort == "newest":
            return [base[total - 1 - i] for i in range(start, min(start + n, total))]
        texts = index.texts()

        def score(rowid: int) -> tuple[int, int]:
            body = texts[rowid]
            title = body.split("\n", 1)[0]
            points = 0
            for word in used:
                for alt in alternatives(word):
                    points += 10 * title.count(alt) + body.count(alt)
            return points, rowid

        ranked = sorted(base, key=score, reverse=True)
        return ranked[start : start + n]

    @staticmethod
    def _summary(record: dict[str, Any]) -> ListingSummary:
        return listing_from_record(record).summary()
