"""The payment adapter against the payment unit emulator."""

import threading

import pytest

from devices.payment.emulator import EmulatedPaymentUnit
from kiosk.blocks.checkout.payment_adapter import PaymentAdapter
from kiosk.blocks.checkout.ports import Held, PaymentError, Taken

DEADLINE_S = 60


@pytest.fixture
def unit(tmp_path):
    made = EmulatedPaymentUnit(state_file=tmp_path / "payment.json")
    yield made
    made.close()


def in_background(call):
    """Run ``call`` on a thread; the returned dict gets its result or error."""
    box: dict = {}

    def run():
        try:
            box["result"] = call()
        except Exception as err:
            box["error"] = err

    thread = threading.Thread(target=run)
    thread.start()
    box["thread"] = thread
    return box


def test_cash_with_change_is_held_then_taken(unit):
    payment = PaymentAdapter(unit, timeout_s=DEADLINE_S)
    assert payment.methods() == ["cash", "ic"]
    seen: list[object] = []
    unit.queue_cash(1000)
    held = payment.hold(300, "cash", "ref-1", seen.append)
    assert held.amount_yen == 300 and held.method == "cash" and held.inserted_yen == 1000
    assert unit.cashbox_yen == 0  # held, not taken
    assert payment.take(held.hold_id) == Taken(300, 700)
    assert sorted(unit.take_tray()) == [100, 100, 500]
    assert unit.cashbox_yen == 300


def test_progress_reports_the_yen_inserted_so_far(unit):
    payment = PaymentAdapter(unit, timeout_s=DEADLINE_S)
    reported = threading.Event()
    seen: list[object] = []

    def progress(yen):
        seen.append(yen)
        reported.set()

    box = in_background(lambda: payment.hold(300, "cash", "ref-2", progress))
    unit.insert(100)
    assert reported.wait(DEADLINE_S)
    unit.insert(100, 100)
    box["thread"].join(DEADLINE_S)
    assert isinstance(box["result"], Held) and box["result"].inserted_yen == 300
    assert seen[0] == 100 and all(isinstance(y, int) for y in seen)


def test_ic_reserves_then_debits_the_card(unit):
    payment = PaymentAdapter(unit, timeout_s=DEADLINE_S)
    unit.present_card("IC-1", 1000)
    held = payment.hold(200, "ic", "ref-3", lambda _y: None)
    assert held.method == "ic" and held.inserted_yen == 0
    assert payment.take(held.hold_id) == Taken(200, 0)
    assert unit.cards["IC-1"] == 800


def test_give_back_returns_cash_or_drops_the_reservation(unit):
    payment = PaymentAdapter(unit, timeout_s=DEADLINE_S)
    unit.queue_cash(500)
    cash = payment.hold(200, "cash", "ref-4", lambda _y: None)
    assert payment.give_back(cash.hold_id) == 500
    assert unit.take_tray() == [500] and unit.cashbox_yen == 0
    unit.present_card("IC-2", 300)
    ic = payment.hold(300, "ic", "ref-5", lambda _y: None)
    assert payment.give_back(ic.hold_id) == 300
    assert unit.cards["IC-2"] == 300 and unit.holds() == []
    with pytest.raises(PaymentError) as twice:
        payment.give_back(ic.hold_id)
    assert twice.value.key == "payment.hold_state"


def test_timeout_returns_the_cash(unit):
    payment = PaymentAdapter(unit, timeout_s=0.3)
    unit.queue_cash(100)
    with pytest.raises(PaymentError) as info:
        payment.hold(300, "cash", "ref-6", lambda _y: None)
    assert info.value.key == "payment.timeout"
    assert unit.take_tray() == [100] and unit.holds() == []


def test_cancel_stops_a_waiting_hold(unit):
    payment = PaymentAdapter(unit, timeout_s=DEADLINE_S)
    reported = threading.Event()
    box = in_background(lambda: payment.hold(300, "cash", "ref-7", lambda _y: reported.set()))
    unit.insert(100)
    assert reported.wait(DEADLINE_S)
    payment.cancel()
    box["thread"].join(DEADLINE_S)
    assert isinstance(box["error"], PaymentError) and box["error"].key == "payment.cancelled"
    assert unit.take_tray() == [100] and unit.holds() == []


def test_jams_keep_the_units_keys(unit):
    payment = PaymentAdapter(unit, timeout_s=DEADLINE_S)
    unit.jam_at("insert")
    unit.queue_cash(500)
    with pytest.raises(PaymentError) as inserting:
        payment.hold(300, "cash", "ref-8", lambda _y: None)
    assert inserting.value.key == "payment.jam"
    assert payment.methods() == ["ic"]  # cash is out until staff clear the jam
    unit.clear_jam()
    unit.queue_cash(500)
    held = payment.hold(300, "cash", "ref-9", lambda _y: None)
    unit.jam_at("refund")
    with pytest.raises(PaymentError) as refunding:
        payment.give_back(held.hold_id)
    assert refunding.value.key == "payment.jam"


def test_unknown_method_and_a_closed_unit(unit):
    payment = PaymentAdapter(unit, timeout_s=DEADLINE_S)
    with pytest.raises(PaymentError) as unknown:
        payment.hold(300, "bitcoin", "ref-10", lambda _y: None)
    assert unknown.value.key == "payment.method_unavailable"
    unit.close()
    assert payment.methods() == []
    with pytest.raises(PaymentError) as closed:
        payment.hold(300, "cash", "ref-11", lambda _y: None)
    assert closed.value.key == "payment.unavailable"
