"""An alert as a terminal holds it: what the kiosk's and the signage's cores read of one."""

from __future__ import annotations

from typing import Protocol

from content.alerts.model import Alert


class Held(Protocol):
    """An alert as the terminal holds it (the cache's ``HeldAlert``): key, version, message."""

    @property
    def key(self) -> str:
        """The gateway's key of the alert, the same over its versions."""
        ...

    @property
    def version(self) -> int:
        """Which version of the alert this is (a correction is a new version)."""
        ...

    @property
    def drill(self) -> bool:
        """True for a drill or test, which is never shown as real."""
        ...

    @property
    def alert(self) -> Alert:
        """The message itself."""
        ...
