"""Checkout as a pure state machine: a fake payment unit and journal, and a held runner."""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import count

import pytest

from kiosk.blocks.checkout.checkout import Checkout, CheckoutStep
from kiosk.blocks.checkout.ports import PaymentError
from kiosk.shell.core.errors import FlowError
from tests.kiosk.blocks.fakes import FakeJournal, FakePayment, SyncRunner


@dataclass
class Rig:
    """A checkout, its unit, journal and runner, and every ``done`` it called."""

    checkout: Checkout
    payment: FakePayment
    journal: FakeJournal
    runner: SyncRunner
    changes: list[int] = field(default_factory=list)
    done: list[BaseException | None] = field(default_factory=list)


def make_rig() -> Rig:
    """A checkout on fresh fakes; its orders are named order-1, order-2, …"""
    payment, journal, runner = FakePayment(), FakeJournal(), SyncRunner()
    keys = (f"order-{n}" for n in count(1))
    changes: list[int] = []
    checkout = Checkout(
        payment,
        journal,
        runner,
        new_key=lambda: next(keys),
        changed=lambda: changes.append(checkout.paid_yen),
    )
    return Rig(checkout, payment, journal, runner, changes)


def held(rig: Rig, method: str = "cash", amount_yen: int = 400) -> None:
    """Offered and paid: the money is held."""
    rig.checkout.open(amount_yen, rig.done.append)
    assert rig.checkout.pay(method, rig.done.append)
    assert rig.checkout.step is CheckoutStep.HELD


def test_offered_held_then_taken_after_the_goods_are_out() -> None:
    rig = make_rig()
    rig.checkout.open(400, rig.done.append)
    assert (rig.checkout.step, rig.checkout.methods) == (CheckoutStep.OPEN, ["cash", "ic"])
    assert rig.checkout.reference == "order-1" and rig.journal.entries == []
    assert rig.checkout.pay("cash", rig.done.append)
    assert rig.changes == [0, 1000]  # paying began, then the cash put in
    assert (rig.checkout.step, rig.checkout.paid_yen) == (CheckoutStep.HELD, 1000)
    assert rig.payment.taken == [] and rig.journal.entries == [("held", "hold-1")]
    rig.checkout.take(rig.done.append)
    assert rig.checkout.taken and rig.checkout.change_yen == 800
    assert rig.payment.taken == ["hold-1"] and rig.payment.given_back == []
    assert rig.journal.entries[1:] == [("printed",), ("settled", "collected", "400")]
    assert set(rig.journal.references) == {"order-1"} and rig.payment.references == ["order-1"]
    assert rig.done == [None, None, None]
    rig.checkout.reset()  # leaving after the goods are out never gives back
    assert rig.payment.given_back == []


def test_ic_holds_the_fee_itself() -> None:
    rig = make_rig()
    held(rig, "ic")
    assert rig.checkout.paid_yen == 400 and rig.checkout.method == "ic"


def test_each_offer_names_a_new_order() -> None:
    rig = make_rig()
    rig.checkout.open(400, rig.done.append)
    rig.checkout.open(600, rig.done.append)
    assert (rig.checkout.reference, rig.checkout.amount_yen) == ("order-2", 600)


def test_a_failed_check_before_the_offer_asks_for_no_money() -> None:
    rig = make_rig()

    def no_paper() -> None:
        raise FlowError("docprint.media_empty")

    rig.checkout.open(400, rig.done.append, check=no_paper)
    (error,) = rig.done
    assert isinstance(error, FlowError) and error.key == "docprint.media_empty"
    assert rig.checkout.step is CheckoutStep.CLOSED and rig.checkout.reference == ""
    assert not rig.checkout.pay("cash", rig.done.append)


def test_no_method_at_all_is_unavailable() -> None:
    rig = make_rig()
    rig.payment.available = []
    rig.checkout.open(400, rig.done.append)
    (error,) = rig.done
    assert isinstance(error, PaymentError) and error.key == "payment.unavailable"


def test_only_a_method_on_offer_is_taken_and_only_once() -> None:
    rig = make_rig()
    assert not rig.checkout.pay("cash", rig.done.append)  # nothing offered yet
    rig.checkout.open(400, rig.done.append)
    assert not rig.checkout.pay("bitcoin", rig.done.append)
    rig.runner.hold = True
    assert rig.checkout.pay("cash", rig.done.append)
    assert rig.checkout.paying and not rig.checkout.pay("ic", rig.done.append)


def test_cancelled_payment_leaves_the_offer_open_without_a_problem() -> None:
    rig = make_rig()
    rig.checkout.open(400, rig.done.append)
    rig.payment.error = PaymentError("payment.cancelled")
    rig.checkout.pay("cash", rig.done.append)
    assert (rig.checkout.step, rig.checkout.problem) == (CheckoutStep.OPEN, "")
    assert isinstance(rig.done[-1], PaymentError) and rig.journal.entries == []


