"""QtJobs: the job search flow for QML — its step, results, counts, the listing and the slip.

Searches and printing run on the kiosk's runner (the flow hands them over); this view-model
only reads the flow's state, words it in the session's language and forwards the taps.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Property, QObject, Qt, Signal, Slot

from content.jobs.codes import WAGE_STEPS, wage_key
from content.jobs.facets import AGES
from content.languages import group_digits, language
from content.phrasing import typeset
from kiosk.services.jobs import messages
from kiosk.services.jobs.core.categories import group_choices, top_group
from kiosk.services.jobs.core.flow import MAX_CHOSEN, SET_FILTERS, JobsFlow, PrintState, Step
from kiosk.services.jobs.core.model import JobQuery, JobResults, ListingSummary
from kiosk.services.jobs.ui import sheet
from kiosk.shell.core.session import Change
from kiosk.shell.ui.qt_session import QtSession
from kiosk.shell.ui.row_model import RowListModel
from kiosk.shell.ui.wording import tr

# Filter groups in the order the filter screen shows them ("age" has its own pad; a chosen
# 職種 group is followed by its sub-categories).
FILTER_FACETS = (
    "city",
    "category",
    "age",
    "employment",
    "full_part",
    "job_class",
    "wage",
    "shift",
    "days_off",
    "tag",
    "line",  # last: a line and its many stations are for those who travel by a given line
    "station",
)

# Rows of the 求人票 that are the listing's own Japanese words (the others are worded here).
LISTING_TEXT = frozenset(
    {
        "kyujin_no",
        "description",
        "employer",
        "place",
        "education",
        "experience",
        "licenses",
        "notes",
    }
)


def _ja(text: str) -> str:
    return typeset(text, "ja")


class ResultListModel(RowListModel):
    """One page of result cards: 職種 in Japanese; place, employment and wage worded."""

    def __init__(self, flow: JobsFlow, parent: QObject | None = None) -> None:
        super().__init__(
            {
                "kyujinNo": lambda s: s.kyujin_no,
                "title": lambda s: _ja(s.title),
                "employer": lambda s: _ja(s.employer_name or ""),
                "where": lambda s: self._lines(s)[0],
                "wage": lambda s: self._lines(s)[1],
                "chosen": lambda s: flow.is_chosen(s.kyujin_no),
            },
            parent,
        )
        self._language = "ja"

    def _lines(self, item: ListingSummary) -> tuple[str, str]:
        return sheet.card_lines(tr, self._language, item)

    def show(self, items: tuple[ListingSummary, ...], language: str) -> None:
        """Show ``items`` in ``language``."""
        self._language = language
        self.set_rows(items)


class CategoryListModel(RowListModel):
    """The 職種 category buttons that would find something, with how many each finds."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            {
                "key": lambda r: r[0],
                "label": lambda r: tr(messages.CATEGORIES.get(r[0])) or r[0],
                "count": lambda r: r[1],
                "countText": lambda r: group_digits(r[1], self._language),
            },
            parent,
        )
        self._language = "ja"

    def show(self, results: JobResults | None, language: str) -> None:
        """The top-level categories of ``results`` with a count above 0."""
        self._language = language
        counts = results.facets.get("category", {}) if results else {}
        self.set_rows(
            (key, counts.get(key, 0)) for key in messages.CATEGORIES if counts.get(key, 0) > 0
        )


