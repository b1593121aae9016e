"""Booking's gateway adapter through a real gateway: book, pay, cancel, refusals, lost answers."""

import datetime as dt
import uuid

import pytest

from gateway.booking import service
from kiosk.services.booking.adapters.gateway import BookingAdapter, refusal_key
from kiosk.services.booking.core.ports import (
    AnswerLostError,
    BookingError,
    BookingRefusedError,
    ProofExpiredError,
    Slot,
)
from machikado.cli import main
from offline_cache.client import GatewayClient

HALL = "tanashi-kominkan"
DAY = dt.date(2027, 3, 2)  # a Tuesday; first-come for March opened on 16 January


def slot(unit="meeting-1", divisions=("am", "pm"), day=DAY):
    return Slot(HALL, unit, day, divisions)


def key():
    return uuid.uuid4().hex


def test_book_pay_see_and_cancel_with_the_refund_the_gateway_states(port, cards):
    card = cards.resident()
    booking = port.book(cards.proof(port, card), slot(), 4200, key())
    assert booking.state == "provisional" and booking.fee_yen == 4200 and booking.active
    assert booking.id.startswith("BK-") and booking.expires_at is not None
    paid = port.confirm(booking.id, "paid", 4200, key())
    assert paid.state == "confirmed" and paid.payment == "paid"
    holder = port.holder(cards.proof(port, card))
    assert holder.resident and [b.id for b in holder.bookings] == [booking.id]
    assert holder.suspended_until is None and holder.penalty_points == 0
    cancelled = port.cancel(cards.proof(port, card), booking.id, key())
    assert cancelled.state == "cancelled" and not cancelled.active
    assert cancelled.refund_percent == 100 and cancelled.refund_yen == 4200  # 40 days before


def test_a_slot_taken_meanwhile_says_which(port, cards):
    port.book(cards.proof(port, cards.resident()), slot("meeting-2", ("night",)), 1600, key())
    with pytest.raises(BookingRefusedError) as taken:
        port.book(
            cards.proof(port, cards.visitor()), slot("meeting-1-2", ("pm", "night")), 12000, key()
        )
    assert taken.value.key == "booking.slot_taken"
    assert taken.value.detail["slot"]["unit"] == "meeting-2"
    assert taken.value.detail["slot"]["division"] == "night"


def test_a_changed_fee_is_refused_with_the_fee_now(port, cards):
    with pytest.raises(BookingRefusedError) as changed:
        port.book(cards.proof(port, cards.visitor()), slot(), 4200, key())
    assert changed.value.key == "booking.fee_changed"
    assert changed.value.detail["fee"]["total_yen"] == 6300  # 150% for a visitor


def test_the_same_key_sent_again_gets_the_same_booking(port, cards):
    proof = cards.proof(port, cards.resident())
    same = key()
    first = port.book(proof, slot(), 4200, same)
    again = port.book(proof, slot(), 4200, same)
    assert again == first


def test_a_used_proof_asks_for_the_card_again(port, cards):
    proof = cards.proof(port, cards.resident())
    port.book(proof, slot(), 4200, key())
    with pytest.raises(ProofExpiredError):
        port.book(proof, slot("washitsu"), 3500, key())


def test_a_cap_and_a_suspension_are_refusals_with_what_they_name(port, cards, live, gateway_clock):
    card = cards.resident()
    port.book(cards.proof(port, card), slot(divisions=("am",)), 1800, key())
    with pytest.raises(BookingRefusedError) as over:
        port.book(cards.proof(port, card), slot("meeting-2", ("am", "pm", "night")), 4400, key())
    assert over.value.key == "booking.quota_reached"
    assert over.value.detail["quota"] == {"scope": "day", "cap": 3}
    gateway_clock.set(2027, 2, 20, 9, 0)
    for day in (dt.date(2027, 2, 23), dt.date(2027, 2, 24)):
        held = port.book(cards.proof(port, card), slot("cooking", ("am",), day), 2100, key())
        port.confirm(held.id, "paid", 2100, key())
    gateway_clock.set(2027, 2, 25, 9, 0)
    held = [b for b in port.holder(cards.proof(port, card)).bookings if b.date.month == 2]
    with live.engine.begin() as conn:
        for booking in held:
            service.record_use(conn, live.app.state.booking, booking.id, showed=False)
    with pytest.raises(BookingRefusedError) as suspended:
        port.book(cards.proof(port, card), slot("cooking", ("pm",)), 2800, key())
    assert suspended.value.key == "booking.suspended"
    assert suspended.value.detail["suspended_until"] == "2027-05-26"
    assert port.holder(cards.proof(port, card)).suspended_until == dt.date(2027, 5, 26)


def test_with_the_gateway_gone_a_write_is_an_answer_lost_and_a_read_unreachable(live, cards, port):
    proof = cards.proof(port, cards.resident())
    gone = GatewayClient(live.url, live.token, retries=0, connect_timeout=0.5)
    live.stop()
    lost = BookingAdapter(gone)
    with pytest.raises(AnswerLostError):
        lost.book(proof, slot(), 4200, key())
    with pytest.raises(BookingError) as unreachable:
        lost.holder(proof)
    assert unreachable.value.key == "gateway.unreachable"
    with pytest.raises(BookingError) as not_yet:
        BookingAdapter(lambda: None).nonce()
    assert not_yet.value.key == "gateway.unreachable"
    gone.close()


def test_a_lottery_entry_and_its_result(port, cards, live, gateway_clock, capsys):
    gateway_clock.set(2027, 1, 5, 12, 0)  # entries for February's sports: 1–10 January
    card = cards.resident()
    gym = "sogo-taiikukan"
    wishes = (
        Slot(gym, "arena-full", dt.date(2027, 2, 2), ("f1",)),
        Slot(gym, "budojo", dt.date(2027, 2, 4), ("f2",)),
    )
    entry = port.enter(cards.proof(port, card), "2027-02", wishes, key())
    assert entry.id.startswith("E") and not entry.drawn and len(entry.wishes) == 2
    with pytest.raises(BookingRefusedError) as twice:
        port.enter(cards.proof(port, card), "2027-02", wishes[:1], key())
    assert twice.value.key == "booking.already_entered"
    draw = ["gateway", "--db", str(live.engine.url), "lottery", "draw", gym, "sports", "2027-02"]
    assert main([*draw, "--early"]) == 0
    capsys.readouterr()
    (drawn,) = port.holder(cards.proof(port, card)).entries
    assert drawn.drawn and drawn.wishes[0].won is True  # the only entry wins its first wish


def test_codes_are_worded_by_booking_keys():
    assert refusal_key("slot_taken") == "booking.slot_taken"
    assert refusal_key("untrusted_certificate") == "booking.card_not_accepted"
    assert refusal_key("something_new") == "gateway.rejected"


def test_the_proof_read_for_my_bookings_still_signs_one_cancel(port, cards):
    card = cards.resident()
    booking = port.book(cards.proof(port, card), slot(), 4200, key())
    proof = cards.proof(port, card)
    assert [b.id for b in port.holder(proof).bookings] == [booking.id]
    cancelled = port.cancel(proof, booking.id, key())
    assert cancelled.state == "cancelled" and cancelled.refund_yen == 0  # unpaid: nothing back
    with pytest.raises(ProofExpiredError):
        port.cancel(proof, booking.id, key())
