"""An in-process card reader holding emulated cards, for a demo without pcscd."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import SplitResult, parse_qs

from devices.errors import DeviceConfigError
from devices.monitor import Health
from devices.smartcard.emulator.card import CardPulled, EmulatedCard
from devices.smartcard.errors import (
    CardRemovedError,
    NoCardError,
    NoReaderError,
    ReaderBusyError,
    ReaderGoneError,
)
from devices.smartcard.interface import CardEvent, CardEventCallback, CardEventKind

READER_NAME = "Machikado Emulated Reader {:02X} 00"


class _Slot:
    """One reader slot: the card in it and the lock that makes transactions exclusive."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.card: EmulatedCard | None = None
        self.busy = threading.Lock()


class EmulatedChannel:
    """The in-process channel to the card of one slot, valid for one transaction."""

    extended_apdus: bool | None = None

    def __init__(self, reader: EmulatedCardReader, slot: _Slot, card: EmulatedCard) -> None:
        self._reader = reader
        self._slot = slot
        self._card = card
        self.closed = False

    @property
    def reader(self) -> str:
        """The slot's reader name."""
        return self._slot.name

    @property
    def atr(self) -> bytes:
        """The card's answer-to-reset."""
        return self._card.atr

    def transmit(self, apdu: bytes | bytearray) -> bytes:
        """Hand one APDU to the card; ``CardRemovedError`` once it left the slot."""
        if self.closed or self._slot.card is not self._card:
            raise CardRemovedError("the card was removed during this transaction")
        try:
            return self._card.process(bytes(apdu))
        except CardPulled as err:
            self._reader.remove(self._slot.name)
            raise CardRemovedError("the card was removed during this transaction") from err


class EmulatedCardReader:
    """Card readers whose cards are ``EmulatedCard`` objects; same contract as the PC/SC one.

    Events are delivered on the thread that calls ``insert``/``remove`` (or whose APDU made a
    scripted card pull itself out).
    """

    def __init__(self, slots: int = 1) -> None:
        if slots < 1:
            raise DeviceConfigError("an emulated reader needs at least one slot")
        self._slots = [_Slot(READER_NAME.format(i)) for i in range(slots)]
        self._callbacks: list[CardEventCallback] = []
        self._lock = threading.Lock()
        self.closed = False

    def _slot(self, reader: str | int | None) -> _Slot:
        if self.closed:
            raise NoReaderError("the emulated reader is closed")
        if reader is None:
            return self._slots[0]
        if isinstance(reader, int):
            if not 0 <= reader < len(self._slots):
                raise ReaderGoneError("no such emulated reader slot")
            return self._slots[reader]
        for slot in self._slots:
            if slot.name == reader:
                return slot
        raise ReaderGoneError("that reader is not connected")

    def _emit(self, event: CardEvent) -> None:
        with self._lock:
            callbacks = list(self._callbacks)
        for callback in callbacks:
            callback(event)

    def insert(self, card: EmulatedCard, reader: str | int | None = None) -> None:
        """Put ``card`` into a slot (the first by default), replacing any card there."""
        slot = self._slot(reader)
        if slot.card is not None:
            self.remove(slot.name)
        card.power_off()
        slot.card = card
        self._emit(CardEvent(CardEventKind.CARD_INSERTED, slot.name, card.atr))

    def remove(self, reader: str | int | None = None) -> EmulatedCard | None:
        """Take the card out of a slot; returns it (None if the slot was empty)."""
        slot = self._slot(reader)
        card, slot.card = slot.card, None
        if card is not None:
            card.power_off()
            self._emit(CardEvent(CardEventKind.CARD_REMOVED, slot.name))
        return card

    def readers(self) -> list[str]:
        """The slot names."""
        if self.closed:
            return []
        return [slot.name for slot in self._slots]

    def card_present(self, reader: str | None = None) -> bool:
        """Whether a card sits in ``reader`` (default: any slot)."""
        if reader is None:
            return any(slot.card is not None for slot in self._slots)
        return self._slot(reader).card is not None

    def health(self) -> Health:
        """Available until closed."""
        return Health(False, NoReaderError.key) if self.closed else Health(True)

    def subscribe(self, callback: CardEventCallback) -> Callable[[], None]:
        """Replay the readers and cards present now to ``callback``, then deliver every change."""
        with self._lock:
            self._callbacks.append(callback)
        for slot in self._slots:
            callback(CardEvent(CardEventKind.READER_ADDED, slot.name))
            if slot.card is not None:
                callback(CardEvent(CardEventKind.CARD_INSERTED, slot.name, slot.card.atr))

        def unsubscribe() -> None:
            with self._lock:
                if callback in self._callbacks:
                    self._callbacks.remove(callback)

        return unsubscribe

    @contextmanager
    def transaction(self, reader: str | None = None) -> Iterator[EmulatedChannel]:
        """Exclusive use of one slot's card; the card is powered off (state wiped) on exit."""
        if reader is None:
            slot = next((s for s in self._slots if s.card is not None), None)
            if slot is None:
                self._slot(None)
                raise NoCardError("no card in any reader")
        else:
            slot = self._slot(reader)
        card = slot.card
        if card is None:
            raise NoCardError("no card in the reader")
        if not slot.busy.acquire(blocking=False):
            raise ReaderBusyError("the card is in use by another transaction")
        channel = EmulatedChannel(self, slot, card)
        try:
            card.power_off()
            yield channel
        finally:
            channel.closed = True
            card.power_off()
            slot.busy.release()

    def close(self) -> None:
        """Forget subscribers; the reader reports no slots afterwards."""
        with self._lock:
            self._callbacks.clear()
        self.closed = True

    def __enter__(self) -> EmulatedCardReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_url(url: SplitResult) -> EmulatedCardReader:
    """Open ``emulated://?slots=2&card=/path/a.json&card=/path/b.json`` (cards go in in order)."""
    from devices.smartcard.emulator.factory import CardFileError, CardRecord

    query = parse_qs(url.query)
    unknown = set(query) - {"slots", "card"}
    if unknown:
        raise DeviceConfigError(
            f"emulated:// does not know the option(s) {', '.join(sorted(unknown))}"
        )
    cards = query.get("card", [])
    try:
        slots = int(query.get("slots", [str(max(1, len(cards)))])[0])
    except ValueError as err:
        raise DeviceConfigError("emulated://?slots= must be a whole number") from err
    if len(cards) > slots:
        raise DeviceConfigError("emulated:// has more cards than slots")
    reader = EmulatedCardReader(slots)
    for index, path in enumerate(cards):
        try:
            record = CardRecord.load(Path(path))
        except CardFileError as err:
            raise DeviceConfigError(f"emulated:// card {index + 1}: {err}") from err
        reader.insert(record.build(), index)
    return reader
