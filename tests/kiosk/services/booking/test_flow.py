"""The booking flow without Qt: each step, and every bad path worded."""

import datetime as dt

from kiosk.blocks.checkout.ports import PaymentError
from kiosk.services.booking.core.find import Search
from kiosk.services.booking.core.flow import Step
from kiosk.services.booking.core.ports import (
    AnswerLostError,
    BookingError,
    BookingRefusedError,
    PrintError,
    ProofExpiredError,
)
from tests.kiosk.services.booking.booking_fakes import HALL, MONDAY, enter_pin, make_rig

TUESDAY = MONDAY + dt.timedelta(days=1)


def to_week(rig, day=TUESDAY):
    flow = rig.flow
    flow.begin("ja")
    flow.set_search(Search(kind="kominkan", day=day))
    flow.open_place(HALL)
    assert flow.step is Step.WEEK
    return flow


def pick(flow, unit="meeting-1", divisions=("am", "pm"), day=TUESDAY):
    for division in divisions:
        flow.tap_cell(unit, day, division)


def identify(rig):
    rig.card.on_reader = True
    rig.flow.card_inserted()
    assert rig.flow.step is Step.PIN
    enter_pin(rig.flow)
    assert rig.flow.step is Step.REMOVE_CARD
    rig.card.on_reader = False
    rig.flow.card_removed()


def to_fee(rig):
    flow = to_week(rig)
    pick(flow)
    flow.proceed()
    assert flow.step is Step.INSERT_CARD
    identify(rig)
    assert flow.step is Step.FEE
    return flow


def test_find_pick_card_fee_pay_and_receipt():
    rig = make_rig()
    flow = rig.flow
    flow.begin("ja")
    assert flow.step is Step.FIND and len(flow.results) == 4
    flow.set_search(Search(kind="kominkan", day=TUESDAY, people=25))
    assert [p.facility for p in flow.results] == [HALL]
    flow.open_place(HALL)
    assert flow.step is Step.WEEK and flow.week_start == MONDAY and flow.week.fresh
    pick(flow)
    assert flow.choice.divisions == ("am", "pm") and flow.can_book
    flow.proceed()
    identify(rig)
    assert flow.step is Step.FEE and flow.quote.total_yen == 4200
    flow.book()
    assert flow.step is Step.PAY_CHOICE and flow.booking.state == "provisional"
    flow.pay_here()
    assert flow.step is Step.PAYMENT and flow.checkout.methods == ["cash", "ic"]
    flow.pay("ic")
    assert flow.step is Step.DONE
    assert flow.booking.state == "confirmed" and flow.booking.payment == "paid"
    assert rig.payment.taken == ["hold-1"]
    (receipt,) = rig.receipt.printed
    assert receipt.booking.id == flow.booking.id and receipt.method == "ic"
    assert receipt.facility_names["ja"] == "田無公民館"
    assert [d["ja"] for d in receipt.division_names] == ["午前", "午後"]
    assert ("issued", flow.booking.id) in rig.journal.entries
    assert all(not any(pin) for pin in rig.card.pins_seen)  # the PIN is wiped


def test_pay_at_the_counter_confirms_without_money():
    rig = make_rig()
    flow = to_fee(rig)
    flow.book()
    flow.pay_at_counter()
    assert flow.step is Step.DONE and flow.booking.payment == "counter"
    assert rig.payment.references == [] and rig.receipt.printed[0].method == "counter"


def test_a_visitor_sees_the_visitor_fee():
    rig = make_rig(resident=False)
    flow = to_fee(rig)
    assert flow.quote.total_yen == 6300 and flow.quote.visitor


def test_offline_the_week_is_browsable_but_booking_says_it_needs_the_gateway():
    rig = make_rig()
    rig.availability.fresh = False
    flow = to_week(rig)
    assert not flow.week.fresh and flow.week.as_of is not None
    pick(flow)
    assert not flow.can_book
    flow.proceed()
    assert flow.step is Step.WEEK and flow.notice == "booking.offline"
    assert rig.booking.calls == []


def test_nothing_kept_and_no_gateway_says_so():
    rig = make_rig()
    rig.availability.error = BookingError("gateway.unreachable")
    rig.flow.begin("en")
    assert rig.flow.step is Step.PROBLEM and rig.flow.problem.key == "gateway.unreachable"


