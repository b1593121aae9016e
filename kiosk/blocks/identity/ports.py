"""What identity needs from the card reader: the card's checks and its proof, and their errors."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from kiosk.shell.core.errors import FlowError


class CardError(FlowError):
    """The card cannot be used: wrong card, old 住基 card, unreadable, pulled out, reader gone."""


class CardRemovedError(CardError):
    """The card left the reader during an operation."""

    def __init__(self) -> None:
        super().__init__("card.removed")


class WrongPinError(CardError):
    """The PIN was wrong; ``tries_left`` before the card blocks it."""

    def __init__(self, tries_left: int) -> None:
        super().__init__("card.wrong_pin")
        self.tries_left = tries_left


class PinBlockedError(CardError):
    """The PIN is blocked: the resident must go to the city office to reset it."""

    def __init__(self) -> None:
        super().__init__("card.pin_blocked")


@dataclass
class CardProof:
    """The card's answer to the gateway's nonce: its authentication certificate and signature."""

    certificate: bytes
    nonce: str
    signature: bytes


@dataclass(frozen=True)
class Nonce:
    """A single-use nonce from the gateway and the SHA-256 digest the card must sign."""

    value: str
    challenge: bytes


# The gateway's error codes for a proof whose nonce is gone: read the card again.
PROOF_EXPIRED = frozenset({"nonce_expired", "nonce_used", "unknown_nonce"})


class CardPort(Protocol):
    """The card reader with a My Number card on it."""

    def present(self) -> bool:
        """True while a card sits on the reader."""
        ...

    def check(self) -> int:
        """Check it is a My Number card with its JPKI application; its PIN tries left."""
        ...

    def prove(self, pin: bytearray, challenge: bytes) -> CardProof:
        """Verify ``pin`` (wiped afterwards, whatever happens) and sign ``challenge``."""
        ...
