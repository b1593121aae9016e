"""The certificate flow as a pure state machine, with scripted fakes for every port."""

from __future__ import annotations

from kiosk.blocks.checkout.ports import PaymentError
from kiosk.services.certificates.core.flow import Step
from kiosk.services.certificates.core.ports import ProofExpiredError
from kiosk.shell.core.errors import FlowError
from tests.kiosk.services.certificates.certificate_fakes import enter_pin, make_rig, to_choose


def to_payment(rig, certificate: str = "inkan", copies: int = 2) -> None:
    """From the card to the payment step."""
    to_choose(rig)
    rig.flow.choose(certificate)
    if rig.flow.step is Step.OPTIONS:
        rig.flow.next()
    rig.flow.set_copies(copies)
    rig.flow.next()
    rig.flow.confirm()


def test_whole_flow_takes_the_fee_only_after_printing() -> None:
    rig = make_rig()
    to_choose(rig)
    assert rig.flow.step is Step.CHOOSE
    rig.flow.choose("juminhyo")
    assert rig.flow.step is Step.OPTIONS
    rig.flow.set_household("all")
    rig.flow.set_option("head_relationship", True)
    rig.flow.next()
    rig.flow.set_copies(2)
    rig.flow.next()
    assert rig.flow.step is Step.SUMMARY
    assert rig.flow.fee_yen == 400
    rig.flow.confirm()
    assert rig.flow.step is Step.PAYMENT and rig.flow.methods == ["cash", "ic"]
    rig.flow.pay("cash")
    assert rig.flow.step is Step.TAKE_DOCUMENTS
    order, key = rig.gateway.orders[0]
    assert (order.copies, order.fee_yen, order.options.household) == (2, 400, "all")
    assert order.options.head_relationship and key == "order-key-1"
    assert rig.printer.printed == ["20261122-0000ABCD-1", "20261122-0000ABCD-2"]
    assert rig.payment.taken == ["hold-1"] and rig.payment.given_back == []
    assert [e[0] for e in rig.journal.entries] == ["held", "issued", "printed", "settled"]
    assert rig.journal.entries[-1] == ("settled", "collected", "400")
    rig.flow.documents_taken()
    assert rig.flow.step is Step.DONE and rig.flow.receipt_printed
    receipt = rig.receipt.printed[0]
    assert (receipt.reference, receipt.fee_yen) == ("20261122-0000ABCD", 400)
    assert receipt.change_yen == 800
    assert receipt.certificate_name == "住民票の写し"
    rig.flow.finish()
    assert rig.left == [True] and rig.flow.step is Step.TERMS and rig.flow.entitlements == []


def test_card_already_on_the_reader_is_read_after_the_terms() -> None:
    rig = make_rig()
    rig.card.on_reader = True
    rig.flow.begin("en")
    rig.flow.accept_terms()
    assert rig.flow.step is Step.PIN and rig.flow.tries_left == 3


def test_wrong_card_says_why_and_a_new_card_is_read() -> None:
    rig = make_rig()
    rig.flow.begin("ja")
    rig.flow.accept_terms()
    rig.card.problem = "card.old_juki_card"
    rig.card.on_reader = True
    rig.flow.card_inserted()
    assert (rig.flow.step, rig.flow.problem) == (Step.INSERT_CARD, "card.old_juki_card")
    rig.flow.card_removed()
    assert (rig.flow.step, rig.flow.problem) == (Step.INSERT_CARD, "")
    rig.card.problem = ""
    rig.flow.card_inserted()
    assert rig.flow.step is Step.PIN


def test_wrong_pin_shows_tries_then_blocks() -> None:
    rig = make_rig()
    rig.card.on_reader = True
    rig.flow.begin("ja")
    rig.flow.accept_terms()
    enter_pin(rig.flow, "0000")
    assert (rig.flow.step, rig.flow.problem, rig.flow.tries_left) == (
        Step.PIN,
        "card.wrong_pin",
        2,
    )
    assert rig.flow.pin_length == 0
    enter_pin(rig.flow, "0000")
    enter_pin(rig.flow, "0000")
    assert (rig.flow.step, rig.flow.problem) == (Step.PROBLEM, "card.pin_blocked")
    assert not rig.flow.can_start_over
    rig.flow.start_over()
    assert rig.flow.step is Step.PROBLEM  # a blocked card cannot start over


