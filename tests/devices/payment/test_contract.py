"""One contract for payment units: money is held, and taken only by ``capture``."""

import threading
import time

import pytest

from devices import registry
from devices.errors import DeviceConfigError, DeviceError
from devices.monitor import Health
from devices.payment.errors import (
    CardReadError,
    ChangeShortError,
    DeviceJamError,
    HoldStateError,
    InsufficientFundsError,
    MethodUnavailableError,
    PaymentCancelledError,
    PaymentError,
    PaymentTimeoutError,
    PaymentUnavailableError,
)
from devices.payment.model import HoldState, Method, make_change


def test_cash_is_held_in_escrow_and_taken_only_on_capture_with_change(rig):
    rig.hands.queue_cash(1000)
    hold = rig.unit.authorize(400, Method.CASH, "req-1", timeout=5)
    assert hold.state is HoldState.HELD and hold.inserted_yen == 1000
    assert rig.unit.cashbox_yen == 0 and rig.unit.take_tray() == []
    assert [h.id for h in rig.unit.holds()] == [hold.id]

    settled = rig.unit.capture(hold.id)
    assert settled.taken_yen == 400
    assert settled.change == (500, 100)
    assert sorted(rig.unit.take_tray()) == [100, 500]
    assert rig.unit.cashbox_yen == 400
    assert rig.unit.holds() == []


def test_release_returns_the_very_coins_inserted_and_takes_nothing(rig):
    rig.hands.queue_cash(100, 100, 10, 10, 10)
    hold = rig.unit.authorize(230, Method.CASH, "req-2", timeout=5)
    refund = rig.unit.release(hold.id)
    assert refund.returned_yen == 230
    assert sorted(rig.unit.take_tray()) == [10, 10, 10, 100, 100]
    assert rig.unit.cashbox_yen == 0


def test_a_hold_settles_once(rig):
    rig.hands.queue_cash(500)
    hold = rig.unit.authorize(200, Method.CASH, "req-3", timeout=5)
    rig.unit.capture(hold.id)
    for settle in (rig.unit.capture, rig.unit.release):
        with pytest.raises(HoldStateError) as info:
            settle(hold.id)
        assert info.value.key == "payment.hold_state"
    with pytest.raises(HoldStateError):
        rig.unit.capture("H-unknown")
    assert rig.unit.cashbox_yen == 200


def test_coins_arrive_while_waiting_and_progress_is_reported(rig):
    seen = []

    def resident():
        for piece in (100, 50, 50):
            time.sleep(0.05)
            rig.hands.insert(piece)

    feeder = threading.Thread(target=resident)
    feeder.start()
    hold = rig.unit.authorize(200, Method.CASH, "req-4", timeout=20, on_progress=seen.append)
    feeder.join()
    assert hold.inserted_yen == 200
    assert seen and seen == sorted(seen) and seen[-1] < 200
    rig.unit.capture(hold.id)
    assert rig.unit.take_tray() == []


def test_overpayment_beyond_the_fee_goes_straight_back(rig):
    rig.hands.queue_cash(500, 100)
    hold = rig.unit.authorize(300, Method.CASH, "req-5", timeout=5)
    assert hold.tendered == (500,)
    assert rig.unit.take_tray() == [100]
    rig.unit.release(hold.id)


def test_a_note_the_unit_cannot_change_is_refused(tmp_path):
    from devices.payment.emulator import EmulatedPaymentUnit

    unit = EmulatedPaymentUnit(stock={10: 0, 50: 0, 100: 1, 500: 0, 1000: 0})
    unit.queue_cash(1000, 100, 100)
    hold = unit.authorize(200, Method.CASH, "req-6", timeout=5)
    assert hold.tendered == (100, 100)
    assert unit.rejected == [1000] and unit.take_tray() == [1000]
    unit.release(hold.id)
    unit.close()


def test_cancel_and_timeout_return_the_cash_inserted(rig):
    rig.hands.queue_cash(100)
    threading.Timer(0.2, rig.unit.cancel).start()
    with pytest.raises(PaymentCancelledError) as info:
        rig.unit.authorize(300, Method.CASH, "req-7", timeout=20)
    assert info.value.key == "payment.cancelled" and info.value.returned_yen == 100
    assert rig.unit.take_tray() == [100]

    rig.hands.queue_cash(50)
    with pytest.raises(PaymentTimeoutError) as timed_out:
        rig.unit.authorize(300, Method.CASH, "req-8", timeout=0.3)
    assert timed_out.value.key == "payment.timeout" and timed_out.value.returned_yen == 50
    assert rig.unit.take_tray() == [50]
    assert rig.unit.holds() == [] and rig.unit.cashbox_yen == 0


def test_ic_reservation_debits_only_on_capture(rig):
    rig.hands.present_card("IC-0001", balance_yen=1000)
    hold = rig.unit.authorize(400, Method.IC, "req-9", timeout=5)
    assert hold.card_id == "IC-0001"
    assert rig.unit.cards["IC-0001"] == 1000
    # The reservation counts: a second payment cannot spend the same yen.
    with pytest.raises(InsufficientFundsError) as info:
        rig.unit.authorize(700, Method.IC, "req-10", timeout=5)
    assert info.value.key == "payment.insufficient_funds" and info.value.balance_yen == 600
    settled = rig.unit.capture(hold.id)
    assert settled.balance_after_yen == 600 and rig.unit.cards["IC-0001"] == 600


