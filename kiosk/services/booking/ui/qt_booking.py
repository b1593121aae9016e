"""QtBooking: the booking flow for QML — its step, the facilities, the week grid, fee and bookings.

Every read and write runs on the kiosk's runner (the flow hands them over); this view-model only
reads the flow's state, words it in the session's language and forwards the taps. The PIN's
digits never reach QML: the screens see only how many were typed.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import Property, QObject, Signal, Slot

from content.config.hardware import HardwareLayout, PaymentUnitConfig
from content.languages import format_date, group_digits
from content.phrasing import typeset
from kiosk.blocks.identity.check import PIN_LENGTH
from kiosk.services.booking import messages
from kiosk.services.booking.core.find import Place, areas, kinds
from kiosk.services.booking.core.flow import BookingFlow, Step
from kiosk.services.booking.core.ports import Booking, Entry
from kiosk.services.booking.core.week import LOOKS, WEEKDAYS
from kiosk.shell.core.messages import Catalogue, Message
from kiosk.shell.core.session import Change
from kiosk.shell.ui.pin_keys import press_pin_key
from kiosk.shell.ui.qt_session import QtSession
from kiosk.shell.ui.wording import tr

JAPAN = ZoneInfo("Asia/Tokyo")
GROUP_SIZES = (5, 10, 20, 30, 50)  # the group-size chips
DAYS_AHEAD = 7  # the day chips: today and the six days after it


_WORDED: tuple[Message, ...] = (
    *messages.PROBLEMS.values(),
    *messages.FAMILIES.values(),
    messages.OTHER,
    *messages.QUOTA.values(),
)


def _installed(language: str) -> Catalogue:
    """The problems' words as the installed Qt catalogues give them, for ``problem_text``."""
    return Catalogue({language: {(m.context, m.source): tr(m) for m in _WORDED}})


_EN_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _short_date(day: dt.date, language: str) -> str:
    """A day without its year, short enough for a column of the week grid (2月24日, 24 Feb)."""
    if language in ("ja", "ja-easy", "zh-Hans"):
        return f"{day.month}月{day.day}日"
    if language == "ko":
        return f"{day.month}월 {day.day}일"
    if language == "en":
        return f"{day.day} {_EN_MONTHS[day.month - 1]}"
    return f"{day.day:02d}/{day.month:02d}"


# How the times of one slot are joined, by language (others: ' + ', and the parts by commas).
_TIMES_JOINED = {"ja": "・", "ja-easy": "・", "zh-Hans": "、", "ko": "·"}

# Steps before the PIN was checked: a card on the reader there is where it should be.
_CARD_STEPS = frozenset(
    {
        Step.LOADING,
        Step.FIND,
        Step.WEEK,
        Step.INSERT_CARD,
        Step.READING_CARD,
        Step.PIN,
        Step.CHECKING_PIN,
        Step.REMOVE_CARD,
    }
)


