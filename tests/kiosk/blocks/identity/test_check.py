"""The identity check as a pure state machine: a fake card, a scripted nonce and a held runner."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

import pytest

from kiosk.blocks.identity.check import PIN_LENGTH, CheckStep, IdentityCheck
from kiosk.blocks.identity.ports import CardProof, CardRemovedError, Nonce
from kiosk.shell.core.errors import FlowError
from tests.kiosk.blocks.fakes import PIN, FakeCard, SyncRunner

NONCE = Nonce("nonce-1", b"\x07" * 32)


@dataclass
class Owner:
    """What the owner of the check hears."""

    changes: int = 0
    proofs: list[CardProof] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)


@dataclass
class Rig:
    """A check, its card, its runner, its owner and the nonce source's script."""

    check: IdentityCheck
    card: FakeCard
    runner: SyncRunner
    owner: Owner
    nonce_error: list[BaseException] = field(default_factory=list)


def make_rig() -> Rig:
    """A check on a fresh card and a runner that runs at once."""
    card, runner, owner = FakeCard(), SyncRunner(), Owner()
    errors: list[BaseException] = []

    def nonce() -> Nonce:
        if errors:
            raise errors.pop()
        return NONCE

    def changed() -> None:
        owner.changes += 1

    check = IdentityCheck(
        card,
        nonce,
        runner,
        changed=changed,
        proved=owner.proofs.append,
        failed=owner.failures.append,
    )
    return Rig(check, card, runner, owner, errors)


def place(rig: Rig) -> None:
    """Put the card on the reader."""
    rig.card.on_reader = True
    rig.check.card_inserted()


def pull(rig: Rig) -> None:
    """Take the card off the reader."""
    rig.card.on_reader = False
    rig.check.card_removed()


def type_pin(check: IdentityCheck, pin: str = PIN) -> None:
    """Type ``pin`` and submit it."""
    for digit in pin:
        check.press_digit(digit)
    check.submit_pin()


def at_pin(rig: Rig) -> None:
    """Started, card placed and read: the PIN is asked for."""
    rig.check.start()
    place(rig)
    assert rig.check.step is CheckStep.PIN


def test_card_pin_proof_and_card_back() -> None:
    rig = make_rig()
    rig.check.start()
    assert (rig.check.step, rig.check.problem) == (CheckStep.INSERT_CARD, "")
    place(rig)
    assert (rig.check.step, rig.check.tries_left) == (CheckStep.PIN, 3)
    type_pin(rig.check)
    assert rig.check.step is CheckStep.REMOVE_CARD and rig.check.tries_left is None
    assert rig.owner.proofs == []  # not before the card is taken back
    pull(rig)
    assert rig.check.step is CheckStep.PROVED and not rig.check.step.active
    (proof,) = rig.owner.proofs
    assert (proof.nonce, proof.signature) == ("nonce-1", b"sig:" + NONCE.challenge)
    assert rig.owner.failures == []


def test_a_card_already_on_the_reader_is_read_at_once() -> None:
    rig = make_rig()
    rig.card.on_reader = True
    rig.check.sense()
    rig.check.start()
    assert rig.check.step is CheckStep.PIN


def test_no_card_left_on_the_reader_after_the_proof_hands_it_over_at_once() -> None:
    rig = make_rig()
    at_pin(rig)
    rig.check.card_on_reader = False  # the owner learnt the card is gone
    type_pin(rig.check)
    assert rig.check.step is CheckStep.PROVED and len(rig.owner.proofs) == 1


