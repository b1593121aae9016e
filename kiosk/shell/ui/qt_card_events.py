"""QtCardEvents: brings card arrivals and removals from the reader's thread to the UI thread."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal, Slot


class QtCardEvents(QObject):
    """Calls ``inserted`` or ``removed`` for the reader's card events, always on the UI thread."""

    _arrived = Signal(bool)

    def __init__(
        self,
        inserted: Callable[[], None],
        removed: Callable[[], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._inserted = inserted
        self._removed = removed
        self._unsubscribe: Callable[[], None] | None = None
        self._arrived.connect(self._on_event)

    def report(self, inserted: bool) -> None:
        """Called from any thread: a card arrived (True) or left (False)."""
        self._arrived.emit(inserted)

    @Slot(bool)
    def _on_event(self, inserted: bool) -> None:
        if inserted:
            self._inserted()
        else:
            self._removed()

    def attach(self, subscribe: Callable[[Callable[[bool], None]], Callable[[], None]]) -> None:
        """Subscribe :meth:`report` with the card adapter's ``subscribe``."""
        self._unsubscribe = subscribe(self.report)

    def detach(self) -> None:
        """Stop listening."""
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