@pytest.mark.parametrize("key", ["payment.timeout", "payment.insufficient_funds"])
def test_a_refused_payment_says_why_and_may_be_tried_again(key: str) -> None:
    rig = make_rig()
    rig.checkout.open(400, rig.done.append)
    rig.payment.error = PaymentError(key)
    rig.checkout.pay("ic", rig.done.append)
    assert (rig.checkout.step, rig.checkout.problem, rig.checkout.paying) == (
        CheckoutStep.OPEN,
        key,
        False,
    )
    rig.payment.error = None
    assert rig.checkout.pay("cash", rig.done.append)
    assert (rig.checkout.step, rig.checkout.problem) == (CheckoutStep.HELD, "")
    assert rig.payment.references == ["order-1", "order-1"]  # the same order, tried again


def test_a_broken_unit_closes_the_checkout() -> None:
    rig = make_rig()
    rig.checkout.open(400, rig.done.append)
    rig.payment.error = FlowError("payment.jam")
    rig.checkout.pay("cash", rig.done.append)
    assert rig.checkout.step is CheckoutStep.CLOSED and rig.journal.entries == []
    rig.checkout.reset()
    assert rig.payment.given_back == []


def test_cancel_asks_the_unit_to_stop_only_while_it_waits() -> None:
    rig = make_rig()
    assert not rig.checkout.cancel()
    rig.checkout.open(400, rig.done.append)
    rig.runner.hold = True
    rig.checkout.pay("cash", rig.done.append)
    assert rig.checkout.cancel() and rig.payment.cancelled == 1


def test_given_back_once_whatever_happens_next() -> None:
    rig = make_rig()
    held(rig)
    assert rig.checkout.give_back("gateway.unreachable", rig.done.append)
    assert (rig.checkout.step, rig.checkout.refund_yen) == (CheckoutStep.GIVEN_BACK, 1000)
    assert rig.journal.entries[1:] == [
        ("failed", "gateway.unreachable"),
        ("settled", "refunded", "400"),
    ]
    assert not rig.checkout.give_back("docprint.error", rig.done.append)
    rig.checkout.reset()
    assert rig.payment.given_back == ["hold-1"] and rig.payment.taken == []


def test_giving_back_fails_once_and_is_not_tried_again() -> None:
    rig = make_rig()
    held(rig)
    rig.payment.give_back_error = PaymentError("payment.jam")
    rig.checkout.give_back("docprint.error", rig.done.append)
    assert (rig.checkout.step, rig.checkout.problem) == (
        CheckoutStep.GIVEN_BACK,
        "payment.refund_problem",
    )
    assert isinstance(rig.done[-1], PaymentError)
    assert ("failed", "docprint.error") in rig.journal.entries
    assert not any(entry[0] == "settled" for entry in rig.journal.entries)
    rig.payment.give_back_error = None
    rig.checkout.reset()  # staff settle it from the journal; the session does not retry
    assert rig.payment.given_back == []


def test_taking_fails_and_the_fee_stays_held_for_staff() -> None:
    rig = make_rig()
    held(rig)
    rig.payment.take_error = PaymentError("payment.change_short")
    rig.checkout.take(rig.done.append)
    assert rig.checkout.taken and rig.checkout.problem == "payment.change_problem"
    assert rig.checkout.change_yen == 0 and isinstance(rig.done[-1], PaymentError)
    assert rig.journal.entries[-1] == ("printed",)
    rig.checkout.reset()
    assert rig.payment.given_back == []


def test_reset_while_money_is_held_gives_it_back_exactly_once() -> None:
    rig = make_rig()
    held(rig)
    rig.runner.hold = True
    rig.checkout.reset()
    rig.checkout.reset()
    rig.runner.release()
    assert rig.payment.given_back == ["hold-1"]
    assert rig.journal.entries[1:] == [("failed", "session_ended"), ("settled", "refunded", "400")]
    assert rig.checkout.step is CheckoutStep.CLOSED and rig.done == [None, None]


def test_reset_while_giving_back_does_not_give_back_twice() -> None:
    rig = make_rig()
    held(rig)
    rig.runner.hold = True
    rig.checkout.give_back("docprint.error", rig.done.append)
    rig.checkout.reset()
    rig.runner.release()
    assert rig.payment.given_back == ["hold-1"] and len(rig.done) == 2  # the late answer is dropped


def test_reset_while_taking_never_gives_back() -> None:
    rig = make_rig()
    held(rig)
    rig.runner.hold = True
    rig.checkout.take(rig.done.append)
    rig.checkout.reset()
    rig.runner.release()
    assert rig.payment.taken == ["hold-1"] and rig.payment.given_back == []


def test_a_failed_background_give_back_is_only_logged(caplog: pytest.LogCaptureFixture) -> None:
    rig = make_rig()
    held(rig)
    rig.payment.give_back_error = PaymentError("payment.jam")
    rig.checkout.reset()
    assert "giving the money back failed: payment.jam" in caplog.text
    assert rig.checkout.step is CheckoutStep.CLOSED
