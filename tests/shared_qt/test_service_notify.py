"""READY=1 after the first frame and WATCHDOG=1 from the GUI thread, on a real datagram socket.

The socket stands in for systemd's NOTIFY_SOCKET: systemd restarts a unit whose pings stop for
WatchdogSec, so what is checked here is when pings stop (a hung GUI thread) and when they go on
(a worker thread that is busy).
"""

import threading
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtQml import QQmlApplicationEngine

from content.sd_notify import Notifier
from shared_qt.service_notify import ServiceNotify
from tests.notify_socket import NotifySocket

QML = """
import QtQuick
Window { width: 320; height: 200; visible: false; color: "#1a5fb4"
    Text { anchors.centerIn: parent; text: "まちかど"; color: "white" } }
""".encode()
PERIOD_USEC = 200_000  # WatchdogSec=0.2 s: a ping every 0.1 s


@pytest.fixture
def listener(tmp_path):
    sock = NotifySocket(tmp_path / "notify")
    yield sock
    sock.close()


@pytest.fixture
def window(qapp):
    engine = QQmlApplicationEngine()
    engine.loadData(QML)
    (win,) = engine.rootObjects()
    yield win
    win.close()
    engine.deleteLater()


def wait_for(qtbot, listener, line):
    qtbot.waitUntil(lambda: listener.arrival(line) is not None, timeout=10_000)
    return listener.arrival(line)


def pings(listener, start, end):
    return [
        at for at, message in listener.received() if message == "WATCHDOG=1" and start < at < end
    ]


def test_ready_only_once_the_first_frame_is_shown(qtbot, listener, window):
    swapped = []
    window.frameSwapped.connect(
        lambda: swapped.append(time.monotonic()), Qt.ConnectionType.DirectConnection
    )
    hook = ServiceNotify(window, Notifier(listener.address, PERIOD_USEC), "kiosk test-01")
    qtbot.wait(400)
    assert not hook.ready
    assert not [m for _, m in listener.received() if "READY=1" in m.splitlines()]

    window.show()
    ready_at = wait_for(qtbot, listener, "READY=1")
    assert swapped and swapped[0] <= ready_at
    ready = [m for _, m in listener.received() if "READY=1" in m.splitlines()]
    assert ready == ["READY=1\nSTATUS=kiosk test-01"]
    # Later frames do not say READY again.
    window.update()
    qtbot.wait(300)
    assert len([m for _, m in listener.received() if "READY=1" in m.splitlines()]) == 1
    hook.stop()
    wait_for(qtbot, listener, "STOPPING=1")


def test_pings_stop_while_the_gui_thread_hangs_and_come_back(qtbot, listener, window):
    hook = ServiceNotify(window, Notifier(listener.address, PERIOD_USEC))
    window.show()
    wait_for(qtbot, listener, "READY=1")
    qtbot.wait(600)
    assert len(pings(listener, 0, time.monotonic())) >= 3

    hung_at = time.monotonic()
    time.sleep(1.0)  # the GUI thread blocked: no event loop, no timer
    resumed_at = time.monotonic()
    qtbot.wait(600)
    # A ping already on its way when the thread blocked may land just after.
    assert pings(listener, hung_at + 0.05, resumed_at) == []
    assert len(pings(listener, resumed_at, time.monotonic())) >= 3
    hook.stop()


def test_a_busy_worker_thread_does_not_stop_the_pings(qtbot, listener, window):
    hook = ServiceNotify(window, Notifier(listener.address, PERIOD_USEC))
    window.show()
    wait_for(qtbot, listener, "READY=1")
    done = threading.Event()

    def crunch() -> None:
        # Pure Python work holding the GIL as long as the interpreter lets it.
        n = 0
        while not done.is_set():
            n += sum(i * i for i in range(10_000))

    worker = threading.Thread(target=crunch, name="busy-worker")
    started = time.monotonic()
    worker.start()
    try:
        qtbot.wait(1000)
    finally:
        done.set()
        worker.join()
    ended = time.monotonic()
    during = pings(listener, started, ended)
    assert len(during) >= 5
    gaps = [b - a for a, b in zip([started, *during], [*during, ended], strict=True)]
    assert max(gaps) < PERIOD_USEC / 1_000_000, gaps
    hook.stop()


def test_no_socket_no_pings_and_no_ready_hook(qtbot, window):
    hook = ServiceNotify(window, Notifier(None))
    window.show()
    qtbot.wait(200)
    assert not hook.ready
    hook.stop()