def test_pin_is_wiped_everywhere() -> None:
    rig = make_rig()
    rig.card.on_reader = True
    rig.flow.begin("ja")
    rig.flow.accept_terms()
    enter_pin(rig.flow)
    assert all(not any(pin) for pin in rig.card.pins_seen)
    assert rig.flow.step is Step.REMOVE_CARD


def test_pin_keypad_edits_and_ignores_non_digits() -> None:
    rig = make_rig()
    rig.card.on_reader = True
    rig.flow.begin("ja")
    rig.flow.accept_terms()
    for key in ("1", "x", "12", "2", "3", "4", "5"):
        rig.flow.press_digit(key)
    assert rig.flow.pin_length == 4
    rig.flow.delete_digit()
    assert rig.flow.pin_length == 3
    rig.flow.submit_pin()  # too short: nothing happens
    assert rig.flow.step is Step.PIN
    rig.flow.clear_pin()
    assert rig.flow.pin_length == 0


def test_card_pulled_while_reading_or_at_the_pin() -> None:
    rig = make_rig()
    rig.runner.hold = True
    rig.flow.begin("ja")
    rig.flow.accept_terms()
    rig.card.on_reader = True
    rig.flow.card_inserted()
    assert rig.flow.step is Step.READING_CARD
    rig.card.on_reader = False
    rig.flow.card_removed()
    rig.runner.release()  # the late answer no longer counts
    assert (rig.flow.step, rig.flow.problem) == (Step.INSERT_CARD, "card.removed")
    rig.runner.hold = False
    rig.card.on_reader = True
    rig.flow.card_inserted()
    rig.flow.press_digit("1")
    rig.flow.card_removed()
    assert (rig.flow.step, rig.flow.pin_length) == (Step.INSERT_CARD, 0)


def test_the_flow_waits_for_the_card_to_be_taken_back() -> None:
    rig = make_rig()
    rig.card.on_reader = True
    rig.flow.begin("ja")
    rig.flow.accept_terms()
    enter_pin(rig.flow)
    assert rig.flow.step is Step.REMOVE_CARD
    rig.flow.card_removed()
    assert rig.flow.step is Step.CHOOSE
    assert [e.certificate for e in rig.flow.entitlements][:2] == ["juminhyo", "inkan"]


def test_unavailable_certificate_cannot_be_chosen() -> None:
    rig = make_rig()
    to_choose(rig)
    rig.flow.choose("koseki-tohon")
    rig.flow.choose("no-such")
    assert rig.flow.step is Step.CHOOSE


def test_back_goes_one_step_and_leaves_at_the_terms() -> None:
    rig = make_rig()
    to_choose(rig)
    rig.flow.choose("juminhyo")
    rig.flow.next()
    assert rig.flow.back() and rig.flow.step is Step.OPTIONS
    assert rig.flow.back() and rig.flow.step is Step.CHOOSE
    rig.flow.choose("inkan")
    assert rig.flow.step is Step.COPIES
    assert rig.flow.back() and rig.flow.step is Step.CHOOSE
    assert not rig.flow.back()
    fresh = make_rig()
    fresh.flow.begin("ja")
    assert not fresh.flow.back()


def test_copies_are_limited() -> None:
    rig = make_rig()
    to_choose(rig)
    rig.flow.choose("inkan")
    rig.flow.set_copies(0)
    rig.flow.set_copies(11)
    assert rig.flow.order.copies == 1
    rig.flow.set_copies(10)
    assert rig.flow.fee_yen == 2000


def test_printer_out_of_paper_before_payment_takes_no_money() -> None:
    rig = make_rig()
    rig.printer.check_error = FlowError("docprint.media_empty")
    to_payment(rig)
    assert (rig.flow.step, rig.flow.problem) == (Step.PROBLEM, "docprint.media_empty")
    assert rig.journal.entries == [] and rig.gateway.orders == []