def test_ic_release_drops_the_reservation(rig):
    rig.hands.present_card("IC-0002", balance_yen=300)
    hold = rig.unit.authorize(300, Method.IC, "req-11", timeout=5)
    refund = rig.unit.release(hold.id)
    assert refund.reservation_dropped_yen == 300
    assert rig.unit.cards["IC-0002"] == 300
    again = rig.unit.authorize(300, Method.IC, "req-12", timeout=5)
    rig.unit.release(again.id)


def test_ic_insufficient_unknown_and_absent_cards(rig):
    rig.hands.present_card("IC-0003", balance_yen=100)
    with pytest.raises(InsufficientFundsError):
        rig.unit.authorize(200, Method.IC, "req-13", timeout=5)
    assert rig.unit.holds() == []
    rig.hands.remove_card()
    with pytest.raises(PaymentTimeoutError):
        rig.unit.authorize(200, Method.IC, "req-14", timeout=0.3)
    rig.hands.present_card("not-e-money")
    with pytest.raises(CardReadError) as info:
        rig.unit.authorize(200, Method.IC, "req-15", timeout=5)
    assert info.value.key == "payment.card_read"


def test_jam_while_inserting_keeps_the_money_for_staff_and_stops_cash(rig):
    rig.hands.jam_at("insert")
    rig.hands.queue_cash(500)
    with pytest.raises(DeviceJamError) as info:
        rig.unit.authorize(200, Method.CASH, "req-16", timeout=5)
    assert info.value.key == "payment.jam" and info.value.stuck_yen == 500
    assert Method.CASH not in rig.unit.methods()
    assert rig.unit.health().warning == "payment.jam"
    with pytest.raises(DeviceJamError):
        rig.unit.authorize(200, Method.CASH, "req-17", timeout=5)
    rig.hands.present_card("IC-0004", balance_yen=500)
    rig.unit.release(rig.unit.authorize(200, Method.IC, "req-18", timeout=5).id)
    rig.hands.clear_jam()
    assert rig.unit.health() == Health(True)
    assert Method.CASH in rig.unit.methods()


def test_jam_while_refunding_keeps_the_hold_open_until_cleared(rig):
    rig.hands.queue_cash(500)
    hold = rig.unit.authorize(200, Method.CASH, "req-19", timeout=5)
    rig.hands.jam_at("refund")
    with pytest.raises(DeviceJamError) as info:
        rig.unit.release(hold.id)
    assert info.value.stuck_yen == 500
    assert [h.id for h in rig.unit.holds()] == [hold.id]
    rig.hands.clear_jam()
    assert rig.unit.release(hold.id).returned_yen == 500
    assert rig.unit.cashbox_yen == 0


def test_jam_while_paying_change_says_what_is_owed(rig):
    rig.hands.queue_cash(1000)
    hold = rig.unit.authorize(300, Method.CASH, "req-20", timeout=5)
    rig.hands.jam_at("payout")
    with pytest.raises(ChangeShortError) as info:
        rig.unit.capture(hold.id)
    assert info.value.key == "payment.change_short" and info.value.owed_yen == 700
    assert rig.unit.holds() == []


def test_out_of_service_and_closed_units_refuse(rig):
    rig.hands.out_of_service = True
    assert rig.unit.health() == Health(False, "payment.unavailable")
    assert rig.unit.methods() == frozenset()
    with pytest.raises(PaymentUnavailableError) as info:
        rig.unit.authorize(200, Method.CASH, "req-21", timeout=1)
    assert isinstance(info.value, DeviceError) and isinstance(info.value, PaymentError)
    rig.hands.out_of_service = False
    rig.hands.ic_enabled = False
    with pytest.raises(MethodUnavailableError):
        rig.unit.authorize(200, Method.IC, "req-22", timeout=1)


def test_bad_amounts_are_refused_before_anything_happens(rig):
    for amount in (0, -5, 100_001):
        with pytest.raises(ValueError):
            rig.unit.authorize(amount, Method.CASH, "req-23", timeout=1)
    with pytest.raises(ValueError):
        rig.hands.insert(3)


def test_open_holds_survive_a_restart_and_can_be_finished(rig):
    rig.hands.queue_cash(1000)
    kept = rig.unit.authorize(200, Method.CASH, "req-24", timeout=5)
    rig.hands.present_card("IC-0005", balance_yen=800)
    reserved = rig.unit.authorize(300, Method.IC, "req-25", timeout=5)
    unit = rig.reopen()
    assert {(h.id, h.reference) for h in unit.holds()} == {
        (kept.id, "req-24"),
        (reserved.id, "req-25"),
    }
    assert unit.release(kept.id).returned == (1000,)
    assert unit.capture(reserved.id).balance_after_yen == 500
    assert unit.holds() == []


def test_greedy_change():
    assert make_change(700, {500: 1, 100: 5}) == (500, 100, 100)
    assert make_change(60, {50: 0, 10: 5}) is None
    assert make_change(0, {}) == ()


def test_registry_opens_the_emulator(tmp_path):
    unit = registry.open_device("payment", f"emulated://payment?ic=0&state={tmp_path / 's.json'}")
    assert unit.methods() == frozenset({Method.CASH})
    unit.close()
    with pytest.raises(DeviceConfigError):
        registry.open_device("payment", "emulated://payment?coins=3")
    with pytest.raises(DeviceConfigError):
        registry.open_device("payment", "emulated://payment?cash=yes")
