"""The gateway under systemd (Type=notify): READY once it listens, WATCHDOG from its event loop."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import socket

import uvicorn

from content.sd_notify import Notifier

log = logging.getLogger("machikado.gateway")


class NotifyingServer(uvicorn.Server):
    """uvicorn's server that tells systemd when it accepts connections and that it still runs.

    The pings come from a task of the server's own event loop, so a loop that is stuck (a
    blocking call in a request handler) stops them and systemd restarts the gateway.
    """

    def __init__(self, config: uvicorn.Config, notifier: Notifier) -> None:
        super().__init__(config)
        self.notifier = notifier
        self._pings: asyncio.Task[None] | None = None

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        """Start listening; then READY=1 and the watchdog pings."""
        await super().startup(sockets=sockets)
        if self.should_exit or not self.started:
            return
        self.notifier.ready("serving")
        interval = self.notifier.watchdog_interval_s
        if interval is not None:
            self._pings = asyncio.create_task(self._ping(interval))

    async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
        """STOPPING=1, no more pings, then uvicorn's own shutdown."""
        self.notifier.stopping()
        if self._pings is not None:
            self._pings.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._pings
        await super().shutdown(sockets=sockets)

    async def _ping(self, interval: float) -> None:
        while True:
            self.notifier.watchdog()
            await asyncio.sleep(interval)
