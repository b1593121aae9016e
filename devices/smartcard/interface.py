"""What a card reader offers the kiosk: readers, card events, exclusive card transactions."""

from __future__ import annotations

import enum
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from devices.monitor import Health


class CardEventKind(enum.Enum):
    """The kinds of change a card reader reports."""

    READER_ADDED = "reader_added"
    READER_REMOVED = "reader_removed"
    CARD_INSERTED = "card_inserted"
    CARD_REMOVED = "card_removed"
    SERVICE_LOST = "service_lost"
    SERVICE_BACK = "service_back"


@dataclass(frozen=True)
class CardEvent:
    """One change: ``reader`` names the reader (empty for service events); ``atr`` on insertion."""

    kind: CardEventKind
    reader: str = ""
    atr: bytes = b""


CardEventCallback = Callable[[CardEvent], None]


class CardChannel(Protocol):
    """An exclusive connection to one powered card, valid inside one transaction only.

    ``extended_apdus`` says whether the reader passes extended-length APDUs: True, False, or
    None when unknown (the card session then tries once and falls back to short reads).
    """

    extended_apdus: bool | None

    @property
    def reader(self) -> str:
        """The name of the reader holding the card."""
        ...

    @property
    def atr(self) -> bytes:
        """The card's answer-to-reset."""
        ...

    def transmit(self, apdu: bytes | bytearray) -> bytes:
        """Send one command APDU; returns data + SW1 SW2. Raises ``CardError`` subclasses."""
        ...


@runtime_checkable
class CardReader(Protocol):
    """A PC/SC-like card reader service; calls block and belong on a worker thread.

    Raises only ``devices.smartcard.errors.CardError`` subclasses. Event callbacks arrive on
    the reader's own watcher thread (or the thread that inserts an emulated card); a UI must
    hand them over to its own thread.
    """

    def readers(self) -> list[str]:
        """The names of the readers present now."""
        ...

    def card_present(self, reader: str | None = None) -> bool:
        """Whether a card sits in ``reader`` (default: the configured or first reader)."""
        ...

    def health(self) -> Health:
        """Whether the reader service is usable now (for the device monitor); never raises."""
        ...

    def subscribe(self, callback: CardEventCallback) -> Callable[[], None]:
        """Deliver every later event to ``callback``; returns a function that unsubscribes."""
        ...

    def transaction(self, reader: str | None = None) -> AbstractContextManager[CardChannel]:
        """Connect exclusively to the card; on exit the card is powered down (state wiped)."""
        ...

    def close(self) -> None:
        """Stop watching for events and release the service."""
        ...
