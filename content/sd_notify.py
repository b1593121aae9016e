"""Telling systemd how a service is doing: the sd_notify protocol over $NOTIFY_SOCKET.

systemd gives a ``Type=notify`` service the path of a unix datagram socket in ``NOTIFY_SOCKET``
and, with ``WatchdogSec=``, the watchdog period in ``WATCHDOG_USEC``. The service sends
newline-separated ``KEY=value`` lines to it: ``READY=1`` when it is up, ``WATCHDOG=1`` at least
once a period, ``STATUS=…`` for ``systemctl status``, ``STOPPING=1`` when it shuts down.

Outside systemd (no ``NOTIFY_SOCKET``) every call does nothing. A failed send is logged once
and never raised: a service manager that went away must not take the terminal down with it.
"""

from __future__ import annotations

import logging
import os
import socket
from collections.abc import MutableMapping

log = logging.getLogger(__name__)

# What systemd sets for the service's main process; a child the service starts must not
# inherit them, or its own READY=1 and WATCHDOG=1 would speak for the service.
_VARIABLES = ("NOTIFY_SOCKET", "WATCHDOG_USEC", "WATCHDOG_PID")


class Notifier:
    """Sends sd_notify messages to one socket, or nothing when there is none."""

    def __init__(self, address: str | None, watchdog_usec: int | None = None) -> None:
        self.address = address or None
        self.watchdog_usec = watchdog_usec
        self._warned = False

    @classmethod
    def from_environment(cls, env: MutableMapping[str, str] | None = None) -> Notifier:
        """The notifier systemd's variables describe, taking them out of ``env`` (os.environ).

        ``WATCHDOG_PID`` is not compared with our own PID: under cage it is cage's, and the
        unit lets every process of the service notify (``NotifyAccess=all``).
        """
        env = os.environ if env is None else env
        address = env.get("NOTIFY_SOCKET")
        usec = _positive_int(env.get("WATCHDOG_USEC"))
        for name in _VARIABLES:
            env.pop(name, None)
        return cls(address, usec)

    @property
    def enabled(self) -> bool:
        """Whether a service manager listens."""
        return self.address is not None

    @property
    def watchdog_interval_s(self) -> float | None:
        """How often to send WATCHDOG=1: half the period systemd allows, or None without one."""
        if self.address is None or self.watchdog_usec is None:
            return None
        return self.watchdog_usec / 2_000_000

    def notify(self, **fields: str | int) -> bool:
        """Send ``KEY=value`` lines (``notify(READY=1, STATUS="…")``); True when one was sent."""
        if self.address is None:
            return False
        lines = []
        for key, value in fields.items():
            text = str(value)
            if "\n" in text:
                raise ValueError(f"sd_notify field {key} must be one line, got {text!r}")
            lines.append(f"{key}={text}")
        return self._send("\n".join(lines).encode("utf-8"))

    def ready(self, status: str = "") -> bool:
        """Say the service is up (and, if given, what it shows in ``systemctl status``)."""
        return self.notify(READY=1, **({"STATUS": status} if status else {}))

    def watchdog(self) -> bool:
        """Say the service is still alive."""
        return self.notify(WATCHDOG=1)

    def status(self, text: str) -> bool:
        """The one-line status ``systemctl status`` shows."""
        return self.notify(STATUS=text)

    def stopping(self) -> bool:
        """Say the service is shutting down on purpose."""
        return self.notify(STOPPING=1)

    def _send(self, message: bytes) -> bool:
        assert self.address is not None
        # A leading "@" names a socket in the abstract namespace.
        target = "\0" + self.address[1:] if self.address.startswith("@") else self.address
        try:
            with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC) as sock:
                sock.sendto(message, target)
        except OSError as err:
            if not self._warned:
                log.warning("cannot notify the service manager at %s: %s", self.address, err)
                self._warned = True
            return False
        self._warned = False
        return True


def _positive_int(text: str | None) -> int | None:
    """``text`` as a positive integer, or None when absent or not one."""
    try:
        value = int(text) if text else 0
    except ValueError:
        log.warning("WATCHDOG_USEC is not a number: %r; no watchdog pings", text)
        return None
    return value if value > 0 else None
