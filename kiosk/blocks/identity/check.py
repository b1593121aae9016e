"""The identity check: card placed, card checked, PIN typed, PIN verified, nonce signed, card back.

A pure state machine a service's flow drives with the reader's card events and the keypad's
intents; the blocking card calls run on the owner's :class:`~kiosk.shell.core.jobs.Runner`. The
PIN lives in one bytearray, wiped after every use; only how many digits were typed is exposed.
"""

from __future__ import annotations

import enum
import logging
from collections.abc import Callable

from kiosk.blocks.identity.ports import (
    CardError,
    CardPort,
    CardProof,
    CardRemovedError,
    Nonce,
    PinBlockedError,
    WrongPinError,
)
from kiosk.shell.core.errors import FlowError
from kiosk.shell.core.jobs import Done, Job, Progress, Runner

log = logging.getLogger(__name__)

PIN_LENGTH = 4  # the JPKI user-authentication PIN (利用者証明用暗証番号)
PIN_TRIES = 3  # wrong PINs in a row after which the card locks it (the card counts them)


class CheckStep(enum.Enum):
    """Where the identity check stands."""

    IDLE = "idle"  # not asking for a card
    INSERT_CARD = "insert_card"  # waiting for a card; ``problem`` says why one was refused
    READING_CARD = "reading_card"
    PIN = "pin"
    CHECKING_PIN = "checking_pin"
    REMOVE_CARD = "remove_card"  # proved: waiting for the card to be taken back
    PROVED = "proved"  # the proof is with the owner and the card is off the reader
    FAILED = "failed"  # a blocked PIN or an error a new card does not fix

    @property
    def active(self) -> bool:
        """True from asking for the card until it is proved and back, or the check failed."""
        return self not in (CheckStep.IDLE, CheckStep.PROVED, CheckStep.FAILED)


def _zero(pin: bytearray) -> None:
    for i in range(len(pin)):
        pin[i] = 0


def _wipe(pin: bytearray) -> None:
    _zero(pin)
    pin.clear()