def test_the_pin_is_wiped_and_only_its_length_is_seen(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    rig = make_rig()
    at_pin(rig)
    for digit in PIN[:3]:
        rig.check.press_digit(digit)
    assert rig.check.pin_length == 3
    rig.check.press_digit(PIN[3])
    rig.check.submit_pin()
    assert rig.check.pin_length == 0
    assert rig.card.pins_seen and all(not any(pin) for pin in rig.card.pins_seen)
    assert PIN not in caplog.text


def test_the_keypad_edits_and_ignores_what_is_not_a_digit() -> None:
    rig = make_rig()
    rig.check.press_digit("1")  # not at the PIN yet
    assert rig.check.pin_length == 0
    at_pin(rig)
    for key in ("1", "x", "12", "", "2", "3", "4", "5"):
        rig.check.press_digit(key)
    assert rig.check.pin_length == PIN_LENGTH
    rig.check.delete_digit()
    assert rig.check.pin_length == 3
    rig.check.submit_pin()  # too short: nothing happens
    assert rig.check.step is CheckStep.PIN and rig.card.pins_seen == []
    rig.check.clear_pin()
    assert rig.check.pin_length == 0


def test_wrong_pin_then_right() -> None:
    rig = make_rig()
    at_pin(rig)
    type_pin(rig.check, "0000")
    assert (rig.check.step, rig.check.problem, rig.check.tries_left) == (
        CheckStep.PIN,
        "card.wrong_pin",
        2,
    )
    assert rig.check.pin_length == 0
    type_pin(rig.check)
    assert (rig.check.step, rig.check.problem) == (CheckStep.REMOVE_CARD, "")
    assert rig.card.tries == 3


def test_the_last_wrong_pin_blocks_it() -> None:
    rig = make_rig()
    rig.card.tries = 1
    at_pin(rig)
    type_pin(rig.check, "0000")
    assert (rig.check.step, rig.check.problem) == (CheckStep.FAILED, "card.pin_blocked")
    assert rig.check.tries_left == 0 and rig.owner.failures == ["card.pin_blocked"]
    pull(rig)  # taking the blocked card away does not start again
    assert rig.check.step is CheckStep.FAILED and rig.owner.proofs == []


def test_a_card_already_blocked_is_refused_when_read() -> None:
    rig = make_rig()
    rig.card.tries = 0
    rig.check.start()
    place(rig)
    assert (rig.check.step, rig.owner.failures) == (CheckStep.FAILED, ["card.pin_blocked"])


def test_a_refused_card_says_why_and_the_next_card_is_read() -> None:
    rig = make_rig()
    rig.check.start()
    rig.card.problem = "card.old_juki_card"
    place(rig)
    assert (rig.check.step, rig.check.problem) == (CheckStep.INSERT_CARD, "card.old_juki_card")
    pull(rig)
    assert (rig.check.step, rig.check.problem) == (CheckStep.INSERT_CARD, "")
    rig.card.problem = ""
    place(rig)
    assert rig.check.step is CheckStep.PIN


def test_card_pulled_while_it_is_read_and_the_late_answer_does_not_count() -> None:
    rig = make_rig()
    rig.runner.hold = True
    rig.check.start()
    place(rig)
    assert rig.check.step is CheckStep.READING_CARD
    pull(rig)
    rig.runner.release()
    assert (rig.check.step, rig.check.problem) == (CheckStep.INSERT_CARD, "card.removed")
    assert rig.check.tries_left is None


def test_card_pulled_at_the_pin_wipes_the_digits() -> None:
    rig = make_rig()
    at_pin(rig)
    rig.check.press_digit("1")
    rig.check.press_digit("2")
    pull(rig)
    assert (rig.check.step, rig.check.problem) == (CheckStep.INSERT_CARD, "card.removed")
    assert rig.check.pin_length == 0
    place(rig)
    assert (rig.check.step, rig.check.pin_length) == (CheckStep.PIN, 0)


def test_card_pulled_while_the_pin_is_checked_and_the_late_proof_does_not_count() -> None:
    rig = make_rig()
    at_pin(rig)
    rig.runner.hold = True
    type_pin(rig.check)
    assert rig.check.step is CheckStep.CHECKING_PIN
    pull(rig)
    rig.runner.release()
    assert (rig.check.step, rig.check.problem) == (CheckStep.INSERT_CARD, "card.removed")
    assert rig.owner.proofs == [] and all(not any(pin) for pin in rig.card.pins_seen)


def test_the_card_reports_it_was_pulled_during_the_proof() -> None:
    rig = make_rig()
    at_pin(rig)
    rig.card.prove_error = CardRemovedError()
    type_pin(rig.check)
    assert (rig.check.step, rig.check.problem) == (CheckStep.INSERT_CARD, "card.removed")
    assert rig.owner.proofs == [] and rig.owner.failures == []


def test_the_gateway_gives_no_nonce_during_the_proof() -> None:
    rig = make_rig()
    at_pin(rig)
    rig.nonce_error.append(FlowError("gateway.unreachable"))
    type_pin(rig.check)
    assert (rig.check.step, rig.check.problem) == (CheckStep.FAILED, "gateway.unreachable")
    assert rig.owner.failures == ["gateway.unreachable"] and rig.card.pins_seen == []
    assert rig.check.pin_length == 0


def test_an_unexpected_error_during_the_proof_is_a_software_problem(
    caplog: pytest.LogCaptureFixture,
) -> None:
    rig = make_rig()
    at_pin(rig)
    rig.nonce_error.append(RuntimeError(PIN))
    type_pin(rig.check)
    assert rig.owner.failures == ["software_error"]
    assert "RuntimeError" in caplog.text and PIN not in caplog.text


def test_stop_forgets_the_pin_without_telling_the_owner() -> None:
    rig = make_rig()
    at_pin(rig)
    rig.check.press_digit("1")
    changes = rig.owner.changes
    rig.check.stop()
    assert (rig.check.step, rig.check.pin_length, rig.owner.changes) == (CheckStep.IDLE, 0, changes)
    assert rig.check.tries_left == 3  # still shown if the resident comes back to the PIN
    pull(rig)
    place(rig)  # outside the check a card only changes the hints
    assert rig.check.step is CheckStep.IDLE and rig.owner.changes == changes + 2


def test_reset_forgets_the_card_and_a_running_job_does_not_count() -> None:
    rig = make_rig()
    at_pin(rig)
    rig.runner.hold = True
    type_pin(rig.check)
    rig.check.reset()
    rig.runner.release()
    assert (rig.check.step, rig.check.tries_left, rig.check.card_on_reader) == (
        CheckStep.IDLE,
        None,
        False,
    )
    assert rig.owner.proofs == []
