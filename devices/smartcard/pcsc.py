"""The real card reader: pyscard's PC/SC layer, with its errors translated into ours."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from urllib.parse import SplitResult, parse_qs, unquote

from smartcard import scard

from devices.errors import DeviceConfigError
from devices.monitor import Health
from devices.smartcard.errors import (
    CardCommunicationError,
    CardError,
    CardRemovedError,
    NoCardError,
    NoReaderError,
    PcscUnavailableError,
    ReaderBusyError,
    ReaderGoneError,
)
from devices.smartcard.interface import CardEventCallback
from devices.smartcard.pcsc_watch import PcscWatcher

log = logging.getLogger(__name__)

_SERVICE_DOWN = {
    scard.SCARD_E_NO_SERVICE,
    scard.SCARD_E_SERVICE_STOPPED,
    scard.SCARD_E_INVALID_HANDLE,
}
_CARD_GONE = {
    scard.SCARD_W_REMOVED_CARD,
    scard.SCARD_W_RESET_CARD,
    scard.SCARD_E_NO_SMARTCARD,
    scard.SCARD_E_NOT_TRANSACTED,
    scard.SCARD_W_UNPOWERED_CARD,
    scard.SCARD_W_UNRESPONSIVE_CARD,
}
_READER_GONE = {scard.SCARD_E_READER_UNAVAILABLE, scard.SCARD_E_UNKNOWN_READER}
_NO_READERS = getattr(scard, "SCARD_E_NO_READERS_AVAILABLE", 0x8010002E)
READ_MODES = ("auto", "short", "extended")


def _hex(hresult: int) -> str:
    """An hresult as the 8-digit hex pcsc-lite prints."""
    return f"{hresult & 0xFFFFFFFF:08X}"


def _translate(hresult: int, operation: str) -> CardError:
    """Our error for a failed PC/SC call."""
    detail = f"{operation} failed ({_hex(hresult)})"
    if hresult in _SERVICE_DOWN:
        return PcscUnavailableError(detail)
    if hresult in _READER_GONE:
        return ReaderGoneError(detail)
    if hresult == scard.SCARD_E_SHARING_VIOLATION:
        return ReaderBusyError(detail)
    if hresult in _CARD_GONE:
        return (NoCardError if operation == "connect" else CardRemovedError)(detail)
    return CardCommunicationError(detail)


class _Context:
    """A PC/SC context, re-established when pcscd restarts."""

    def __init__(self) -> None:
        self._handle: int | None = None
        self._lock = threading.Lock()

    def get(self) -> int:
        """A valid context handle; ``PcscUnavailableError`` when pcscd does not answer."""
        with self._lock:
            if self._handle is not None:
                if scard.SCardIsValidContext(self._handle) == scard.SCARD_S_SUCCESS:
                    return self._handle
                self._release()
            handle: int  # pyscard is untyped: (hresult, context handle)
            try:
                hresult, handle = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
            except scard.error as err:
                raise PcscUnavailableError("cannot reach the PC/SC service") from err
            if hresult != scard.SCARD_S_SUCCESS:
                raise PcscUnavailableError(
                    f"cannot reach the PC/SC service ({_hex(hresult)}); is pcscd running?"
                )
            self._handle = handle
            return handle

    def drop(self) -> None:
        """Forget the context after the service went away."""
        with self._lock:
            self._release()

    def _release(self) -> None:
        if self._handle is not None:
            scard.SCardReleaseContext(self._handle)
            self._handle = None


class PcscChannel:
    """One exclusive PC/SC connection to a powered card."""

    def __init__(
        self, hcard: int, protocol: int, reader: str, atr: bytes, extended: bool | None
    ) -> None:
        self._hcard = hcard
        t0 = protocol == scard.SCARD_PROTOCOL_T0
        self._pci = scard.SCARD_PCI_T0 if t0 else scard.SCARD_PCI_T1
        self._reader = reader
        self._atr = atr
        self.extended_apdus = extended
        self.closed = False

    @property
    def reader(self) -> str:
        """The reader's PC/SC name."""
        return self._reader

    @property
    def atr(self) -> bytes:
        """The card's answer-to-reset."""
        return self._atr

    def transmit(self, apdu: bytes | bytearray) -> bytes:
        """Send one APDU; PC/SC failures become ``CardError`` subclasses."""
        if self.closed:
            raise CardRemovedError("the card transaction is over")
        command = list(apdu)
        try:
            hresult, response = scard.SCardTransmit(self._hcard, self._pci, command)
        finally:
            command[:] = [0] * len(command)
        if hresult != scard.SCARD_S_SUCCESS:
            raise _translate(hresult, "transmit")
        if len(response) < 2:
            # vpcd and some readers answer an empty response when the card left mid-exchange.
            raise CardRemovedError("the card stopped answering in the middle of a command")
        return bytes(response)