class SubCategoryListModel(RowListModel):
    """A 職種 group's buttons: all of it first, then its sub-categories that find something."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            {
                "key": lambda r: r[0],
                "label": lambda r: self._label(r[0]),
                "count": lambda r: r[1],
                "countText": lambda r: group_digits(r[1], self._language),
                "whole": lambda r: "-" not in r[0],
            },
            parent,
        )
        self._language = "ja"

    @staticmethod
    def _label(key: str) -> str:
        if "-" in key:
            return tr(messages.SUBCATEGORIES[key])
        return sheet.arg(tr(messages.ALL_OF), tr(messages.CATEGORIES[key]))

    def show(self, group: str | None, results: JobResults | None, language: str) -> None:
        """The buttons of ``group`` with the counts of ``results`` (none without a group)."""
        self._language = language
        counts = results.facets.get("category", {}) if results else {}
        self.set_rows(group_choices(group, counts) if group else [])


class QtJobs(QObject):
    """Wraps one :class:`JobsFlow` for the job search screens."""

    stepChanged = Signal()
    changed = Signal()
    #: A new set of results arrived (the screen announces the count).
    resultsChanged = Signal()

    def __init__(self, session: QtSession, flow: JobsFlow, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._flow = flow
        self._results = ResultListModel(flow, self)
        self._categories = CategoryListModel(self)
        self._subcategories = SubCategoryListModel(self)
        self._step = flow.step
        self._shown: JobResults | None = None
        flow.subscribe(self._on_flow)
        session.core.subscribe(self._on_session)
        self._refresh()

    @property
    def flow(self) -> JobsFlow:
        """The wrapped flow."""
        return self._flow

    @property
    def _language(self) -> str:
        return self._session.language

    def _refresh(self) -> None:
        results = self._flow.results
        self._results.show(results.items if results else (), self._language)
        self._categories.show(self._flow.overview, self._language)
        self._subcategories.show(self._flow.group, self._flow.overview, self._language)

    def _on_flow(self) -> None:
        self._refresh()
        if self._flow.step is not self._step:
            self._step = self._flow.step
            self.stepChanged.emit()
        self.changed.emit()
        if self._flow.results is not self._shown:
            self._shown = self._flow.results
            if self._shown is not None:
                self.resultsChanged.emit()

    def _on_session(self, change: Change) -> None:
        if change is Change.LANGUAGE:
            self._refresh()
            self.changed.emit()

    # -- where the flow is ------------------------------------------------------------------

    @Property(str, notify=stepChanged)
    def step(self) -> str:
        """The screen shown: 'Search', 'Results', 'Filters', 'Detail' or 'Slip'."""
        return self._flow.step.value

    @Property(bool, notify=changed)
    def searching(self) -> bool:
        """True while a search runs on the runner."""
        return self._flow.searching

    @Property(str, notify=changed)
    def problem(self) -> str:
        """Message key of what went wrong ('' when nothing did)."""
        return self._flow.problem

    @Property(str, notify=changed)
    def problemText(self) -> str:
        """What went wrong, in the session's language."""
        key = self._flow.problem
        return typeset(tr(messages.problem(key)), self._language) if key else ""

    @Property(str, constant=True)
    def listingFont(self) -> str:
        """The font of the listings' Japanese words, whatever the session's language."""
        return language("ja").font_family

    # -- the search screen ------------------------------------------------------------------

    @Property(QObject, constant=True)
    def categories(self) -> CategoryListModel:
        """The 職種 buttons with their counts."""
        return self._categories

    @Property(str, notify=changed)
    def words(self) -> str:
        """The words searched."""
        return self._flow.query.words

    @Slot(str)
    def search(self, words: str) -> None:
        """Search by free words."""
        self._flow.search_words(words)

    @Slot(str)
    def openGroup(self, key: str) -> None:
        """Offer the sub-categories of one top-level 職種 group."""
        self._flow.open_group(key)

    # -- a 職種 group's sub-categories ------------------------------------------------------

    @Property(QObject, constant=True)
    def subcategories(self) -> SubCategoryListModel:
        """The group's buttons: all of it, then each sub-category that finds something."""
        return self._subcategories

    @Property(str, notify=changed)
    def groupTitle(self) -> str:
        """The name of the 職種 group whose sub-categories are offered."""
        group = self._flow.group
        return tr(messages.CATEGORIES[group]) if group in messages.CATEGORIES else ""

    @Slot(str)
    def chooseCategory(self, key: str) -> None:
        """Search one 職種 category or sub-category."""
        self._flow.choose_category(key)

    # -- results ----------------------------------------------------------------------------

    @Property(QObject, constant=True)
    def results(self) -> ResultListModel:
        """The result cards of the page shown."""
        return self._results

    @Property(int, notify=changed)
    def total(self) -> int:
        """How many listings the search found."""
        return self._flow.results.total if self._flow.results else 0

    @Property(str, notify=changed)
    def totalText(self) -> str:
        """That count, digits grouped for the session's language."""
        return group_digits(self.total, self._language)

    @Property(int, notify=changed)
    def page(self) -> int:
        """The page shown, from 1."""
        return (self._flow.results.page if self._flow.results else 0) + 1

    @Property(int, notify=changed)
    def pages(self) -> int:
        """How many pages there are."""
        return self._flow.results.pages if self._flow.results else 1

    @Slot()
    def nextPage(self) -> None:
        """The next page of results."""
        self._flow.page(self._flow.query.page + 1)

    @Slot()
    def previousPage(self) -> None:
        """The previous page of results."""
        self._flow.page(self._flow.query.page - 1)

    @Property(str, notify=changed)
    def sort(self) -> str:
        """The order asked for: 'newest' or 'relevance'."""
        return self._flow.query.sort

    @Property(bool, notify=changed)
    def canRank(self) -> bool:
        """True when words were searched, so the best matches can come first."""
        return bool(self._flow.query.words)

    @Slot(str)
    def setSort(self, sort: str) -> None:
        """Newest first or best match first."""
        self._flow.set_sort(sort)

    # -- filters ----------------------------------------------------------------------------

    def _chosen(self, facet: str, value: str) -> bool:
        q: JobQuery = self._flow.query
        if facet == "wage":
            return q.wage_unit is not None and wage_key(q.wage_unit, q.wage_min or 0) == value
        if facet == "category":
            return q.category == value
        field = SET_FILTERS.get(facet)
        chosen: frozenset[str] = getattr(q, field) if field is not None else frozenset()
        return value in chosen

    def _category_groups(self, results: JobResults) -> list[dict[str, Any]]:
        """The 職種 group's chips, and the chosen group's sub-categories after them.

        A top-level chip stands for its whole group: chosen when the group or one of its
        sub-categories is, and then a touch takes the choice off.
        """
        counts = results.facets.get("category", {})
        chosen = self._flow.query.category
        group = top_group(chosen.split("-")[0]) if chosen else None
        tops = []
        for key in messages.CATEGORIES:
            mine = group is not None and group.key == key
            if counts.get(key, 0) > 0 or mine:
                value = chosen if mine and chosen else key
                label = sheet.value(tr, "category", key)
                tops.append(self._chip(value, f"category_{key}", label, counts.get(key, 0), mine))
        groups = []
        if tops:
            groups.append(
                {"facet": "category", "title": tr(messages.FACET_NAMES["category"]), "chips": tops}
            )
        if group is not None:
            whole = sheet.arg(tr(messages.ALL_OF), tr(messages.CATEGORIES[group.key]))
            subs = [
                self._chip(
                    k,
                    f"subcategory_{k}",
                    sheet.value(tr, "category", k) if "-" in k else whole,
                    n,
                    k == chosen,
                )
                for k, n in group_choices(group.key, counts)
            ]
            if subs:
                title = sheet.arg(tr(messages.WITHIN), tr(messages.CATEGORIES[group.key]))
                groups.append({"facet": "subcategory", "title": title, "chips": subs})
        return groups

    def _chip(self, value: str, name: str, label: str, count: int, chosen: bool) -> dict[str, Any]:
        """A 職種 chip: ``name`` names it on screen, ``value`` is what a touch toggles."""
        return {
            "facet": "category",
            "value": value,
            "name": name,
            "label": label,
            "count": count,
            "countText": group_digits(count, self._language),
            "chosen": chosen,
            "opens": "",
        }

    def _age_group(self, results: JobResults) -> dict[str, Any]:
        """The age: a chip to type it, or the age chosen (a touch takes it off) and one to
        change it."""
        age = self._flow.query.age
        enter = {
            "facet": "age",
            "value": "",
            "name": "age_enter" if age is None else "age_change",
            "label": tr(messages.AGE_ENTER if age is None else messages.AGE_CHANGE),
            "count": 0,
            "countText": "",
            "chosen": False,
            "opens": "age",
        }
        chips = [enter]
        if age is not None:
            chosen = {
                "facet": "age",
                "value": str(age),
                "name": f"age_{age}",
                "label": sheet.arg(tr(messages.AGE_YEARS), str(age)),
                "count": results.total,
                "countText": group_digits(results.total, self._language),
                "chosen": True,
                "opens": "",
            }
            chips.insert(0, chosen)
        return {"facet": "age", "title": tr(messages.FIELDS["age"]), "chips": chips}

    def _label(self, facet: str, value: str, places: dict[str, str]) -> str:
        if facet == "city":
            return _ja(places.get(value, value))
        if facet == "wage":
            unit, _, low = value.partition(":")
            return sheet.wage(tr, self._language, unit, int(low), None)
        return sheet.value(tr, facet, value)

    def _values(self, facet: str, counts: dict[str, int]) -> list[str]:
        if facet == "wage":
            return [wage_key(u, s) for u, steps in WAGE_STEPS.items() for s in steps]
        known = messages.VALUES.get(facet)
        return list(known) if known is not None else sorted(counts)

    @Property(list, notify=changed)
    def filterGroups(self) -> list[dict[str, Any]]:
        """Each filter group with its chips: a value is offered when it finds something."""
        results = self._flow.results
        if results is None:
            return []
        places = {p.code: p.name_ja for p in self._flow.places}
        groups: list[dict[str, Any]] = []
        for facet in FILTER_FACETS:
            if facet == "category":
                groups.extend(self._category_groups(results))
                continue
            if facet == "age":
                groups.append(self._age_group(results))
                continue
            counts = dict(results.facets.get(facet, {}))
            chips = [
                {
                    "facet": facet,
                    "value": v,
                    "name": f"{facet}_{v}",
                    "label": self._label(facet, v, places),
                    "count": counts.get(v, 0),
                    "countText": group_digits(counts.get(v, 0), self._language),
                    "chosen": self._chosen(facet, v),
                    "opens": "",
                }
                for v in self._values(facet, counts)
                if counts.get(v, 0) > 0 or self._chosen(facet, v)
            ]
            if chips:
                groups.append(
                    {"facet": facet, "title": tr(messages.FACET_NAMES[facet]), "chips": chips}
                )
        return groups

    @Property(list, notify=changed)
    def activeFilters(self) -> list[dict[str, str]]:
        """The filters chosen now, each as a chip that takes it off."""
        found = [
            {"facet": chip["facet"], "value": chip["value"], "label": chip["label"]}
            for group in self.filterGroups
            for chip in group["chips"]
            if chip["chosen"] and chip["facet"] != "category"
        ]
        category = self._flow.query.category
        if category is not None:
            found.insert(
                0,
                {
                    "facet": "category",
                    "value": category,
                    "label": sheet.value(tr, "category", category),
                },
            )
        return found

    @Slot(str, str, result=bool)
    def toggleFilter(self, facet: str, value: str) -> bool:
        """Choose a filter value or take it off; False for one that would give nothing."""
        return self._flow.toggle_filter(facet, value)

    @Slot()
    def clearFilters(self) -> None:
        """Keep the words, drop every filter."""
        self._flow.clear_filters()

    @Slot()
    def showFilters(self) -> None:
        """The filter screen."""
        self._flow.show_filters()

    @Slot()
    def showResults(self) -> None:
        """Back to the results."""
        self._flow.show_results()

    # -- the age pad ------------------------------------------------------------------------

    @Slot()
    def showAge(self) -> None:
        """The pad for the job seeker's age."""
        self._flow.show_age()

    @Property(str, notify=changed)
    def ageEntry(self) -> str:
        """The digits typed on the age pad."""
        return self._flow.age_entry

    @Property(str, notify=changed)
    def ageEntryText(self) -> str:
        """The age typed, with its unit ('' before a digit is typed)."""
        entry = self._flow.age_entry
        return sheet.arg(tr(messages.AGE_YEARS), entry) if entry else ""

    @Property(str, notify=changed)
    def agePreview(self) -> str:
        """Under the age typed: how many jobs are open to it, or what to type."""
        flow = self._flow
        if flow.problem:
            return ""  # the problem is said instead
        if flow.age_out_of_range:
            return tr(messages.problem("jobs.age_out_of_range"))
        count = flow.age_count
        age = flow.age_typed
        if age is None or age not in AGES:
            return tr(messages.AGE_HINT)
        if count is None:
            return tr(messages.AGE_COUNTING)
        text = tr(messages.AGE_FINDS)
        return sheet.arg(text, str(age), group_digits(count, self._language))

    @Property(bool, notify=changed)
    def ageWarning(self) -> bool:
        """True when what is under the age is a warning (out of range, or no job open to it)."""
        return self._flow.age_out_of_range or self._flow.age_count == 0

    @Property(bool, notify=changed)
    def ageCanApply(self) -> bool:
        """True when the age typed is one some job is open to."""
        count = self._flow.age_count
        return count is not None and count > 0

    @Property(bool, notify=changed)
    def ageChosen(self) -> bool:
        """True when the search has an age."""
        return self._flow.query.age is not None

    @Slot(str)
    def pressAgeDigit(self, digit: str) -> None:
        """One digit on the age pad."""
        self._flow.press_age_digit(digit)

    @Slot(int, str, result=bool)
    def ageKey(self, key: int, text: str) -> bool:
        """A key of a physical keyboard on the age pad; True when it was used."""
        if self._flow.step is not Step.AGE:
            return False
        if key == Qt.Key.Key_Backspace.value:
            self._flow.delete_age_digit()
        elif key == Qt.Key.Key_Escape.value:
            self._flow.clear_age_entry()
        elif key in (Qt.Key.Key_Return.value, Qt.Key.Key_Enter.value):
            self._flow.apply_age()
        elif len(text) == 1 and text in "0123456789":
            self._flow.press_age_digit(text)
        else:
            return False
        return True

    @Slot()
    def deleteAgeDigit(self) -> None:
        """Take back the last digit."""
        self._flow.delete_age_digit()

    @Slot()
    def clearAgeEntry(self) -> None:
        """Empty the age pad."""
        self._flow.clear_age_entry()

    @Slot()
    def applyAge(self) -> None:
        """Search with the age typed."""
        self._flow.apply_age()

    @Slot()
    def clearAge(self) -> None:
        """Search without an age."""
        self._flow.clear_age()

    # -- one listing ------------------------------------------------------------------------

    @Slot(str)
    def open(self, kyujin_no: str) -> None:
        """Open one listing like a 求人票."""
        self._flow.open(kyujin_no)

    @Property(str, notify=changed)
    def kyujinNo(self) -> str:
        """The opened listing's 求人番号."""
        return self._flow.opened.kyujin_no if self._flow.opened else ""

    @Property(str, notify=changed)
    def title(self) -> str:
        """The opened listing's 職種 (Japanese)."""
        return _ja(self._flow.opened.title) if self._flow.opened else ""

    @Property(list, notify=changed)
    def fields(self) -> list[dict[str, str]]:
        """The opened listing's rows: translated label, Japanese value."""
        listing = self._flow.opened
        if listing is None:
            return []
        language = self._language
        return [
            {
                "key": r.key,
                "label": r.label,
                "value": _ja(r.value) if r.key in LISTING_TEXT else typeset(r.value, language),
            }
            for r in sheet.sheet(tr, language, listing)
        ]

    @Property(str, notify=changed)
    def spokenListing(self) -> str:
        """What Read aloud says of the opened listing."""
        listing = self._flow.opened
        return sheet.spoken(tr, self._language, listing) if listing else ""

    @Property(bool, notify=changed)
    def openedChosen(self) -> bool:
        """True when the opened listing is on the slip."""
        listing = self._flow.opened
        return listing is not None and self._flow.is_chosen(listing.kyujin_no)

    @Slot()
    def toggleOpened(self) -> None:
        """Put the opened listing on the slip, or take it off."""
        if self._flow.opened is not None:
            self._flow.toggle_chosen(self._flow.opened.kyujin_no)

    # -- the slip ---------------------------------------------------------------------------

    @Property(int, notify=changed)
    def chosenCount(self) -> int:
        """How many listings are on the slip."""
        return len(self._flow.chosen)

    @Property(int, constant=True)
    def maxChosen(self) -> int:
        """How many listings one slip holds."""
        return MAX_CHOSEN

    @Property(list, notify=changed)
    def chosen(self) -> list[dict[str, str]]:
        """The listings on the slip: 求人番号, 職種 and the wage."""
        return [
            {
                "kyujinNo": x.kyujin_no,
                "title": _ja(x.title),
                "wage": sheet.wage(tr, self._language, x.wage_unit, x.wage_min, x.wage_max),
            }
            for x in self._flow.chosen
        ]

    @Slot(str)
    def removeChosen(self, kyujin_no: str) -> None:
        """Take a listing off the slip."""
        if self._flow.is_chosen(kyujin_no):
            self._flow.toggle_chosen(kyujin_no)

    @Slot()
    def showSlip(self) -> None:
        """The slip screen."""
        self._flow.show_slip()

    @Slot()
    def printSlip(self) -> None:
        """Print the slip (on the runner)."""
        self._flow.print_slip()

    @Property(str, notify=changed)
    def printState(self) -> str:
        """'ready', 'printing', 'printed' or 'failed'."""
        return self._flow.print_state.value

    @Property(bool, notify=changed)
    def busy(self) -> bool:
        """True while the slip prints."""
        return self._flow.print_state is PrintState.PRINTING

    @Property(str, constant=True)
    def office(self) -> str:
        """The Hello Work office for this area, with its address, phone and hours (Japanese)."""
        o = self._flow.search.office()
        return _ja(f"{o.name_ja}\n〒{o.postcode} {o.address_ja}\n{o.phone}　{o.hours_ja}")
