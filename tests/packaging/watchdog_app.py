"""A window fed by the apps' own notify loop (ServiceNotify), that can hang or get busy on cue.

Run by systemd as a Type=notify service: it says READY at its first frame and WATCHDOG from its
GUI thread, exactly as the kiosk and signage do. Each start appends its PID to ``starts``. A
file ``hang`` in the folder blocks the GUI thread for good (as a deadlock or a blocking call
would); a file ``busy`` keeps a worker thread computing for the seconds the file holds, while
the GUI thread goes on.

Usage: ``python watchdog_app.py FOLDER``.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine

from content.sd_notify import Notifier
from shared_qt.service_notify import ServiceNotify

QML = b"""
import QtQuick
Window { width: 320; height: 200; visible: true; color: "#1a5fb4"
    Text { anchors.centerIn: parent; text: "watchdog"; color: "white" } }
"""


def crunch(seconds: float, folder: Path) -> None:
    """Pure Python work holding the GIL as much as the interpreter lets it."""
    until = time.monotonic() + seconds
    n = 0
    while time.monotonic() < until:
        n += sum(i * i for i in range(10_000))
    (folder / "busy-done").write_text(str(n))


def main() -> int:
    folder = Path(sys.argv[1])
    notifier = Notifier.from_environment()
    app = QGuiApplication(sys.argv)
    engine = QQmlApplicationEngine()
    engine.loadData(QML)
    (window,) = engine.rootObjects()
    hook = ServiceNotify(window, notifier, "watchdog test")
    with (folder / "starts").open("a") as starts:
        starts.write(f"{os.getpid()}\n")

    def look() -> None:
        if (folder / "hang").exists():
            (folder / "hang").unlink()
            (folder / "hung").write_text(str(os.getpid()))
            time.sleep(3600)  # the GUI thread blocked: no event loop, no timer, no ping
        busy = folder / "busy"
        if busy.exists():
            seconds = float(busy.read_text())
            busy.unlink()
            threading.Thread(target=crunch, args=(seconds, folder), daemon=True).start()

    cue = QTimer()
    cue.timeout.connect(look)
    cue.start(50)
    code = app.exec()
    hook.stop()
    return code


if __name__ == "__main__":
    sys.exit(main())