class IdentityCheck:
    """One resident's card and PIN, up to the card's proof.

    ``changed`` is called after every change the owner shows; ``proved(proof)`` once the nonce is
    signed and the card is off the reader; ``failed(key)`` when the check cannot go on (a
    blocked PIN, an unreachable gateway) and the resident must be told ``key``.
    """

    def __init__(
        self,
        card: CardPort,
        nonce: Callable[[], Nonce],
        runner: Runner,
        *,
        changed: Callable[[], None],
        proved: Callable[[CardProof], None],
        failed: Callable[[str], None],
    ) -> None:
        self._card, self._nonce, self._runner = card, nonce, runner
        self._changed, self._proved, self._failed = changed, proved, failed
        self._pin = bytearray()
        self._proof: CardProof | None = None
        self._generation = 0
        self.step = CheckStep.IDLE
        self.problem = ""
        self.tries_left: int | None = None
        self.card_on_reader = False

    @property
    def pin_length(self) -> int:
        """Digits typed so far (the digits themselves never leave the check)."""
        return len(self._pin)

    def reset(self) -> None:
        """Forget the card, its tries and the PIN; a job still running no longer counts."""
        self.stop()
        self.tries_left = None
        self.card_on_reader = False

    def stop(self) -> None:
        """Stop asking for the card (the resident went back); the owner is not told."""
        _wipe(self._pin)
        self._proof = None
        self._generation += 1
        self.step, self.problem = CheckStep.IDLE, ""

    def sense(self) -> None:
        """Ask the reader whether a card lies on it now."""
        self.card_on_reader = self._card.present()

    def start(self) -> None:
        """Ask for the card, and read it at once when it is already there."""
        self._go(CheckStep.INSERT_CARD)
        if self.card_on_reader:
            self._read_card()

    # -- the card ---------------------------------------------------------------------------

    def card_inserted(self) -> None:
        """The reader saw a card arrive."""
        self.card_on_reader = True
        if self.step is CheckStep.INSERT_CARD:
            self._read_card()
        else:
            self._changed()

    def card_removed(self) -> None:
        """The card left the reader."""
        self.card_on_reader = False
        if self.step in (CheckStep.READING_CARD, CheckStep.PIN, CheckStep.CHECKING_PIN):
            _wipe(self._pin)
            self._generation += 1  # a job still talking to the card no longer counts
            self._go(CheckStep.INSERT_CARD, "card.removed")
        elif self.step is CheckStep.INSERT_CARD and self.problem:
            self._go(CheckStep.INSERT_CARD)  # a refused card was taken away: try again
        elif self.step is CheckStep.REMOVE_CARD:
            self._hand_over()
        else:
            self._changed()

    def _read_card(self) -> None:
        self._go(CheckStep.READING_CARD)
        card = self._card
        self._start(lambda _report: card.check(), self._card_read)

    def _card_read(self, tries: object, error: BaseException | None) -> None:
        if isinstance(error, CardRemovedError) or (error is None and not self.card_on_reader):
            self._go(CheckStep.INSERT_CARD, "card.removed")
        elif isinstance(error, PinBlockedError) or (error is None and tries == 0):
            self._fail("card.pin_blocked")
        elif isinstance(error, CardError):
            self._go(CheckStep.INSERT_CARD, error.key)
        elif error is not None:
            self._fail_with(error)
        else:
            assert isinstance(tries, int)
            self.tries_left = tries
            self._go(CheckStep.PIN)

    # -- the PIN ----------------------------------------------------------------------------

    def press_digit(self, digit: str) -> None:
        """One PIN digit from the keypad or the keyboard."""
        valid = len(digit) == 1 and digit in "0123456789"
        if self.step is CheckStep.PIN and valid and len(self._pin) < PIN_LENGTH:
            self._pin.append(ord(digit))
            self._changed()

    def delete_digit(self) -> None:
        """Remove the last PIN digit."""
        if self.step is CheckStep.PIN and self._pin:
            self._pin[-1] = 0
            del self._pin[-1]
            self._changed()

    def clear_pin(self) -> None:
        """Remove every PIN digit."""
        if self.step is CheckStep.PIN and self._pin:
            _wipe(self._pin)
            self._changed()

    def submit_pin(self) -> None:
        """Check the PIN with the card and have the card sign a fresh nonce."""
        if self.step is not CheckStep.PIN or len(self._pin) != PIN_LENGTH:
            return
        pin = bytearray(self._pin)  # the job wipes its copy; ours is wiped now
        _wipe(self._pin)
        self._go(CheckStep.CHECKING_PIN)
        card, new_nonce = self._card, self._nonce

        def prove(_report: Progress) -> CardProof:
            try:
                nonce = new_nonce()
                proof = card.prove(pin, nonce.challenge)
                proof.nonce = nonce.value  # the card signs the challenge; the proof names it
                return proof
            finally:
                _zero(pin)

        self._start(prove, self._pin_checked)

    def _pin_checked(self, proof: object, error: BaseException | None) -> None:
        if isinstance(error, WrongPinError):
            self.tries_left = error.tries_left
            self._go(CheckStep.PIN, error.key)
        elif isinstance(error, PinBlockedError):
            self.tries_left = 0
            self._fail(error.key)
        elif isinstance(error, CardError):
            self._go(CheckStep.INSERT_CARD, error.key)
        elif error is not None:
            self._fail_with(error)
        else:
            assert isinstance(proof, CardProof)
            self._proof = proof
            self.tries_left = None
            if self.card_on_reader:
                self._go(CheckStep.REMOVE_CARD)
            else:
                self._hand_over()

    # -- the outcome --------------------------------------------------------------------------

    def _hand_over(self) -> None:
        proof, self._proof = self._proof, None
        assert proof is not None
        self.step, self.problem = CheckStep.PROVED, ""
        self._proved(proof)

    def _fail(self, key: str) -> None:
        self.step, self.problem = CheckStep.FAILED, key
        self._failed(key)

    def _fail_with(self, error: BaseException) -> None:
        if isinstance(error, FlowError):
            self._fail(error.key)
        else:
            log.error("identity check error: %s", type(error).__name__)
            self._fail("software_error")

    def _go(self, step: CheckStep, problem: str = "") -> None:
        self.step, self.problem = step, problem
        self._changed()

    def _start(self, job: Job, done: Done) -> None:
        generation = self._generation

        def finished(result: object, error: BaseException | None) -> None:
            if generation == self._generation:
                done(result, error)

        self._runner.run(job, finished)
