"""The tour's walk through facility booking: a free slot booked with a demo card, then cancelled."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kiosk.demo.setup import DEMO_PIN
from kiosk.services.booking.core.flow import BookingFlow, Step
from kiosk.services.booking.ui.qt_booking import QtBooking

if TYPE_CHECKING:
    from kiosk.tour import Tour

FACILITY = "tanashi-kominkan"  # the sample city's community centre: rooms by 午前 / 午後 / 夜間
WEEKS_AHEAD = 6  # how far the walk looks for a week with a free slot
MOST_NOTES = 10  # 1,000-yen notes the walk puts in at most


def _flow(tour: Tour) -> BookingFlow:
    flow = tour.kiosk.session.core.flows.get("booking")
    assert isinstance(flow, BookingFlow)
    return flow


def _wait(tour: Tour, step: Step) -> None:
    from kiosk.tour import wait_until

    flow = _flow(tour)
    wait_until(
        lambda: flow.step is step,
        f"booking stayed at {flow.step.value}, not {step.value} ({flow.problem})",
        timeout_s=60,
    )


def _free_cell(flow: BookingFlow) -> tuple[str, str, str] | None:
    """The first free cell of the week shown: unit, day and division."""
    week = flow.week
    for unit in week.units if week else ():
        for day in week.days if week else ():
            for division in unit.divisions:
                if unit.cell(day, division.id).state == "free":
                    return unit.unit, day.isoformat(), division.id
    return None


def _card_and_pin(tour: Tour, view: QtBooking) -> None:
    """The demo card on the reader, its PIN typed, the card taken back."""
    assert tour.devices is not None
    _wait(tour, Step.INSERT_CARD)
    tour.shoot("card")
    tour.devices.place(tour._card_index("hanako"))
    _wait(tour, Step.PIN)
    tour.shoot("pin")
    for digit in DEMO_PIN:
        view.pressDigit(digit)
    view.submitPin()
    _wait(tour, Step.REMOVE_CARD)
    tour.devices.remove()


def walk_booking(tour: Tour, language: str) -> None:
    """Find the community centre, pick a free slot, book it with the card and see it in Mine.

    In Japanese the fee is paid in cash here and the booking is then cancelled (a refund); in
    English it is left to be paid at the counter.
    """
    from kiosk.tour import click, settle, wait_until

    session = tour.kiosk.session
    session.start()
    session.setLanguage(language)
    wait_until(
        lambda: session.core.services.status("booking").available,
        "booking stayed unavailable",
        timeout_s=60,
    )
    settle(300)
    click(tour.window, "tile_booking")
    if session.screen != "booking":
        raise RuntimeError("the booking tile did not open the service")
    view = tour.kiosk.view("booking")
    assert isinstance(view, QtBooking)
    flow = _flow(tour)
    _wait(tour, Step.FIND)
    tour.shoot("find")
    view.chooseKind("kominkan")
    tour.shoot("find-kind")
    view.openPlace(FACILITY)
    _wait(tour, Step.WEEK)
    cell = _free_cell(flow)
    for _ in range(WEEKS_AHEAD):
        if cell is not None:
            break
        view.nextWeek()
        _wait(tour, Step.WEEK)
        cell = _free_cell(flow)
    if cell is None:
        raise RuntimeError(f"no free slot at {FACILITY} in the next {WEEKS_AHEAD} weeks")
    tour.shoot("week")
    view.tapCell(*cell)
    tour.shoot("week-picked")
    view.proceed()
    _card_and_pin(tour, view)
    _wait(tour, Step.FEE)
    tour.shoot("fee")
    view.book()
    _wait(tour, Step.PAY_CHOICE)
    tour.shoot("pay-choice")
    if language == "ja":
        assert tour.devices is not None
        view.payHere()
        _wait(tour, Step.PAYMENT)
        wait_until(
            lambda: "cash" in flow.checkout.methods and flow.checkout.step.value == "open",
            "the payment unit did not offer cash",
        )
        tour.shoot("payment")
        view.pay("cash")
        wait_until(lambda: flow.checkout.step.value == "paying", "the payment did not begin")
        tour.devices.insertCash(1000)
        settle(300)
        tour.shoot("paying")
        for _ in range(MOST_NOTES):
            if flow.step is not Step.PAYMENT:
                break
            tour.devices.insertCash(1000)
            settle(300)
    else:
        view.payAtCounter()
    _wait(tour, Step.DONE)
    booked = flow.booking.id if flow.booking else ""
    tour.shoot("done")
    tour._save_receipt(f"booking-{language}")
    view.showMine()
    _card_and_pin(tour, view)
    _wait(tour, Step.MINE)
    tour.shoot("mine")
    if language == "ja" and booked:
        view.askCancel(booked)
        _wait(tour, Step.CANCEL)
        tour.shoot("cancel")
        view.cancelBooking()
        _wait(tour, Step.CANCELLED)
        tour.shoot("cancelled")
    view.finish()
    settle()