def test_closed_and_past_cells_say_why_they_cannot_be_picked():
    rig = make_rig()
    flow = to_week(rig)
    flow.tap_cell("meeting-1", MONDAY, "am")
    assert flow.choice is None and flow.notice == "booking.cell.closed"
    flow.previous_week()
    assert flow.week_start == MONDAY - dt.timedelta(days=7)
    flow.tap_cell("meeting-1", MONDAY - dt.timedelta(days=6), "am")  # 23 February, gone by
    assert flow.notice == "booking.cell.past"
    flow.previous_week()
    assert flow.week_start == MONDAY - dt.timedelta(days=7)  # never before this week
    assert not flow.can_go_back_a_week
    flow.next_week()
    assert flow.week_start == MONDAY


def test_a_slot_taken_meanwhile_names_it_and_the_week_comes_back_without_it():
    rig = make_rig()
    flow = to_fee(rig)
    slot = {"facility": HALL, "unit": "meeting-1", "date": "2027-03-02", "division": "pm"}
    rig.booking.fail["book"] = [BookingRefusedError("booking.slot_taken", {"slot": slot})]
    rig.booking.by_key.clear()
    flow.book()
    assert flow.step is Step.PROBLEM and flow.problem.key == "booking.slot_taken"
    assert flow.problem.detail["slot"]["division"] == "pm"
    rig.availability.states[("meeting-1", TUESDAY, "pm")] = "taken"
    flow.refresh_after_problem()
    assert flow.step is Step.WEEK and flow.choice.divisions == ("am",)


def test_quota_and_suspension_are_worded_with_what_they_name():
    rig = make_rig()
    flow = to_fee(rig)
    quota = {"quota": {"scope": "day", "cap": 3}}
    rig.booking.fail["book"] = [BookingRefusedError("booking.quota_reached", quota)]
    flow.book()
    assert flow.problem.key == "booking.quota_reached" and flow.problem.detail == quota
    rig = make_rig(suspended_until=dt.date(2027, 5, 26))
    flow = to_week(rig)
    pick(flow)
    flow.proceed()
    identify(rig)
    assert flow.step is Step.PROBLEM and flow.problem.key == "booking.suspended"
    assert flow.problem.detail == {"suspended_until": "2027-05-26"}
    assert flow.back() and flow.step is Step.WEEK


def test_a_card_pulled_mid_way_asks_for_it_again():
    rig = make_rig()
    flow = to_week(rig)
    pick(flow)
    flow.proceed()
    rig.card.on_reader = True
    flow.card_inserted()
    flow.identity.press_digit("4")
    rig.card.on_reader = False
    flow.card_removed()
    assert flow.step is Step.INSERT_CARD and flow.identity.problem == "card.removed"
    assert flow.identity.pin_length == 0
    identify(rig)
    assert flow.step is Step.FEE


def test_a_lost_answer_is_asked_again_with_the_same_key_and_books_once():
    rig = make_rig()
    flow = to_fee(rig)
    rig.booking.fail["book"] = [AnswerLostError()]
    flow.book()
    assert flow.step is Step.LOST and not flow.can_leave
    flow.book_again()
    assert flow.step is Step.PAY_CHOICE
    keys = [c[1] for c in rig.booking.calls if c[0] == "book"]
    assert len(keys) == 2 and keys[0] == keys[1]
    assert len(rig.booking.bookings) == 1


def test_a_lost_confirm_keeps_the_money_held_until_the_same_key_gets_through():
    rig = make_rig()
    flow = to_fee(rig)
    flow.book()
    flow.pay_here()
    rig.booking.fail["confirm"] = [AnswerLostError()]
    flow.pay("cash")
    assert flow.step is Step.LOST and not flow.can_leave and rig.payment.taken == []
    flow.confirm_again()
    assert flow.step is Step.DONE and rig.payment.taken == ["hold-1"]
    keys = [c[1] for c in rig.booking.calls if c[0] == "confirm"]
    assert len(keys) == 2 and keys[0] == keys[1]


def test_giving_up_after_a_lost_answer_gives_the_money_back_and_says_why():
    rig = make_rig()
    flow = to_fee(rig)
    flow.book()
    flow.pay_here()
    rig.booking.fail["confirm"] = [AnswerLostError()]
    flow.pay("ic")
    assert flow.step is Step.LOST
    flow.give_up()
    assert flow.step is Step.PROBLEM and flow.problem.key == "gateway.unreachable"
    assert rig.payment.given_back == ["hold-1"] and rig.payment.taken == []
    assert flow.can_leave
    assert flow.back() and flow.step is Step.FIND


