"""A stoppable watcher thread turning PC/SC state changes into ``CardEvent`` callbacks."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from smartcard import scard

from devices.smartcard.interface import CardEvent, CardEventCallback, CardEventKind

log = logging.getLogger(__name__)

_PNP = "\\\\?PnP?\\Notification"
_WAIT_MS = 1000
_RETRY_S = 1.0


class PcscWatcher:
    """Watches readers and cards with SCardGetStatusChange; survives pcscd restarts.

    pyscard's own CardMonitor thread cannot be stopped and its ReaderMonitor gives up on the
    first error; a kiosk runs for months, so this watcher does both jobs, can be stopped, and
    reports the service going away and coming back.
    """

    def __init__(self, reader_prefix: str = "") -> None:
        self._prefix = reader_prefix
        self._callbacks: list[CardEventCallback] = []
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._context: int | None = None
        self._thread = threading.Thread(target=self._run, name="pcsc-watch", daemon=True)
        self._known: dict[str, bytes | None] = {}
        self._counters: dict[str, int] = {}
        self._service_up: bool | None = None

    def subscribe(self, callback: CardEventCallback) -> Callable[[], None]:
        """Add ``callback`` and replay the present state to it; returns how to remove it."""
        with self._lock:
            self._callbacks.append(callback)
            known = sorted(self._known.items())
            service_down = self._service_up is False
        if service_down:
            callback(CardEvent(CardEventKind.SERVICE_LOST))
        for reader, atr in known:
            callback(CardEvent(CardEventKind.READER_ADDED, reader))
            if atr is not None:
                callback(CardEvent(CardEventKind.CARD_INSERTED, reader, atr))

        def unsubscribe() -> None:
            with self._lock:
                if callback in self._callbacks:
                    self._callbacks.remove(callback)

        return unsubscribe

    def start(self) -> None:
        """Start the watcher thread."""
        self._thread.start()

    def stop(self) -> None:
        """Stop the thread and wait for it."""
        self._stop.set()
        context = self._context
        if context is not None:
            scard.SCardCancel(context)
        self._thread.join(timeout=5)

    def _emit(self, event: CardEvent) -> None:
        with self._lock:
            callbacks = list(self._callbacks)
        for callback in callbacks:
            try:
                callback(event)
            except Exception:
                log.exception("card event subscriber failed on %s", event.kind.value)

    def _service(self, up: bool) -> None:
        if self._service_up == up:
            return
        if self._service_up is not None or not up:
            self._emit(CardEvent(CardEventKind.SERVICE_BACK if up else CardEventKind.SERVICE_LOST))
            log.info("PC/SC service %s", "back" if up else "lost")
        self._service_up = up
        if not up:
            for reader, atr in sorted(self._known.items()):
                if atr is not None:
                    self._emit(CardEvent(CardEventKind.CARD_REMOVED, reader))
                self._emit(CardEvent(CardEventKind.READER_REMOVED, reader))
            self._known.clear()
            self._counters.clear()

    def _run(self) -> None:
        while not self._stop.is_set():
            hresult, context = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
            if hresult != scard.SCARD_S_SUCCESS:
                self._service(False)
                self._stop.wait(_RETRY_S)
                continue
            self._context = context
            try:
                self._watch(context)
            finally:
                self._context = None
                scard.SCardReleaseContext(context)
            if not self._stop.is_set():
                self._service(False)
                self._stop.wait(_RETRY_S)

    def _watch(self, context: int) -> None:
        """Loop on one context until the service fails or we are stopped."""
        self._service(True)
        while not self._stop.is_set():
            hresult, names = scard.SCardListReaders(context, [])
            if hresult == scard.SCARD_S_SUCCESS:
                readers = [str(n) for n in names if str(n).startswith(self._prefix)]
            elif hresult == getattr(scard, "SCARD_E_NO_READERS_AVAILABLE", 0x8010002E):
                readers = []
            else:
                return
            self._diff_readers(readers)
            query = [(name, scard.SCARD_STATE_UNAWARE) for name in readers]
            hresult, states = scard.SCardGetStatusChange(context, 0, query) if query else (0, [])
            if hresult not in (scard.SCARD_S_SUCCESS, scard.SCARD_E_TIMEOUT):
                return
            current = {}
            for name, event_state, atr in states:
                current[str(name)] = event_state & ~scard.SCARD_STATE_CHANGED
                present = bool(event_state & scard.SCARD_STATE_PRESENT)
                self._diff_card(str(name), bytes(atr) if present else None, event_state >> 16)
            wait = [(name, state) for name, state in current.items()]
            wait.append((_PNP, len(readers) << 16))
            hresult, _ = scard.SCardGetStatusChange(context, _WAIT_MS, wait)
            if hresult not in (
                scard.SCARD_S_SUCCESS,
                scard.SCARD_E_TIMEOUT,
                scard.SCARD_E_CANCELLED,
                scard.SCARD_E_UNKNOWN_READER,
            ):
                return

    def _diff_readers(self, readers: list[str]) -> None:
        for name in sorted(set(self._known) - set(readers)):
            if self._known.pop(name) is not None:
                self._emit(CardEvent(CardEventKind.CARD_REMOVED, name))
            self._emit(CardEvent(CardEventKind.READER_REMOVED, name))
        for name in readers:
            if name not in self._known:
                self._known[name] = None
                self._emit(CardEvent(CardEventKind.READER_ADDED, name))

    def _diff_card(self, reader: str, atr: bytes | None, counter: int) -> None:
        before = self._known.get(reader)
        last_counter = self._counters.get(reader)
        self._counters[reader] = counter
        swapped = (
            before is not None
            and atr is not None
            and last_counter is not None
            and (counter - last_counter) % 0x10000 >= 2
        )
        if before == atr and not swapped:
            return
        if before is not None:
            self._emit(CardEvent(CardEventKind.CARD_REMOVED, reader))
        if atr is not None:
            self._emit(CardEvent(CardEventKind.CARD_INSERTED, reader, atr))
        self._known[reader] = atr