class PcscCardReader:
    """Card readers reached through pcscd; one exclusive connection per transaction."""

    def __init__(self, reader_prefix: str = "", *, reads: str = "auto") -> None:
        if reads not in READ_MODES:
            raise DeviceConfigError(f"reads must be one of {', '.join(READ_MODES)}")
        self.reader_prefix = reader_prefix
        self._extended: bool | None = {"auto": None, "short": False, "extended": True}[reads]
        self._context = _Context()
        self._watcher: PcscWatcher | None = None
        self._watch_lock = threading.Lock()

    def readers(self) -> list[str]:
        """The PC/SC reader names present now (matching the configured prefix)."""
        hcontext = self._context.get()
        hresult, names = scard.SCardListReaders(hcontext, [])
        if hresult == _NO_READERS:
            return []
        if hresult != scard.SCARD_S_SUCCESS:
            if hresult in _SERVICE_DOWN:
                self._context.drop()
            raise _translate(hresult, "list readers")
        return [str(n) for n in names if str(n).startswith(self.reader_prefix)]

    def _states(self, names: list[str]) -> dict[str, tuple[int, bytes]]:
        """Each reader's current state bits and ATR."""
        hcontext = self._context.get()
        query = [(name, scard.SCARD_STATE_UNAWARE) for name in names]
        hresult, states = scard.SCardGetStatusChange(hcontext, 0, query)
        if hresult not in (scard.SCARD_S_SUCCESS, scard.SCARD_E_TIMEOUT):
            raise _translate(hresult, "reader status")
        return {str(s[0]): (s[1], bytes(s[2])) for s in states}

    def card_present(self, reader: str | None = None) -> bool:
        """Whether a card sits in ``reader`` (or in any matching reader)."""
        names = self.readers()
        if reader is not None:
            if reader not in names:
                raise ReaderGoneError("that reader is not connected")
            names = [reader]
        return any(state & scard.SCARD_STATE_PRESENT for state, _ in self._states(names).values())

    def _pick(self, reader: str | None) -> str:
        """The reader a transaction uses: the one named, else the first holding a card."""
        names = self.readers()
        if not names:
            raise NoReaderError("no card reader is connected")
        if reader is not None:
            if reader not in names:
                raise ReaderGoneError("that reader is not connected")
            return reader
        states = self._states(names)
        for name in names:
            if states.get(name, (0, b""))[0] & scard.SCARD_STATE_PRESENT:
                return name
        raise NoCardError("no card in any reader")

    @contextmanager
    def transaction(self, reader: str | None = None) -> Iterator[PcscChannel]:
        """Connect exclusively; the card is powered off on exit, wiping its security state."""
        name = self._pick(reader)
        hcontext = self._context.get()
        protocols = scard.SCARD_PROTOCOL_T0 | scard.SCARD_PROTOCOL_T1
        hresult, hcard, protocol = scard.SCardConnect(
            hcontext, name, scard.SCARD_SHARE_EXCLUSIVE, protocols
        )
        if hresult != scard.SCARD_S_SUCCESS:
            if hresult in _SERVICE_DOWN:
                self._context.drop()
            raise _translate(hresult, "connect")
        hresult, _reader, _state, _protocol, atr = scard.SCardStatus(hcard)
        if hresult != scard.SCARD_S_SUCCESS:
            scard.SCardDisconnect(hcard, scard.SCARD_UNPOWER_CARD)
            raise _translate(hresult, "connect")
        channel = PcscChannel(hcard, protocol, name, bytes(atr), self._extended)
        log.info("card transaction opened on %s", name)
        try:
            yield channel
        finally:
            channel.closed = True
            scard.SCardDisconnect(hcard, scard.SCARD_UNPOWER_CARD)
            log.info("card transaction closed on %s", name)

    def health(self) -> Health:
        """Available when pcscd answers and a matching reader is connected; never raises."""
        try:
            if not self.readers():
                return Health(False, NoReaderError.key)
        except CardError as err:
            return Health(False, err.key)
        return Health(True)

    def subscribe(self, callback: CardEventCallback) -> Callable[[], None]:
        """Deliver reader/card events to ``callback`` from the watcher thread.

        A new subscriber first hears the readers and cards present now, then every change.
        """
        with self._watch_lock:
            if self._watcher is None:
                self._watcher = PcscWatcher(self.reader_prefix)
                unsubscribe = self._watcher.subscribe(callback)
                self._watcher.start()
                return unsubscribe
            return self._watcher.subscribe(callback)

    def close(self) -> None:
        """Stop the watcher thread and release the PC/SC context."""
        with self._watch_lock:
            if self._watcher is not None:
                self._watcher.stop()
                self._watcher = None
        self._context.drop()

    def __enter__(self) -> PcscCardReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_url(url: SplitResult) -> PcscCardReader:
    """Open ``pcsc://`` (any reader) or ``pcsc://?reader=Virtual%20PCD&reads=short``."""
    query = parse_qs(url.query)
    unknown = set(query) - {"reader", "reads"}
    if unknown:
        raise DeviceConfigError(f"pcsc:// does not know the option(s) {', '.join(sorted(unknown))}")
    prefix = unquote(query.get("reader", [""])[0]) or unquote(url.netloc + url.path).strip("/")
    return PcscCardReader(prefix, reads=query.get("reads", ["auto"])[0])
