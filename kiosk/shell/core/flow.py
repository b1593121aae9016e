"""The contract between the shell and a service: what the session asks of every service's flow."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol


class ServiceFlow(Protocol):
    """One service's state for one resident, as the shell's session drives it.

    The session calls :meth:`begin` when the resident opens the service's tile, forwards Back,
    the language and the clock to it, asks whether the resident may leave, and calls
    :meth:`reset` at every session end, so whatever the flow holds for the resident is dropped.
    """

    @property
    def busy(self) -> bool:
        """True while the resident waits for the kiosk: no idle timeout."""
        ...

    @property
    def can_leave(self) -> bool:
        """False while the flow holds the resident (money at stake): no Back, Home or Finish."""
        ...

    @property
    def allows_back(self) -> bool:
        """True when Back may be pressed: a step back, or leaving the service for home."""
        ...

    def begin(self, language: str) -> None:
        """The resident opened the service in ``language``."""
        ...

    def back(self) -> bool:
        """One step back inside the flow; False when there is none (the shell then leaves)."""
        ...

    def reset(self) -> None:
        """Drop everything the resident brought (session end, or leaving the service)."""
        ...

    def set_language(self, language: str) -> None:
        """The session's language changed."""
        ...

    def tick(self, now: float) -> None:
        """Advance time (monotonic seconds)."""
        ...

    def subscribe(self, listener: Callable[[], None]) -> None:
        """Call ``listener`` after every change of the flow."""
        ...

    def on_leave(self, callback: Callable[[], None]) -> None:
        """Call ``callback`` when the flow itself ends (the resident finished or cancelled)."""
        ...


class OpensItems(Protocol):
    """A flow that can open one of its items by key when the shell sends the resident to it
    (the disaster tile opens an alert's bulletin, the notices one notice)."""

    def open(self, key: str) -> bool:
        """Show the item ``key``; False when there is no such item."""
        ...