class QtBooking(QObject):
    """Wraps one :class:`BookingFlow` for the booking screens."""

    stepChanged = Signal()
    changed = Signal()

    def __init__(
        self,
        session: QtSession,
        flow: BookingFlow,
        parent: QObject | None = None,
        *,
        zone: ZoneInfo = JAPAN,
        hardware: HardwareLayout | None = None,
        payment: PaymentUnitConfig | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._flow = flow
        self._zone = zone
        self._hardware = hardware or HardwareLayout()
        self._payment = payment or PaymentUnitConfig()
        self._step = flow.step
        flow.subscribe(self._on_flow)
        session.core.subscribe(self._on_session)

    @property
    def flow(self) -> BookingFlow:
        """The wrapped flow."""
        return self._flow

    @property
    def _language(self) -> str:
        return self._session.language

    def _on_flow(self) -> None:
        if self._flow.step is not self._step:
            self._step = self._flow.step
            self.stepChanged.emit()
        self.changed.emit()

    def _on_session(self, change: Change) -> None:
        if change is Change.LANGUAGE:
            self.changed.emit()

    def _text(self, text: str) -> str:
        return typeset(text, self._language)

    def _date(self, day: dt.date) -> str:
        return format_date(day.isoformat(), self._language)

    def _yen(self, amount: int) -> str:
        return tr(messages.RECEIPT.yen).replace("%1", group_digits(amount, self._language))

    def _names(self) -> dict[str, dict[str, str]]:
        """Unit and division ids to their names by language, to say which slot a problem means."""
        found: dict[str, dict[str, str]] = {}
        place = self._flow.place
        for room in place.rooms if place else ():
            found[room.unit] = dict(room.names)
        week = self._flow.week
        for unit in week.units if week else ():
            if unit.names:
                found[unit.unit] = dict(unit.names)
            for division in unit.divisions:
                found.setdefault(division.id, dict(division.names))
        return found

    # -- where the flow is ------------------------------------------------------------------

    @Property(str, notify=stepChanged)
    def step(self) -> str:
        """The screen shown: 'Find', 'Week', 'Pin', 'Fee', 'Done', 'Mine', 'Problem', …."""
        return self._flow.step.value

    @Property(bool, notify=changed)
    def busy(self) -> bool:
        """True while the resident waits for the kiosk."""
        return self._flow.busy

    @Property(str, notify=changed)
    def problem(self) -> str:
        """Message key of what went wrong ('' when nothing did)."""
        problem = self._flow.problem
        return problem.key if problem else ""

    @Property(str, notify=changed)
    def problemText(self) -> str:
        """What went wrong, with what it names, in the session's language."""
        problem = self._flow.problem
        if problem is None:
            return ""
        text = messages.problem_text(
            problem.key,
            problem.detail,
            self._language,
            _installed(self._language),
            names=self._names(),
        )
        return self._text(text)

    @Property(bool, notify=changed)
    def canRefresh(self) -> bool:
        """True when the problem is a slot taken meanwhile: the week can be read again."""
        problem = self._flow.problem
        return (
            self._flow.step is Step.PROBLEM
            and problem is not None
            and self._flow.week_start is not None
            and problem.key == "booking.slot_taken"
        )

    @Property(str, notify=changed)
    def notice(self) -> str:
        """Message key of why the last tap did nothing ('' when nothing to say)."""
        return self._flow.notice

    @Property(str, notify=changed)
    def noticeText(self) -> str:
        """Why the last tap did nothing, or that the fee changed ('' when nothing to say)."""
        key = self._flow.notice
        if not key:
            return ""
        cell = messages.CELLS.get(key)
        if cell is not None:
            return self._text(tr(cell))
        return self._text(
            messages.problem_text(key, {}, self._language, _installed(self._language))
        )

    # -- finding a facility -----------------------------------------------------------------

    @Property(list, notify=changed)
    def kindChips(self) -> list[dict[str, Any]]:
        """The kinds of facility on offer, in the list's order: id, words, chosen."""
        directory, chosen = self._flow.directory, self._flow.wanted.kind
        found = kinds(directory.places) if directory else ()
        return [
            {
                "value": kind,
                "label": self._text(tr(messages.KINDS.get(kind)) or kind),
                "chosen": kind == chosen,
            }
            for kind in found
        ]

    @Property(list, notify=changed)
    def areaChips(self) -> list[dict[str, Any]]:
        """The towns with facilities, in the list's order (their own Japanese names), chosen."""
        directory, chosen = self._flow.directory, self._flow.wanted.area
        found = areas(directory.places) if directory else ()
        return [{"value": area, "label": area, "chosen": area == chosen} for area in found]

    @Property(list, notify=changed)
    def dayChips(self) -> list[dict[str, Any]]:
        """The day chips: today and the days after it (YYYY-MM-DD, words, chosen)."""
        today, chosen = self._flow.today(), self._flow.wanted.day
        return [
            {"value": day.isoformat(), "label": self._date(day), "chosen": day == chosen}
            for day in (today + dt.timedelta(days=n) for n in range(DAYS_AHEAD))
        ]

    @Property(list, notify=changed)
    def sizeChips(self) -> list[dict[str, Any]]:
        """The group-size chips ('%1 people or more'), chosen."""
        chosen = self._flow.wanted.people
        return [
            {
                "value": size,
                "label": self._text(tr(messages.PEOPLE).replace("%1", str(size))),
                "chosen": size == chosen,
            }
            for size in GROUP_SIZES
        ]

    @Property(str, notify=changed)
    def kind(self) -> str:
        """The kind asked for ('' for any)."""
        return self._flow.wanted.kind

    @Property(str, notify=changed)
    def area(self) -> str:
        """The town asked for ('' for any)."""
        return self._flow.wanted.area

    @Property(str, notify=changed)
    def day(self) -> str:
        """The day asked for, YYYY-MM-DD ('' for any)."""
        day = self._flow.wanted.day
        return day.isoformat() if day else ""

    @Property(int, notify=changed)
    def people(self) -> int:
        """The group size asked for (0 for any)."""
        return self._flow.wanted.people

    def _search(self, **changes: Any) -> None:
        self._flow.set_search(dataclasses.replace(self._flow.wanted, **changes))

    @Slot(str)
    def chooseKind(self, kind: str) -> None:
        """Ask for one kind of facility; the chosen chip again asks for any."""
        self._search(kind="" if kind == self._flow.wanted.kind else kind)

    @Slot(str)
    def chooseArea(self, area: str) -> None:
        """Ask for one town; the chosen chip again asks for any."""
        self._search(area="" if area == self._flow.wanted.area else area)

    @Slot(str)
    def chooseDay(self, iso_day: str) -> None:
        """Ask for one day (YYYY-MM-DD); '' or the chosen chip again asks for any day."""
        try:
            day = dt.date.fromisoformat(iso_day) if iso_day else None
        except ValueError:
            return  # a chip always sends a date; anything else asks for nothing new
        self._search(day=None if day == self._flow.wanted.day else day)

    @Slot(int)
    def choosePeople(self, people: int) -> None:
        """Ask for rooms that hold ``people``; the chosen chip again (or 0) asks for any size."""
        people = max(0, people)
        self._search(people=0 if people == self._flow.wanted.people else people)

    @Property(list, notify=changed)
    def results(self) -> list[dict[str, Any]]:
        """The facilities found: id, name, town and their rooms' names and capacities."""
        language = self._language
        return [
            {
                "facility": place.facility,
                "name": self._text(place.name(language)),
                "area": place.area,
                "kind": place.kind,
                "rooms": [
                    {
                        "unit": room.unit,
                        "name": self._text(
                            room.names.get(language) or room.names.get("ja") or room.unit
                        ),
                        "capacity": room.capacity if room.capacity is not None else 0,
                    }
                    for room in place.rooms
                ],
            }
            for place in self._flow.results
        ]

    @Property(bool, notify=changed)
    def directoryOffline(self) -> bool:
        """True when the facility list is the copy the terminal kept (browsing only)."""
        directory = self._flow.directory
        return directory is not None and not directory.fresh

    @Property(str, notify=changed)
    def directoryAsOf(self) -> str:
        """When the facility list shown was read, in the terminal's time ('' before it is)."""
        directory = self._flow.directory
        return self._when(directory.as_of) if directory else ""

    @Slot(str)
    def openPlace(self, facility: str) -> None:
        """Show the week of one facility found."""
        self._flow.open_place(facility)

    @Slot()
    def showMine(self) -> None:
        """My bookings and lottery entries (the card is read first)."""
        self._flow.show_mine()

    # -- the week grid ----------------------------------------------------------------------

    @Property(str, notify=changed)
    def placeName(self) -> str:
        """The name of the facility whose week is shown."""
        place = self._flow.place
        return self._text(place.name(self._language)) if place else ""

    @Property(list, notify=changed)
    def weekDays(self) -> list[dict[str, Any]]:
        """The week's columns: the date, its words and whether it has gone by."""
        week, today = self._flow.week, self._flow.today()
        return [
            {
                "date": day.isoformat(),
                "label": self._date(day),
                "short": _short_date(day, self._language),
                "weekday": WEEKDAYS[day.weekday()],
                "past": day < today,
                "today": day == today,
            }
            for day in (week.days if week else ())
        ]

    @Property(list, notify=changed)
    def weekRows(self) -> list[dict[str, Any]]:
        """The grid's rows: a unit's division, each with a cell a day (mark, pattern, words)."""
        week, choice, language = self._flow.week, self._flow.choice, self._language
        if week is None:
            return []
        rooms = {room.unit: room for room in self._flow.place.rooms} if self._flow.place else {}
        rows = []
        for unit in week.units:
            room = rooms.get(unit.unit)
            # A week read without the rooms' names still names them from the facility list.
            unit_name = unit.name(language) if unit.names or room is None else None
            if unit_name is None and room is not None:
                unit_name = room.names.get(language) or room.names.get("ja") or unit.unit
            capacity = unit.capacity or (room.capacity if room else None) or 0
            for index, division in enumerate(unit.divisions):
                cells = []
                for day in week.days:
                    cell = unit.cell(day, division.id)
                    picked = (
                        choice is not None
                        and choice.unit == unit.unit
                        and choice.date == day
                        and division.id in choice.divisions
                    )
                    cells.append(
                        {
                            "date": day.isoformat(),
                            "state": cell.state,
                            "mark": cell.mark,
                            "pattern": cell.pattern,
                            "text": self._text(tr(messages.CELLS.get(cell.message_key))),
                            "picked": picked,
                        }
                    )
                rows.append(
                    {
                        "unit": unit.unit,
                        "unitName": self._text(unit_name or unit.unit),
                        "capacity": capacity,
                        "firstOfUnit": index == 0,
                        "division": division.id,
                        "divisionName": self._text(division.name(language)),
                        "hours": f"{division.start}–{division.end}",
                        "named": bool(division.names),  # else its name is its hours
                        "cells": cells,
                    }
                )
        return rows

    @Property(list, notify=changed)
    def legend(self) -> list[dict[str, str]]:
        """The states the week shows (free always), each with its mark, pattern and words."""
        week = self._flow.week
        shown = {c.state for u in week.units for c in u.cells.values()} if week else set()
        return [
            {
                "state": state,
                "mark": mark,
                "pattern": pattern,
                "text": self._text(tr(messages.CELLS.get(f"booking.cell.{state}"))),
            }
            for state, (mark, pattern) in LOOKS.items()
            if state == "free" or state in shown
        ]

    @Property(str, notify=changed)
    def asOf(self) -> str:
        """When the week shown was read, in the terminal's time ('2027年2月24日 10:00')."""
        week = self._flow.week
        return self._when(week.as_of) if week else ""

    def _when(self, moment: dt.datetime) -> str:
        local = moment.astimezone(self._zone)
        return f"{self._date(local.date())} {local:%H:%M}"

    @Property(bool, notify=changed)
    def offline(self) -> bool:
        """True when the week shown is the copy the terminal kept (booking needs the gateway)."""
        week = self._flow.week
        return week is not None and not week.fresh

    @Property(bool, notify=changed)
    def canGoBackAWeek(self) -> bool:
        """True unless the week shown is this week."""
        return self._flow.can_go_back_a_week

    @Slot()
    def nextWeek(self) -> None:
        """The following week."""
        self._flow.next_week()

    @Slot()
    def previousWeek(self) -> None:
        """The week before (never before this week)."""
        self._flow.previous_week()

    @Slot(str, str, str)
    def tapCell(self, unit: str, iso_day: str, division: str) -> None:
        """A tap on a cell: pick it, drop it, or say why it cannot be picked."""
        try:
            day = dt.date.fromisoformat(iso_day)
        except ValueError:
            return
        self._flow.tap_cell(unit, day, division)

    # -- the choice -------------------------------------------------------------------------

    @Property(bool, notify=changed)
    def chosen(self) -> bool:
        """True when cells are picked."""
        return self._flow.choice is not None

    @Property(bool, notify=changed)
    def lottery(self) -> bool:
        """True when the cells picked are lottery wishes, not a first-come booking."""
        choice = self._flow.choice
        return choice is not None and choice.lottery

    @Property(bool, notify=changed)
    def canBook(self) -> bool:
        """True when a choice is made and the week is fresh from the gateway."""
        return self._flow.can_book

    def _slot_words(
        self, unit_id: str, day: dt.date, divisions: tuple[str, ...], facility: str = ""
    ) -> str:
        week, language = self._flow.week, self._language
        place = self._flow.place
        unit = (
            week.unit(unit_id)
            if week and (not facility or not place or place.facility == facility)
            else None
        )
        if unit is None and facility:
            return self._text(self._directory_slot_words(facility, unit_id, day, divisions))
        unit_name = unit.name(language) if unit else self._names().get(unit_id, {}).get("ja", "")
        room = next((r for r in place.rooms if r.unit == unit_id), None) if place else None
        if room is not None and (unit is None or not unit.names):
            # a week read without the rooms' names: the facility list names them
            unit_name = room.names.get(language) or room.names.get("ja") or unit_name
        by_id = {d.id: d for d in unit.divisions} if unit else {}
        times = [by_id[d].name(language) if d in by_id else d for d in divisions]
        return self._text(self._slot_line(unit_name or unit_id, day, times))

    def _slot_line(self, room: str, day: dt.date, times: list[str]) -> str:
        """Room, day and times in one line that reads as three parts ('第1会議室 … 午前・午後')."""
        language = self._language
        joined = _TIMES_JOINED.get(language, " + ").join(times)
        between = " " if language in _TIMES_JOINED else ", "
        return between.join(p for p in (room, self._date(day), joined) if p)

    def _directory_slot_words(
        self, facility: str, unit_id: str, day: dt.date, divisions: tuple[str, ...]
    ) -> str:
        """A slot in words from the rules and facilities (my bookings: no week is read)."""
        room, times = self._room_and_times(facility, unit_id, divisions)
        return self._slot_line(room, day, [t[0] for t in times])

    def _room_and_times(
        self, facility: str, unit_id: str, divisions: tuple[str, ...]
    ) -> tuple[str, tuple[tuple[str, str], ...]]:
        """A unit's name and its divisions' names and hours, from the rules and facilities."""
        directory, language = self._flow.directory, self._language
        place = self._place(facility)
        room = next((r for r in place.rooms if r.unit == unit_id), None) if place else None
        unit_name = (room.names.get(language) or room.names.get("ja")) if room else ""
        rules = directory.rules.facility(facility) if directory else None
        unit = rules.unit(unit_id) if rules else None
        scheme = {d.id: d for d in directory.rules.scheme(unit)} if directory and unit else {}
        times = tuple(
            (
                scheme[d].name.get(language)
                or scheme[d].name.get("ja")
                or f"{scheme[d].start}–{scheme[d].end}",
                f"{scheme[d].start}–{scheme[d].end}",
            )
            if d in scheme
            else (d, d)
            for d in divisions
        )
        return unit_name or unit_id, times

    def _slot_fields(
        self, facility: str, unit_id: str, day: dt.date, divisions: tuple[str, ...]
    ) -> dict[str, str]:
        """A slot's room, day and times ('Morning 09:00–12:00, …') for a card of my bookings."""
        room, times = self._room_and_times(facility, unit_id, divisions)
        joiner = _TIMES_JOINED.get(self._language, ", ")
        hours = joiner.join(name if name == span else f"{name} {span}" for name, span in times)
        return {"room": self._text(room), "date": self._date(day), "times": self._text(hours)}

    def _place(self, facility: str) -> Place | None:
        directory = self._flow.directory
        places = directory.places if directory else ()
        return next((p for p in places if p.facility == facility), None)

    def _place_name(self, facility: str) -> str:
        """A facility's name in the session's language ('' when the terminal has not its list)."""
        place = self._place(facility)
        return self._text(place.name(self._language)) if place else ""

    @Property(str, notify=changed)
    def choiceText(self) -> str:
        """What is picked: room, day and times, in the session's language."""
        choice = self._flow.choice
        return self._slot_words(choice.unit, choice.date, choice.divisions) if choice else ""

    @Slot()
    def proceed(self) -> None:
        """From the grid to the card (a booking or a lottery wish)."""
        self._flow.proceed()

    # -- the card and the PIN ---------------------------------------------------------------

    @Property("QVariantMap", constant=True)
    def parts(self) -> dict[str, dict[str, str]]:
        """Where each part sits on the front panel: part → {row, column} ('middle', 'right')."""
        return self._hardware.panel_map()

    @Property(str, constant=True)
    def cardReaderKind(self) -> str:
        """'slot' (the card goes in chip first) or 'pad' (the card is laid on the reader)."""
        return self._hardware.card_reader_kind.value

    @Property(str, constant=True)
    def cardFace(self) -> str:
        """'up' or 'down': the card's photo side as it goes into the reader."""
        return self._hardware.card_face.value

    @Property(int, constant=True)
    def pinDigits(self) -> int:
        """How many digits a PIN has."""
        return PIN_LENGTH

    @Slot(int, str, result=bool)
    def pinKey(self, key: int, text: str) -> bool:
        """A key of a physical keyboard on the PIN page; True when it was used."""
        return self._flow.step is Step.PIN and press_pin_key(self._flow.identity, key, text)

    @Property(bool, notify=changed)
    def cardOnReader(self) -> bool:
        """True while a card sits on the reader."""
        return self._flow.identity.card_on_reader

    @Property(str, notify=changed)
    def purpose(self) -> str:
        """Why the card is asked for: 'book', 'mine' (my bookings) or 'lottery'."""
        return self._flow.purpose.value

    @Property(bool, notify=changed)
    def cardForgotten(self) -> bool:
        """True when the card is still on the reader after its PIN was checked."""
        return self._flow.identity.card_on_reader and self._flow.step not in _CARD_STEPS

    @Property(int, notify=changed)
    def triesLeft(self) -> int:
        """PIN tries left before the card blocks it; -1 when unknown."""
        tries = self._flow.identity.tries_left
        return -1 if tries is None else tries

    @Property(int, notify=changed)
    def pinLength(self) -> int:
        """How many digits were typed (never the digits)."""
        return self._flow.identity.pin_length

    @Property(str, notify=changed)
    def pinProblemText(self) -> str:
        """Why the last PIN was not accepted ('' when it was not refused)."""
        key = self._flow.identity.problem
        if not key:
            return ""
        return self._text(
            messages.problem_text(key, {}, self._language, _installed(self._language))
        )

    @Slot(str)
    def pressDigit(self, digit: str) -> None:
        """One digit of the PIN."""
        self._flow.identity.press_digit(digit)

    @Slot()
    def deleteDigit(self) -> None:
        """Take back the last digit."""
        self._flow.identity.delete_digit()

    @Slot()
    def clearPin(self) -> None:
        """Start the PIN again."""
        self._flow.identity.clear_pin()

    @Slot()
    def submitPin(self) -> None:
        """Check the PIN typed."""
        self._flow.identity.submit_pin()

    # -- the fee and paying -----------------------------------------------------------------

    @Property(str, notify=changed)
    def feeText(self) -> str:
        """The fee to pay, in yen ('' before a quote)."""
        quote = self._flow.quote
        return self._yen(quote.total_yen) if quote else ""

    @Property(str, notify=changed)
    def cancelRule(self) -> str:
        """What a cancellation gives back, by days before the day of use, in one line."""
        directory = self._flow.directory
        if directory is None or not directory.rules.refunds:
            return ""
        words = messages.CANCEL_RULE
        parts = []
        for tier in directory.rules.refunds:
            if tier.days_before > 0:
                part = tr(words.tier).replace("%1", str(tier.days_before))
                parts.append(part.replace("%2", str(tier.percent)))
            elif tier.percent > 0:
                parts.append(tr(words.later).replace("%1", str(tier.percent)))
            else:
                parts.append(tr(words.nothing))
        between = "、" if self._language in ("ja", "ja-easy", "zh-Hans") else "; "
        return self._text(tr(words.line).replace("%1", between.join(parts)))

    @Property(bool, notify=changed)
    def feeChanged(self) -> bool:
        """True when the gateway said the fee had changed: the fee shown is the new one."""
        return self._flow.step is Step.FEE and self._flow.notice == "booking.fee_changed"

    @Property(bool, notify=changed)
    def visitorFee(self) -> bool:
        """True when the card holder pays the fee for those living outside the city."""
        quote = self._flow.quote
        return quote is not None and quote.visitor

    @Slot()
    def book(self) -> None:
        """Accept the fee: hold the rooms."""
        self._flow.book()

    @Slot()
    def payHere(self) -> None:
        """Pay at this terminal."""
        self._flow.pay_here()

    @Slot()
    def payAtCounter(self) -> None:
        """Pay at the facility's counter before the deadline."""
        self._flow.pay_at_counter()

    @Property(list, notify=changed)
    def methods(self) -> list[str]:
        """The ways to pay on offer now ('cash', 'ic')."""
        return list(self._flow.checkout.methods) if self._flow.step is Step.PAYMENT else []

    @Property(str, notify=changed)
    def method(self) -> str:
        """The way chosen to pay ('' before a choice)."""
        return self._flow.method

    @Property(str, notify=changed)
    def paidText(self) -> str:
        """The yen put in so far."""
        return self._yen(self._flow.checkout.paid_yen)

    @Property(bool, notify=changed)
    def paying(self) -> bool:
        """True while the payment unit waits for the money."""
        return self._flow.checkout.paying

    @Property(str, notify=changed)
    def dueText(self) -> str:
        """The yen to pay at this terminal ('' before the payment unit is asked)."""
        checkout = self._flow.checkout
        return self._yen(checkout.amount_yen) if checkout.amount_yen else ""

    @Property(str, notify=changed)
    def owedText(self) -> str:
        """The yen still to put in."""
        checkout = self._flow.checkout
        return self._yen(max(0, checkout.amount_yen - checkout.paid_yen))

    @Property(list, notify=changed)
    def methodNames(self) -> list[str]:
        """The ways to pay on offer, named, in the order of :attr:`methods`."""
        names = (messages.METHODS.get(m) for m in self.methods)
        return [self._text(tr(n)) if n else m for n, m in zip(names, self.methods, strict=True)]

    @Property(list, constant=True)
    def notes(self) -> list[str]:
        """The notes the payment unit takes, digits grouped."""
        return [group_digits(v, self._language) for v in self._payment.notes]

    @Property(list, constant=True)
    def coins(self) -> list[str]:
        """The coins the payment unit takes, digits grouped."""
        return [group_digits(v, self._language) for v in self._payment.coins]

    @Property(list, constant=True)
    def icBrands(self) -> list[str]:
        """The IC e-money brands the payment unit takes (their own names)."""
        return list(self._payment.ic_brands)

    @Property(str, notify=changed)
    def paymentProblemText(self) -> str:
        """Why paying here did not work ('' when it did, or was not tried)."""
        return self.noticeText if self._flow.notice.startswith("payment.") else ""

    @Property(bool, notify=changed)
    def canPayHere(self) -> bool:
        """False once the payment unit failed to open: the counter is left."""
        return not self._flow.notice.startswith("payment.")

    @Property(int, notify=changed)
    def changeYen(self) -> int:
        """The change the payment unit gave back (0 for none; an IC card gets none)."""
        checkout = self._flow.checkout
        return checkout.change_yen if checkout.method == "cash" else 0

    @Property(str, notify=changed)
    def changeText(self) -> str:
        """The change given back, in yen."""
        return self._yen(self.changeYen)

    @Slot(str)
    def pay(self, method: str) -> None:
        """Pay by ``method`` ('cash', 'ic')."""
        self._flow.pay(method)

    @Slot()
    def cancelPayment(self) -> None:
        """Stop waiting for the money (cash put in comes back)."""
        self._flow.cancel_payment()

    # -- lost answers and the receipt -------------------------------------------------------

    @Slot()
    def tryAgain(self) -> None:
        """After a lost answer: the same request again, with the same key."""
        self._flow.confirm_again()

    @Slot()
    def giveUp(self) -> None:
        """After a lost answer: stop trying (money held is given back)."""
        self._flow.give_up()

    @Property(bool, notify=changed)
    def receiptPrinted(self) -> bool:
        """True on the last screen when the receipt came out of the printer."""
        return self._flow.step is Step.DONE and self._flow.problem is None

    @Slot()
    def printAgain(self) -> None:
        """The printer was seen to: print the receipt once more."""
        self._flow.print_again()

    @Slot()
    def skipReceipt(self) -> None:
        """Go on without the receipt (the booking number stays on screen)."""
        self._flow.skip_receipt()

    @Slot()
    def refresh(self) -> None:
        """After a slot was taken meanwhile: the week again, fresh."""
        self._flow.refresh_after_problem()

    @Slot()
    def finish(self) -> None:
        """The resident is done."""
        self._flow.finish()

    # -- the booking made ---------------------------------------------------------------------

    def _booking_row(self, booking: Booking) -> dict[str, Any]:
        deadline = ""
        if booking.payment != "paid" and booking.active and booking.expires_at is not None:
            local = booking.expires_at.astimezone(self._zone)
            deadline = f"{self._date(local.date())} {local:%H:%M}"
        return {
            "id": booking.id,
            "slot": self._slot_words(
                booking.unit, booking.date, booking.divisions, booking.facility
            ),
            "place": self._place_name(booking.facility),
            **self._slot_fields(booking.facility, booking.unit, booking.date, booking.divisions),
            "state": booking.state,
            "payment": booking.payment or "",
            "fee": self._yen(booking.fee_yen),
            "payBy": deadline,
            "active": booking.active,
            "refund": "" if booking.refund_yen is None else self._yen(booking.refund_yen),
            "refundYen": booking.refund_yen or 0,
        }

    @Property(dict, notify=changed)
    def booking(self) -> dict[str, Any]:
        """The booking just made ({} before one)."""
        booking = self._flow.booking
        return self._booking_row(booking) if booking else {}

    # -- my bookings and cancelling ---------------------------------------------------------

    @Property(list, notify=changed)
    def mine(self) -> list[dict[str, Any]]:
        """The card holder's bookings: those still holding their rooms first, each by day."""
        holder = self._flow.holder
        bookings = sorted(holder.bookings, key=lambda b: (not b.active, b.date)) if holder else []
        return [self._booking_row(b) for b in bookings]

    @Property(list, notify=changed)
    def entries(self) -> list[dict[str, Any]]:
        """The card holder's lottery entries: month, and each wish with its result once drawn."""
        holder = self._flow.holder
        return [self._entry_row(entry) for entry in (holder.entries if holder else ())]

    def _entry_row(self, entry: Entry) -> dict[str, Any]:
        first = entry.wishes[0] if entry.wishes else None
        dates = self._lottery_days(entry.facility, first.unit, first.date) if first else None
        drawn_on = ""
        if entry.draw_at is not None:
            drawn_on = self._date(entry.draw_at.astimezone(self._zone).date())
        elif dates is not None:
            drawn_on = self._date(dates[0])
        last = dates[1] if dates is not None else None
        confirm_by = self._date(last) if last is not None and last >= self._flow.today() else ""
        return {
            "id": entry.id,
            "month": entry.month,
            "monthText": self._month(entry.month),
            "place": self._place_name(entry.facility),
            "drawn": entry.drawn,
            "drawDate": drawn_on,
            "wishes": [
                {
                    "slot": self._slot_words(w.unit, w.date, w.divisions, entry.facility),
                    **self._slot_fields(entry.facility, w.unit, w.date, w.divisions),
                    "won": bool(w.won),
                    "waiting": w.waitlist_position or 0,
                    "confirmBy": confirm_by if w.won else "",
                }
                for w in entry.wishes
            ],
        }

    def _lottery_days(
        self, facility: str, unit_id: str, day: dt.date
    ) -> tuple[dt.date, dt.date | None] | None:
        """The draw day of the lottery for ``day``'s month, and the last day to confirm a win."""
        directory = self._flow.directory
        rules = directory.rules.facility(facility) if directory else None
        unit = rules.unit(unit_id) if rules else None
        if directory is None or rules is None or unit is None:
            return None
        calendar = directory.rules.calendar_of(rules, unit)
        lottery = calendar.lottery
        if lottery is None:
            return None
        index = day.year * 12 + day.month - 1 - calendar.months_ahead
        year, month = divmod(index, 12)
        draw = dt.date(year, month + 1, lottery.draw_day)
        confirm = dt.date(year, month + 1, lottery.confirm_to_day)
        return draw, confirm if lottery.confirm_required else None

    def _month(self, month: str) -> str:
        """'2027-03' as a reader of the session's language writes a month ('2027年3月')."""
        try:
            year, number = (int(part) for part in month.split("-"))
        except ValueError:
            return month
        language = self._language
        if language in ("ja", "ja-easy", "zh-Hans"):
            return f"{year}年{number}月"
        if language == "ko":
            return f"{year}년 {number}월"
        if language == "en":
            return format_date(f"{year:04d}-{number:02d}-01", "en").split(" ", 1)[1]
        return f"{number:02d}/{year}"

    @Slot(str)
    def askCancel(self, booking_id: str) -> None:
        """Show what cancelling this booking means."""
        self._flow.ask_cancel(booking_id)

    @Property(dict, notify=changed)
    def cancelling(self) -> dict[str, Any]:
        """The booking being cancelled, or just cancelled ({} for none)."""
        booking = self._flow.cancelling
        return self._booking_row(booking) if booking else {}

    @Property(int, notify=changed)
    def refundPercent(self) -> int:
        """The share refunded if cancelled today; -1 when nothing was paid."""
        percent = self._flow.refund_percent_now()
        return -1 if percent is None else percent

    @Property(str, notify=changed)
    def refundText(self) -> str:
        """The yen refunded if cancelled today, by the city's rules ('' when nothing was paid)."""
        booking, percent = self._flow.cancelling, self._flow.refund_percent_now()
        if booking is None or percent is None:
            return ""
        return self._yen(booking.fee_yen * percent // 100)  # the gateway rounds down too

    @Property(int, notify=changed)
    def penaltyPoints(self) -> int:
        """Penalty points a cancellation today counts (late and confirmed), else 0."""
        booking, directory = self._flow.cancelling, self._flow.directory
        if booking is None or directory is None or booking.state != "confirmed":
            return 0
        rules = directory.rules.penalties
        late = (booking.date - self._flow.today()).days < rules.late_cancel_days
        return rules.late_cancel_points if late else 0

    @Slot()
    def cancelBooking(self) -> None:
        """Cancel the booking shown."""
        self._flow.cancel_booking()

    # -- the lottery ----------------------------------------------------------------------------

    @Slot()
    def enterLottery(self) -> None:
        """Send the wish picked on the grid as this month's lottery entry."""
        self._flow.enter_lottery()

    @Property(dict, notify=changed)
    def wish(self) -> dict[str, str]:
        """The lottery wish picked on the grid: facility, room, day and times ({} for none)."""
        choice = self._flow.choice
        if choice is None or not choice.lottery:
            return {}
        fields = self._slot_fields(choice.facility, choice.unit, choice.date, choice.divisions)
        return {"place": self._place_name(choice.facility), **fields}

    @Property(str, notify=changed)
    def drawDate(self) -> str:
        """When the entry just sent (or the wish picked) is drawn ('' when not known)."""
        entry, choice = self._flow.entry, self._flow.choice
        if entry is not None and entry.draw_at is not None:
            return self._date(entry.draw_at.astimezone(self._zone).date())
        if choice is None or not choice.lottery:
            return ""
        dates = self._lottery_days(choice.facility, choice.unit, choice.date)
        if dates is None or dates[0] < self._flow.today():
            return ""
        return self._date(dates[0])