def test_a_refused_confirm_gives_the_money_back():
    rig = make_rig()
    flow = to_fee(rig)
    flow.book()
    flow.pay_here()
    rig.booking.fail["confirm"] = [BookingRefusedError("booking.booking_expired")]
    flow.pay("ic")
    assert flow.step is Step.PROBLEM and flow.problem.key == "booking.booking_expired"
    assert rig.payment.given_back == ["hold-1"] and rig.payment.taken == []


def test_a_payment_problem_leaves_the_counter_open():
    rig = make_rig()
    flow = to_fee(rig)
    flow.book()
    rig.payment.available = []
    flow.pay_here()
    assert flow.step is Step.PAY_CHOICE and flow.notice == "payment.unavailable"
    rig.payment.available = ["ic"]
    flow.pay_here()
    rig.payment.error = PaymentError("payment.timeout")
    flow.pay("ic")
    assert flow.step is Step.PAYMENT and flow.notice == "payment.timeout"


def test_printer_out_of_paper_keeps_the_number_on_screen_and_prints_again():
    rig = make_rig()
    flow = to_fee(rig)
    flow.book()
    rig.receipt.errors = [PrintError("receipt.paper_out")]
    flow.pay_at_counter()
    assert flow.step is Step.PRINT_PROBLEM and flow.problem.key == "receipt.paper_out"
    assert flow.booking.id.startswith("BK-")
    flow.print_again()
    assert flow.step is Step.DONE and len(rig.receipt.printed) == 1


def test_a_changed_fee_is_shown_before_booking_again_with_a_new_key():
    rig = make_rig()
    flow = to_fee(rig)
    fee = {"base_yen": 4200, "resident_percent": 100, "total_yen": 4800}
    rig.booking.fail["book"] = [BookingRefusedError("booking.fee_changed", {"fee": fee})]
    flow.book()
    assert flow.step is Step.FEE and flow.quote.total_yen == 4800
    assert flow.notice == "booking.fee_changed"
    flow.book()
    books = [c for c in rig.booking.calls if c[0] == "book"]
    assert books[1][2] == 4800 and books[0][1] != books[1][1]


def test_my_bookings_and_cancel_with_the_refund_the_gateway_states():
    rig = make_rig()
    flow = to_fee(rig)
    flow.book()
    flow.pay_here()
    flow.pay("ic")
    booking_id = flow.booking.id
    flow.finish()
    flow.begin("en")
    flow.show_mine()
    identify(rig)
    assert flow.step is Step.MINE and [b.id for b in flow.holder.bookings] == [booking_id]
    flow.ask_cancel(booking_id)
    assert flow.step is Step.CANCEL and flow.refund_percent_now() == 50  # 6 days before
    flow.cancel_booking()
    assert flow.step is Step.CANCELLED and flow.cancelling.refund_yen == 4200
    assert flow.holder.bookings[0].state == "cancelled"


def test_a_used_up_proof_reads_the_card_again_before_a_cancel():
    rig = make_rig()
    flow = to_fee(rig)
    flow.book()
    flow.pay_at_counter()
    booking_id = flow.booking.id
    flow.finish()
    flow.begin("ja")
    flow.show_mine()
    identify(rig)
    flow.ask_cancel(booking_id)
    rig.booking.fail["cancel"] = [ProofExpiredError()]
    flow.cancel_booking()
    assert flow.step is Step.INSERT_CARD
    identify(rig)
    assert flow.step is Step.MINE


def test_a_lottery_wish_is_entered_and_its_result_seen_in_my_bookings():
    rig = make_rig()
    rig.availability.states[("hall", TUESDAY, "am")] = "lottery"
    flow = to_week(rig)
    flow.tap_cell("hall", TUESDAY, "am")
    assert flow.choice.lottery
    flow.proceed()
    identify(rig)
    assert flow.step is Step.WISH
    flow.enter_lottery()
    assert flow.step is Step.ENTERED and flow.entry.month == "2027-03"
    flow.show_mine()
    identify(rig)
    assert [e.id for e in flow.holder.entries] == ["E0001"]


def test_reset_drops_the_resident_and_gives_held_money_back():
    rig = make_rig()
    flow = to_fee(rig)
    flow.book()
    flow.pay_here()
    rig.runner.hold = True
    flow.pay("cash")
    rig.runner.release()  # held; the confirm is now waiting
    assert flow.step is Step.CONFIRMING and not flow.can_leave
    flow.reset()
    rig.runner.release()
    assert rig.payment.given_back == ["hold-1"]
    assert flow.booking is None and flow.holder is None and flow.step is Step.FIND
