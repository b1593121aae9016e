"""A headphone jack the tests and the demo plug and unplug by hand."""

from __future__ import annotations

import threading

from devices.audio_jack.interface import JackListener


class EmulatedJack:
    """A jack whose plug is :meth:`plug` and :meth:`unplug`; listeners hear it like a real one."""

    def __init__(self, plugged: bool = False) -> None:
        self._plugged = plugged
        self._listeners: list[JackListener] = []
        self._lock = threading.Lock()
        self.started = False

    def plugged(self) -> bool:
        """True while headphones are in."""
        return self._plugged

    def subscribe(self, listener: JackListener) -> None:
        """Call ``listener`` on every change."""
        with self._lock:
            self._listeners.append(listener)

    def start(self) -> None:
        """Nothing to watch: changes come from :meth:`plug` and :meth:`unplug`."""
        self.started = True

    def close(self) -> None:
        """Forget the listeners."""
        with self._lock:
            self._listeners.clear()
        self.started = False

    def plug(self) -> None:
        """Headphones go in."""
        self._set(True)

    def unplug(self) -> None:
        """Headphones come out."""
        self._set(False)

    def _set(self, plugged: bool) -> None:
        if plugged == self._plugged:
            return
        self._plugged = plugged
        with self._lock:
            listeners = list(self._listeners)
        for listener in listeners:
            listener(plugged)
