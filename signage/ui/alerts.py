"""The signage's side of the alert listener: news carried to the UI thread, shown, acknowledged."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any, Protocol

from PySide6.QtCore import QObject, Qt, Signal, Slot

from signage.core.alerts import AlertMessages, Surface, Worded
from signage.ui.device_worker import DeviceWorker
from signage.ui.qt_player import QtPlayer

log = logging.getLogger(__name__)


class Listener(Protocol):
    """What the bridge needs of the terminal's alert listener."""

    def start(self) -> None:
        """Tell what is held already, then listen."""
        ...

    def stop(self) -> None:
        """Stop listening."""
        ...

    def acknowledge(self, alert_key: str, version: int, surface: Surface) -> str | None:
        """Queue an acknowledgement for the gateway."""
        ...


class AlertBridge(QObject):
    """Feeds the listener's news to the emergency layer on the UI thread; acknowledges shows.

    :meth:`on_change` may be called on any thread (the listener's); the list is carried to the
    UI thread by a queued signal. The player's ``surfaceShown`` says when a message is on screen
    (a presented frame) or on the LED board (the board accepted it); each alert version is then
    acknowledged once per surface, on a worker thread, as acknowledging writes to the store.
    """

    _news = Signal(list)
    # For tests and the benchmark: the alert ids on the layer after each update, and each
    # acknowledgement queued (alert key, version, surface).
    updated = Signal()
    acknowledged = Signal(str, int, str)

    def __init__(
        self,
        messages: AlertMessages,
        player: QtPlayer,
        now: Callable[[], datetime],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.messages = messages
        self.listener: Listener | None = None
        self._now = now
        self._worker = DeviceWorker("signage-alerts")
        self._news.connect(self._apply, Qt.ConnectionType.QueuedConnection)
        player.surfaceShown.connect(self._shown)

    @property
    def worker(self) -> DeviceWorker:
        """The thread that starts the listener and acknowledges (tests wait on it)."""
        return self._worker

    def on_change(self, held: Sequence[Any]) -> None:
        """The listener's callback: what is in force now (any thread), worded on that thread."""
        self._news.emit(self.messages.word(held))

    def start(self, listener: Listener) -> None:
        """Start ``listener`` off the UI thread (it reads what is held from disk first)."""
        self.listener = listener
        self._worker.submit("start", listener.start)

    def stop(self) -> None:
        """Stop the listener and finish the acknowledgements already queued."""
        self._worker.wait_idle(10)
        if self.listener is not None:
            self.listener.stop()
        self._worker.stop()

    @Slot(list)
    def _apply(self, worded: list[Worded]) -> None:
        self.messages.update(worded, self._now())
        self.updated.emit()

    @Slot(str, str)
    def _shown(self, identifier: str, surface: str) -> None:
        if surface not in ("screen", "led"):
            return
        side: Surface = "screen" if surface == "screen" else "led"
        due = self.messages.shown(identifier, side)
        listener = self.listener
        if due is None or listener is None:
            return
        key, version = due

        def send() -> None:
            try:
                listener.acknowledge(key, version, side)
            except Exception:  # a failing store must not stop the next acknowledgement
                log.exception("alert %s v%d: the %s acknowledgement failed", key, version, side)
                return
            self.acknowledged.emit(key, version, side)

        self._worker.submit(f"ack:{key}:{version}:{side}", send)