def test_payment_cancelled_returns_to_payment_and_back_works() -> None:
    rig = make_rig()
    to_payment(rig)
    rig.payment.error = PaymentError("payment.cancelled")
    rig.flow.pay("cash")
    assert (rig.flow.step, rig.flow.problem, rig.flow.paying) == (Step.PAYMENT, "", False)
    rig.payment.error = PaymentError("payment.timeout")
    rig.flow.pay("ic")
    assert rig.flow.problem == "payment.timeout"
    assert rig.flow.can_leave and rig.flow.back() and rig.flow.step is Step.SUMMARY
    assert rig.gateway.orders == []


def test_cancel_while_paying_asks_the_unit_to_stop() -> None:
    rig = make_rig()
    to_payment(rig)
    rig.runner.hold = True
    rig.flow.pay("cash")
    assert rig.flow.busy and not rig.flow.can_leave
    rig.flow.cancel()
    assert rig.payment.cancelled == 1 and rig.left == []


def test_gateway_failure_after_payment_gives_the_money_back() -> None:
    rig = make_rig()
    rig.gateway.issue_error = FlowError("gateway.unreachable")
    to_payment(rig)
    rig.flow.pay("cash")
    assert (rig.flow.step, rig.flow.problem) == (Step.REFUNDED, "gateway.unreachable")
    assert rig.payment.given_back == ["hold-1"] and rig.payment.taken == []
    assert rig.flow.refund_yen == 1000
    assert ("settled", "refunded", "400") in rig.journal.entries


def test_expired_card_check_refunds_and_offers_to_start_over() -> None:
    rig = make_rig()
    rig.gateway.issue_error = ProofExpiredError()
    to_payment(rig)
    rig.flow.pay("ic")
    assert (rig.flow.step, rig.flow.problem) == (Step.REFUNDED, "issuance.proof_expired")
    assert rig.flow.can_start_over
    rig.flow.start_over()
    assert rig.flow.step is Step.INSERT_CARD
    assert not rig.flow.can_start_over


def test_paper_out_mid_job_reprints_only_what_is_missing() -> None:
    rig = make_rig()
    rig.printer.fail_at = 2
    to_payment(rig, copies=3)
    rig.flow.pay("cash")
    assert (rig.flow.step, rig.flow.problem) == (Step.PRINT_PROBLEM, "docprint.media_empty")
    assert rig.flow.printed_count == 1 and rig.payment.taken == []
    assert not rig.flow.can_leave and not rig.flow.busy
    rig.flow.retry_print()
    assert rig.flow.step is Step.TAKE_DOCUMENTS
    assert rig.printer.printed == [f"20261122-0000ABCD-{n}" for n in (1, 2, 3)]
    assert rig.payment.taken == ["hold-1"] and len(rig.gateway.orders) == 1


def test_giving_up_after_a_printer_problem_refunds() -> None:
    rig = make_rig()
    rig.printer.fail_at = 1
    to_payment(rig)
    rig.flow.pay("cash")
    rig.flow.give_up()
    assert rig.flow.step is Step.REFUNDED
    assert rig.payment.given_back == ["hold-1"] and rig.payment.taken == []
    assert ("failed", "docprint.media_empty") in rig.journal.entries
    rig.flow.finish()
    assert rig.left == [True]


def test_walking_away_at_a_printer_problem_gives_the_money_back() -> None:
    rig = make_rig()
    rig.printer.fail_at = 1
    to_payment(rig)
    rig.flow.pay("cash")
    rig.flow.reset()  # the idle timeout ended the session
    assert rig.payment.given_back == ["hold-1"]
    assert ("failed", "session_ended") in rig.journal.entries


def test_leaving_after_printing_never_refunds() -> None:
    rig = make_rig()
    to_payment(rig)
    rig.flow.pay("cash")
    assert rig.flow.step is Step.TAKE_DOCUMENTS
    rig.flow.reset()
    assert rig.payment.given_back == [] and rig.payment.taken == ["hold-1"]


