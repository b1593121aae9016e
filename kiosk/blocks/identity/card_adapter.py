"""The certificate flow's card port over a PC/SC or emulated card reader and a My Number card."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from devices.smartcard import errors as device
from devices.smartcard.interface import CardEvent, CardEventKind, CardReader
from devices.smartcard.pin import Pin
from devices.smartcard.session import MyNumberCard
from kiosk.blocks.identity.ports import (
    CardError,
    CardProof,
    CardRemovedError,
    PinBlockedError,
    WrongPinError,
)

log = logging.getLogger(__name__)

ReaderSource = Callable[[], CardReader | None]
CardListener = Callable[[bool], None]
_GONE = frozenset({CardEventKind.CARD_REMOVED, CardEventKind.READER_REMOVED})


def _wipe(buffer: bytearray) -> None:
    buffer[:] = bytes(len(buffer))
    del buffer[:]


@contextmanager
def _translated() -> Iterator[None]:
    """Turn the card reader's errors into the flow's, chained to the original."""
    try:
        yield
    except device.WrongPinError as err:
        raise WrongPinError(err.tries_left) from err
    except device.PinBlockedError as err:
        raise PinBlockedError() from err
    except device.CardRemovedError as err:
        raise CardRemovedError() from err
    except device.CardError as err:
        raise CardError(err.key) from err


class CardAdapter:
    """The ``CardPort`` of the flows over a ``devices.smartcard`` reader.

    ``reader`` is the reader itself or a function that returns it once it is open (the device
    monitor opens it), None until then. ``reader_name`` picks one reader of several; by default
    the reader's own choice. Every call blocks: run it on a worker, never on the UI thread.
    """

    def __init__(self, reader: CardReader | ReaderSource, reader_name: str | None = None) -> None:
        if isinstance(reader, CardReader):
            fixed = reader
            self._source: ReaderSource = lambda: fixed
        else:
            self._source = reader
        self.reader_name = reader_name
        self._lock = threading.Lock()
        self._listeners: list[CardListener] = []
        self._attached: CardReader | None = None
        self._detach: Callable[[], None] | None = None

    def _reader(self) -> CardReader:
        reader = self._source()
        if reader is None:
            raise CardError(device.NoReaderError.key)
        self._attach(reader)
        return reader

    # -- CardPort ---------------------------------------------------------------------------

    def present(self) -> bool:
        """True while a card sits on the reader (False when the reader is not usable)."""
        try:
            return self._reader().card_present(self.reader_name)
        except (device.CardError, CardError):
            return False

    def check(self) -> int:
        """Check it is a My Number card with its JPKI application; its auth PIN tries left."""
        reader = self._reader()
        with _translated(), reader.transaction(self.reader_name) as channel:
            card = MyNumberCard(channel)
            card.identify()
            return card.auth_pin_tries_left()

    def prove(self, pin: bytearray, challenge: bytes) -> CardProof:
        """Verify ``pin``, read the auth certificate and sign ``challenge`` in one transaction.

        ``pin`` and every copy made of it are wiped before this returns or raises.
        """
        secret: Pin | None = None
        try:
            with _translated():
                secret = Pin(pin)
            _wipe(pin)
            reader = self._reader()
            with _translated(), reader.transaction(self.reader_name) as channel:
                card = MyNumberCard(channel)
                card.identify()
                certificate = card.read_auth_certificate()
                card.verify_auth_pin(secret)
                signature = card.sign_sha256(challenge)
            return CardProof(certificate=certificate, nonce="", signature=signature)
        finally:
            _wipe(pin)
            if secret is not None:
                secret.clear()

    # -- card events --------------------------------------------------------------------------

    def subscribe(self, callback: CardListener) -> Callable[[], None]:
        """Call ``callback(inserted)`` when a card arrives or leaves; returns an unsubscribe.

        Calls come on the reader's thread (hand them to the UI thread). Cards already on the
        reader are reported at once. Until the reader is open nothing is reported; call
        :meth:`refresh` when it opens.
        """
        with self._lock:
            self._listeners.append(callback)
            attached = self._attached
        if attached is None:
            self.refresh()
        elif self.present():
            callback(True)

        def unsubscribe() -> None:
            with self._lock:
                if callback in self._listeners:
                    self._listeners.remove(callback)

        return unsubscribe

    def refresh(self) -> None:
        """Follow the reader the source gives now (after the device monitor opened it)."""
        try:
            reader = self._source()
        except device.CardError:
            return
        if reader is not None:
            self._attach(reader)

    def _attach(self, reader: CardReader) -> None:
        with self._lock:
            if reader is self._attached:
                return
            detach, self._detach = self._detach, None
            self._attached = reader
        if detach is not None:
            detach()
        try:
            unsubscribe = reader.subscribe(self._on_event)
        except device.CardError as err:
            log.warning("card events unavailable: %s", err.key)
            with self._lock:
                self._attached = None
            return
        with self._lock:
            self._detach = unsubscribe

    def _on_event(self, event: CardEvent) -> None:
        if event.kind is CardEventKind.CARD_INSERTED:
            inserted = True
        elif event.kind in _GONE or event.kind is CardEventKind.SERVICE_LOST:
            inserted = False
        else:
            return
        if self.reader_name is not None and event.reader and event.reader != self.reader_name:
            return
        with self._lock:
            listeners = list(self._listeners)
        for listener in listeners:
            try:
                listener(inserted)
            except Exception:
                log.exception("a card event listener failed")

    def close(self) -> None:
        """Stop following card events (the reader itself belongs to the device monitor)."""
        with self._lock:
            detach, self._detach, self._attached = self._detach, None, None
            self._listeners.clear()
        if detach is not None:
            detach()
