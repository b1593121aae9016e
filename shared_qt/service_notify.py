"""The apps' side of systemd's Type=notify: READY at the first frame, WATCHDOG from the UI thread.

READY=1 goes out once the window has presented its first frame, so ``systemctl start`` (and
whatever is ordered after the unit) waits until a resident or a passer-by can see something.
WATCHDOG=1 comes from a QTimer of the GUI thread's event loop: when that thread hangs (a
blocking call, a deadlock, a QML loop that never ends) the pings stop and systemd restarts the
unit; a worker thread that is merely busy does not stop them.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer
from PySide6.QtQuick import QQuickWindow

from content.sd_notify import Notifier

log = logging.getLogger(__name__)


class ServiceNotify(QObject):
    """Tells systemd when ``window`` first shows a frame and keeps its watchdog fed."""

    def __init__(self, window: QQuickWindow, notifier: Notifier, status: str = "") -> None:
        super().__init__(window)
        self.notifier = notifier
        self.ready = False
        self._window = window
        self._status = status
        self._timer = QTimer(self)
        interval = notifier.watchdog_interval_s
        if not notifier.enabled:
            return
        # frameSwapped comes from the render thread; queued to this (GUI-thread) object, the
        # slot runs once the GUI thread is back in its event loop after the frame.
        window.frameSwapped.connect(self._first_frame)
        if interval is not None:
            self._timer.setInterval(max(1, int(interval * 1000)))
            self._timer.timeout.connect(notifier.watchdog)
            self._timer.start()

    def _first_frame(self) -> None:
        if self.ready:
            return
        self.ready = True
        self._window.frameSwapped.disconnect(self._first_frame)
        self.notifier.ready(self._status)
        log.info("first frame shown; told the service manager the terminal is ready")

    def stop(self) -> None:
        """Stop the pings and say the app is stopping on purpose."""
        self._timer.stop()
        self.notifier.stopping()