def test_receipt_waits_for_the_fee_and_a_receipt_failure_still_ends_well() -> None:
    rig = make_rig()
    rig.receipt.error = FlowError("receipt.paper_out")
    to_payment(rig)
    rig.runner.hold = True
    rig.flow.pay("cash")
    for _ in range(3):  # payment held, issued, printed; collecting the fee is now held
        rig.runner.release()
    assert rig.flow.step is Step.TAKE_DOCUMENTS and len(rig.runner.pending) == 1
    rig.flow.documents_taken()
    assert rig.flow.step is Step.RECEIPT
    rig.runner.hold = False
    rig.runner.release()
    assert rig.flow.step is Step.DONE and not rig.flow.receipt_printed


def test_reminder_when_the_certificates_stay_in_the_tray() -> None:
    rig = make_rig()
    to_payment(rig)
    rig.flow.pay("cash")
    rig.flow.tick(100.0)
    rig.flow.tick(110.0)
    assert not rig.flow.reminder
    rig.flow.tick(121.0)
    assert rig.flow.reminder


def test_unlinked_card_is_a_clear_problem() -> None:
    rig = make_rig()

    def refuse(_proof):
        raise FlowError("issuance.card_not_linked")

    rig.gateway.eligibility = refuse
    to_choose(rig)
    assert (rig.flow.step, rig.flow.problem) == (Step.PROBLEM, "issuance.card_not_linked")


def test_unexpected_error_is_a_software_problem() -> None:
    rig = make_rig()

    def crash(_proof):
        raise RuntimeError("boom")

    rig.gateway.eligibility = crash
    to_choose(rig)
    assert (rig.flow.step, rig.flow.problem) == (Step.PROBLEM, "software_error")


def test_no_back_once_the_card_is_proved_nor_after_the_certificates() -> None:
    rig = make_rig()
    rig.flow.begin("ja")
    assert not rig.flow.allows_back  # the terms have their own "do not agree"
    rig.flow.accept_terms()
    assert rig.flow.allows_back
    rig.card.on_reader = True
    rig.flow.card_inserted()
    assert rig.flow.step is Step.PIN and rig.flow.allows_back
    enter_pin(rig.flow)
    assert rig.flow.step is Step.REMOVE_CARD and not rig.flow.allows_back
    rig.card.on_reader = False
    rig.flow.card_removed()
    assert rig.flow.step is Step.CHOOSE and not rig.flow.allows_back
    rig.flow.choose("inkan")
    assert rig.flow.allows_back  # a choice may still be changed
    rig.flow.next()
    rig.flow.confirm()
    assert rig.flow.step is Step.PAYMENT and rig.flow.allows_back
    rig.flow.pay("cash")
    assert rig.flow.step is Step.TAKE_DOCUMENTS
    assert not rig.flow.allows_back and not rig.flow.can_leave
    rig.flow.documents_taken()
    assert rig.flow.step is Step.DONE and not rig.flow.allows_back and rig.flow.can_leave


def test_declining_the_terms_leaves_without_reading_the_card() -> None:
    rig = make_rig()
    rig.card.on_reader = True
    rig.flow.begin("ja")
    rig.flow.decline_terms()
    assert rig.left == [True] and rig.flow.step is Step.TERMS
    assert rig.card.pins_seen == [] and not rig.flow.card_on_reader  # nothing was read
    rig.flow.begin("ja")
    rig.flow.accept_terms()
    rig.flow.decline_terms()  # only from the terms
    assert rig.left == [True]


def test_the_least_data_is_asked_for_until_the_resident_chooses_more() -> None:
    rig = make_rig()
    to_choose(rig)
    rig.flow.choose("juminhyo")
    options = rig.flow.order.options
    assert (options.household, options.head_relationship, options.honseki) == (
        "self",
        False,
        False,
    )
    rig.flow.set_household("all")
    rig.flow.back()
    rig.flow.choose("juminhyo")
    assert rig.flow.order.options.household == "all"  # the same choice kept while going back


def test_what_is_still_owed_follows_the_money_put_in() -> None:
    rig = make_rig()
    to_payment(rig, copies=2)
    assert rig.flow.fee_yen == 400 and rig.flow.owed_yen == 400
    rig.runner.hold = True
    rig.flow.pay("cash")
    assert rig.flow.paying and rig.flow.owed_yen == 400
    rig.runner.release()
    assert rig.flow.paid_yen == 1000 and rig.flow.owed_yen == 0
