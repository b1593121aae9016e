"""The technician's menu built for the kiosk: diagnostics on its parts, the overlay, the gesture.

The kiosk's composition root calls :func:`build_menu` once the Qt session exists and hands the
result to QML as ``App.overlay``. Maintenance actions run on worker threads; what they do to the
window (out of service and back, quitting to restart) is carried to the UI thread by signals.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal

from content.config import MachikadoConfig
from devices.monitor import DeviceMonitor
from devices.speech.output import AplayOutput
from kiosk.shell.core.messages import Catalogue
from kiosk.shell.ui.qt_runner import QtRunner
from kiosk.shell.ui.qt_session import QtSession
from kiosk.technician import messages as m
from kiosk.technician.adapters import records
from kiosk.technician.adapters.build import Technician, for_kiosk
from kiosk.technician.adapters.counting import (
    EventCounter,
    JournalCounters,
    install_event_counter,
)
from kiosk.technician.ui.chime import chime
from kiosk.technician.ui.menu import MENU_LANGUAGES, TechnicianMenu, Words
from kiosk.technician.ui.qt_menu import QtTechnician
from offline_cache.service import OfflineCache

log = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parent
QML_DIR = ROOT / "qml"
OVERLAY = QML_DIR / "Technician" / "screens" / "TechnicianOverlay.qml"
MESSAGES_DIR = ROOT / "messages"
# The shell's out-of-service fault while a technician has the kiosk out of service.
MAINTENANCE_FAULT = "maintenance"


class _UiThread(QObject):
    """Carries calls from the workers to the UI thread."""

    out_of_service = Signal(bool)
    quit = Signal(int)


@dataclass
class TechnicianMenuParts:
    """The menu's view-model and what must be undone at shutdown."""

    view: QtTechnician
    technician: Technician
    counter: EventCounter

    def close(self) -> None:
        """Stop counting log records (sessions too) and looking for the gesture."""
        logging.getLogger().removeHandler(self.counter)
        self.counter.close()
        self.view.unwatch()


def build_menu(
    config: MachikadoConfig,
    *,
    config_source: str,
    cache: OfflineCache,
    monitor: DeviceMonitor,
    session: QtSession,
    runner: QtRunner,
    speech: QObject,
    parent: QObject,
    counters: JournalCounters | None = None,
    play_chime: Callable[[], None] | None = None,
) -> TechnicianMenuParts:
    """The menu on the kiosk's store, monitor and outbox; ``view.watch`` the window once loaded."""
    bridge = _UiThread(parent)
    queued = Qt.ConnectionType.QueuedConnection
    bridge.out_of_service.connect(lambda out: apply_out_of_service(session, out), queued)
    bridge.quit.connect(QCoreApplication.exit, queued)
    store = cache.store
    assert store is not None, "the cache's store is opened before the kiosk is built"
    technician = for_kiosk(
        config,
        config_source,
        store=store,
        monitor=monitor,
        gateway_url=lambda: cache.gateway_url,
        enqueue=cache.enqueue,
        resident_active=lambda: bool(session.inSession),
        resync=cache.sync_now,
        apply_out_of_service=bridge.out_of_service.emit,
        quit=bridge.quit.emit,
        counters=counters,
    )
    catalogue = Catalogue.load([MESSAGES_DIR], MENU_LANGUAGES)

    def speak(_shown: str) -> None:
        # spoken in the session's language, whatever the menu's, so the voice matches its words
        language = session.language if session.language in MENU_LANGUAGES else "ja"
        speech.alert(catalogue.text(m.SPEECH_SAMPLE, language))  # type: ignore[attr-defined]

    output = AplayOutput()
    menu = TechnicianMenu(
        access=technician.access,
        diagnostics=technician.diagnostics,
        audit=records.StoreAuditLog(store),
        runner=runner,
        words=Words([MESSAGES_DIR]),
        resident_active=lambda: bool(session.inSession),
        zone=config.terminal.zone,
        usb_dir=Path(config.technician.usb_dir),
        chime=play_chime or (lambda: output.play(chime())),
        speak=speak,
    )
    view = QtTechnician(menu, session, parent=parent)
    counter = install_event_counter(technician.counters)

    def restore(out: object, error: BaseException | None) -> None:
        if error is None and out:
            apply_out_of_service(session, True)

    runner.run(lambda _report: technician.diagnostics.out_of_service(), restore)
    return TechnicianMenuParts(view, technician, counter)


def apply_out_of_service(session: QtSession, out: bool) -> None:
    """Show the out-of-service screen for maintenance, or leave it (UI thread)."""
    if out:
        session.fail(MAINTENANCE_FAULT)
    else:
        session.resume(MAINTENANCE_FAULT)
