"""The kiosk's composition root: the only place that builds concrete parts and wires them."""

from __future__ import annotations

import functools
import importlib.metadata
import logging
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import cast

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, QUrl
from PySide6.QtGui import QCursor, QGuiApplication, QWindow
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickWindow

from content.config import ConfigError, MachikadoConfig
from content.config.hardware import Place
from content.notices import EMPTY_BOARD, NoticeBoard, load_sample_board
from content.sd_notify import Notifier
from content.shelters.model import Site
from devices.audio_jack.interface import HeadphoneJack
from devices.audio_jack.open import open_jack
from devices.errors import DeviceError
from devices.monitor import DeviceMonitor
from devices.registry import open_device
from kiosk.demo.desk import DemoDesk
from kiosk.demo.panel import open_demo_panel
from kiosk.demo.setup import DemoSetup
from kiosk.service_list import SERVICES
from kiosk.shell.core.alert_board import AlertBoard
from kiosk.shell.core.attention import attention_for
from kiosk.shell.core.clock import WallClock
from kiosk.shell.core.flow import ServiceFlow
from kiosk.shell.core.idle import IdleTimer
from kiosk.shell.core.keypad import keymap
from kiosk.shell.core.services import (
    DeviceAvailability,
    DeviceState,
    ServiceRegistry,
    ServiceSpec,
    SyncedData,
    configured_hours,
)
from kiosk.shell.core.session import Change, Session
from kiosk.shell.host import Host, ServiceWiring
from kiosk.shell.ui.kiosk_guard import KioskGuard
from kiosk.shell.ui.qt_alerts import QtAlerts
from kiosk.shell.ui.qt_city import QtCity
from kiosk.shell.ui.qt_clock import QtClock
from kiosk.shell.ui.qt_connection import QtConnection
from kiosk.shell.ui.qt_keypad import QtKeypad, Speaker
from kiosk.shell.ui.qt_languages import QtLanguages
from kiosk.shell.ui.qt_listening import QtListening
from kiosk.shell.ui.qt_runner import QtRunner
from kiosk.shell.ui.qt_services import ServiceListModel
from kiosk.shell.ui.qt_session import QtSession
from kiosk.shell.ui.qt_theme import QtTheme
from kiosk.shell.ui.speech_output import build_speech
from kiosk.technician.adapters.build import kiosk_counters
from kiosk.technician.adapters.counting import JournalCounters, counting_openers
from kiosk.technician.wiring import OVERLAY as TECHNICIAN_OVERLAY
from kiosk.technician.wiring import QML_DIR as TECHNICIAN_QML_DIR
from kiosk.technician.wiring import TechnicianMenuParts, build_menu
from offline_cache.alerts import AlertListener
from offline_cache.service import OfflineCache
from offline_cache.tls import GatewayTls
from offline_cache.token_file import TokenFile
from shared_qt.engine import build_engine, load_window
from shared_qt.qr_images import QrImageProvider
from shared_qt.service_notify import ServiceNotify

log = logging.getLogger(__name__)

QML_DIR = Path(__file__).parent / "shell" / "qml"
MESSAGES_DIR = Path(__file__).parent / "shell" / "messages"


def prepare_qt_environment() -> None:
    """Settings Qt reads once at start: the on-screen keyboard and the controls style.

    A touch-only kiosk types only through Qt Virtual Keyboard: an input method the desktop
    session names (ibus, fcitx) would take the text fields and no keyboard would appear.
    """
    for name in ("QT_IM_MODULE", "QT_IM_MODULES"):
        if os.environ.get(name, "qtvirtualkeyboard") != "qtvirtualkeyboard":
            log.info("%s=%s replaced by the on-screen keyboard", name, os.environ[name])
        os.environ[name] = "qtvirtualkeyboard"
    os.environ.setdefault("QT_QUICK_CONTROLS_STYLE", "Basic")


@dataclass
class Kiosk:
    """A built kiosk: the Qt objects that must live as long as the window."""

    engine: QQmlApplicationEngine
    window: QWindow
    session: QtSession
    guard: KioskGuard
    monitor: DeviceMonitor
    qml_warnings: list[str] = field(default_factory=list)
    services: dict[str, ServiceWiring] = field(default_factory=dict)
    views: dict[str, QObject] = field(default_factory=dict)
    runner: QtRunner | None = None
    keypad: QtKeypad | None = None
    listening: QtListening | None = None
    technician: TechnicianMenuParts | None = None
    alerts: AlertBoard | None = None
    alert_listener: AlertListener | None = None
    alert_view: QtAlerts | None = None
    languages: QtLanguages | None = None

    def view(self, service_id: str) -> QObject:
        """The view-model of the service ``service_id`` (tests and the tour)."""
        return self.views[service_id]

    def close(self) -> None:
        """Tear the kiosk down: window, event filter and error hooks (tests and the tour)."""
        self.guard.allow_close = True
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self.guard)
        if self.technician is not None:
            self.technician.close()
        sys.excepthook = sys.__excepthook__
        threading.excepthook = threading.__excepthook__
        if self.alert_listener is not None:
            self.alert_listener.stop()
        for service in self.services.values():
            service.stop()
        if self.runner is not None:
            self.runner.wait()
        self.monitor.stop()
        if self.listening is not None:
            self.listening.close()
        for service in self.services.values():
            service.close()
        if self.languages is not None:
            self.languages.uninstall()  # a kiosk built after this one starts in its own words
        self.window.close()
        self.engine.deleteLater()


def build_monitor(
    config: MachikadoConfig, interval_s: float = 5.0, *, counters: JournalCounters | None = None
) -> DeviceMonitor:
    """A monitor for every device the configuration names (not started).

    With ``counters``, what the printers print is counted for the technician's menu.
    """
    openers: dict[str, Callable[[], object]] = {
        kind: functools.partial(open_device, kind, url)
        for kind, url in config.devices.urls().items()
        if url
    }
    if counters is not None:
        openers = counting_openers(openers, counters)
    return DeviceMonitor(openers, interval=interval_s)


def build_core(
    config: MachikadoConfig,
    board: NoticeBoard,
    devices: DeviceAvailability,
    specs: Iterable[ServiceSpec],
    flows: Mapping[str, ServiceFlow],
) -> Session:
    """The pure session for ``config`` (no Qt); an empty board means no notices synced yet."""
    specs = tuple(specs)
    data = SyncedData(["notices"] if board.notices else [])
    registry = ServiceRegistry(
        specs,
        config.terminal.profile,
        devices,
        data,
        hours=configured_hours(specs, config),
        wall_clock=WallClock(config.terminal.zone),
    )
    return Session(
        languages=config.kiosk.languages,
        default_language=config.kiosk.default_language,
        services=registry,
        idle=IdleTimer(config.kiosk.idle_timeout_s, config.kiosk.idle_warning_s),
        flows=flows,
    )


def build_kiosk(
    config: MachikadoConfig,
    *,
    board: NoticeBoard | None = None,
    cache: OfflineCache | None = None,
    services: Iterable[Callable[[], ServiceWiring]] = SERVICES,
    kiosk_mode: bool = True,
    speech_engine: str | None = None,
    clock: Callable[[], float] = time.monotonic,
    headphone_jack: HeadphoneJack | None = None,
    config_source: str = "",
    alert_board: AlertBoard | None = None,
) -> Kiosk:
    """Build the kiosk window and everything behind it; a QGuiApplication must exist.

    City data comes from ``cache`` (opened, its worker started by the caller) or, without one,
    from ``board`` or the bundled sample. ``services`` are the wirings of the services to offer.
    ``headphone_jack`` replaces the jack ``[kiosk] headphone_jack`` names.
    With a cache the technician's menu is built on its store (``config_source`` names where the
    configuration came from, for its status page), and the disaster alerts come from its
    listener; without one, from ``alert_board`` when given (fed by the caller).
    """
    fault = ""
    if cache is not None:
        board = cache.notice_board() or EMPTY_BOARD
    elif board is None:
        try:
            board = load_sample_board()
        except ConfigError as err:
            log.error("city notices could not be loaded: %s", err)
            board, fault = EMPTY_BOARD, "content_unavailable"

    store = cache.store if cache is not None else None
    counters = kiosk_counters(config, store) if store is not None else None
    monitor = build_monitor(config, counters=counters)
    runner = QtRunner()
    # One listener holds the gateway's alert stream for the shell and every service.
    alerts: AlertBoard | None = alert_board
    listener: AlertListener | None = None
    if cache is not None:
        alerts = AlertBoard()
        listener = cache.alert_listener(on_change=alerts.update)
        alerts.bind(listener.acknowledge)
    host = Host(
        config=config, monitor=monitor, cache=cache, runner=runner, board=board, alerts=alerts
    )
    wirings = [make() for make in services]
    flows: dict[str, ServiceFlow] = {}
    offered: dict[str, ServiceWiring] = {}
    for wiring in wirings:
        flow = wiring.build_flow(host)
        if flow is not None:
            flows[wiring.spec.id] = flow
            offered[wiring.spec.id] = wiring
    core = build_core(config, board, monitor, (w.spec for w in wirings), flows)
    engine, warnings = build_engine(
        [QML_DIR, TECHNICIAN_QML_DIR, *(wiring.ui.import_dir for wiring in offered.values())],
        {"qr": QrImageProvider},
    )
    runner.setParent(engine)

    session = QtSession(
        core,
        terminal_id=config.terminal.id,
        attract_slide_s=config.kiosk.attract_slide_s,
        clock=clock,
        service_screens={sid: w.ui.screen for sid, w in offered.items()},
        parent=engine,
    )
    app_singleton = engine.singletonInstance("Kiosk", "App")
    service_list = ServiceListModel(core.services, lambda: core.language, engine)
    # The monitor calls back on its polling thread; the signal carries the news to the UI thread.
    monitor.subscribe(lambda _kind, _health: service_list.devicesChanged.emit())
    core.subscribe(
        lambda change: (
            service_list.refresh() if change in (Change.SERVICES, Change.LANGUAGE) else None
        )
    )
    wall_clock = WallClock(config.terminal.zone)
    connection = QtConnection(session, cache, engine, clock=wall_clock)
    connection.board = board
    city = QtCity(session, board, engine, contact=config.city)
    connection.boardReplaced.connect(city.replace_board)
    # Every tile is worded, offered here or not: each service's catalogue is loaded.
    catalogue_dirs = [MESSAGES_DIR] + [w.ui.messages for w in wirings]
    speech = build_speech(session, speech_engine or config.kiosk.speech_engine, engine)
    listening = QtListening(
        session,
        cast(Speaker, speech),
        headphone_jack or _open_jack(config.kiosk.headphone_jack),
        Place.parse(config.kiosk.hardware.headphone_jack),
        parent=engine,
    )
    alert_view = QtAlerts(
        session,
        alerts,
        runner,
        clock=wall_clock,
        sites=_shelter_sites(cache),
        position=(config.terminal.lat, config.terminal.lon),
        attention=attention_for(config.terminal.profile),
        speech=speech,
        parent=engine,
    )
    # A sync may bring the shelter list (or a new one): the takeover names them from then on.
    connection.synced.connect(alert_view.refresh)
    languages = QtLanguages(session, engine, folders=catalogue_dirs, parent=engine)
    parts = {
        "session": session,
        "theme": QtTheme(session, config.kiosk.screen, parent=engine),
        "city": city,
        "services": service_list,
        "languages": languages,
        "speech": speech,
        "listening": listening,
        "connection": connection,
        "clock": QtClock(session, wall_clock, engine),
        "alerts": alert_view,
    }
    for name, part in parts.items():
        app_singleton.setProperty(name, part)
    views: dict[str, QObject] = {}
    for service_id, wiring in offered.items():
        view = wiring.build_ui(session, connection, engine)
        views[service_id] = view
    app_singleton.setProperty("views", views)
    technician = None
    if cache is not None and counters is not None:
        technician = build_menu(
            config,
            config_source=config_source,
            cache=cache,
            monitor=monitor,
            session=session,
            runner=runner,
            speech=parts["speech"],
            counters=counters,
            parent=engine,
        )
        app_singleton.setProperty("overlaySource", QUrl.fromLocalFile(str(TECHNICIAN_OVERLAY)))
        app_singleton.setProperty("overlay", technician.view)

    window = load_window(engine, "Kiosk", "Main", warnings)
    if technician is not None:
        technician.view.watch(window)

    guard = KioskGuard(session.activity, parent=engine)
    QCoreApplication.instance().installEventFilter(guard)
    keypad = QtKeypad(
        session,
        cast(Speaker, speech),
        cast(QQuickWindow, window),
        parent=engine,
        keys=keymap(config.kiosk.keypad.codes()),
    )
    geometry = config.kiosk.screen
    window.resize(geometry.width_px, geometry.height_px)
    if kiosk_mode:
        window.setFlag(Qt.WindowType.FramelessWindowHint, True)
        QGuiApplication.setOverrideCursor(QCursor(Qt.CursorShape.BlankCursor))
        if geometry.fullscreen:
            window.showFullScreen()
        else:
            window.show()
    else:
        guard.allow_close = True
        window.show()

    _route_uncaught_errors(session)
    if fault:
        session.fail(fault)
    for wiring in offered.values():
        wiring.start(engine)
    monitor.start()
    listening.start()
    if listener is not None:
        listener.start()
    if cache is not None:
        _send_heartbeats(cache, monitor, config, parent=engine)
    return Kiosk(
        engine=engine,
        window=window,
        session=session,
        guard=guard,
        monitor=monitor,
        qml_warnings=warnings,
        services=offered,
        views=views,
        runner=runner,
        technician=technician,
        keypad=keypad,
        listening=listening,
        alerts=alerts,
        alert_listener=listener,
        alert_view=alert_view,
        languages=languages,
    )


def _shelter_sites(cache: OfflineCache | None) -> Callable[[], Sequence[Site] | None]:
    """The shelter list the cache holds (None before its first sync, or without a cache)."""
    if cache is None:
        return lambda: None
    return cache.shelter_sites


def _open_jack(url: str) -> HeadphoneJack | None:
    """The configured headphone jack; None (logged) when it cannot be opened."""
    try:
        return open_jack(url)
    except DeviceError as err:
        log.warning("headphone jack %s not watched: %s", url, err)
        return None


HEARTBEAT_INTERVAL_MS = 60_000


def device_health(state: DeviceState) -> str:
    """A device's state as a heartbeat reports it: 'ok', 'degraded' (a warning) or 'down'."""
    if not state.available:
        return "down"
    return "degraded" if getattr(state, "warning", "") else "ok"


def _send_heartbeats(
    cache: OfflineCache, monitor: DeviceMonitor, config: MachikadoConfig, *, parent: QObject
) -> None:
    """Queue a heartbeat now and every minute: version, device health, cache age (no PII)."""
    version = importlib.metadata.version("machikado")

    def beat() -> None:
        if cache.store is None:  # stopped (shutting down, or the tour showing offline)
            return
        health = {}
        for kind, url in config.devices.urls().items():
            state = monitor.state(kind)
            if url and state.reason != "device.checking":  # not polled yet: nothing to say
                health[kind] = device_health(state)
        try:
            cache.heartbeat(version, health)
        except Exception:
            log.exception("could not queue a heartbeat")

    timer = QTimer(parent)
    timer.setInterval(HEARTBEAT_INTERVAL_MS)
    timer.timeout.connect(beat)
    timer.start()
    QTimer.singleShot(0, beat)


def _route_uncaught_errors(session: QtSession) -> None:
    """An error nobody handled puts the kiosk out of service instead of leaving it half-working."""

    def on_error(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        log.critical("uncaught error", exc_info=(kind, value, tb))
        session.fail("software_error")

    def on_thread_error(args: threading.ExceptHookArgs) -> None:
        log.critical(
            "uncaught error in thread %s",
            args.thread.name if args.thread else "?",
            exc_info=(args.exc_type, args.exc_value, args.exc_traceback),  # type: ignore[arg-type]
        )

    sys.excepthook = on_error
    threading.excepthook = on_thread_error


def open_cache(config: MachikadoConfig) -> OfflineCache:
    """The terminal's offline cache for ``config``, its store open (worker not yet started)."""
    gateway = config.gateway
    token = (
        None
        if gateway.url == "embedded"
        else TokenFile(Path(gateway.token_file), gateway.read_token())
    )
    cache = OfflineCache(
        config.cache.path(),
        gateway_url=gateway.url,
        token=token,
        tls=GatewayTls.from_config(gateway),
        terminal_id=config.terminal.id,
        sync_interval_s=gateway.sync_interval_s,
    )
    cache.open_store()
    return cache


def run_kiosk(
    config: MachikadoConfig,
    *,
    kiosk_mode: bool = True,
    demo: DemoSetup | None = None,
    config_source: str = "",
) -> int:
    """Run the kiosk until the application quits; returns the exit code.

    ``demo`` (``machikado demo`` only) adds the demo cards and the "Demo devices" window;
    ``config_source`` says where the configuration came from (the technician's status page).
    """
    notifier = Notifier.from_environment()  # before any child process is started
    prepare_qt_environment()
    app = QGuiApplication.instance() or QGuiApplication(sys.argv)
    app.setApplicationName("machikado-kiosk")
    cache = demo.open_cache() if demo is not None else open_cache(config)
    kiosk = build_kiosk(config, cache=cache, kiosk_mode=kiosk_mode, config_source=config_source)
    notify = ServiceNotify(kiosk.window, notifier, f"kiosk {config.terminal.id}")
    if demo is not None:
        jack = kiosk.listening.jack if kiosk.listening is not None else None
        desk = DemoDesk(cache, kiosk.engine)
        demo.panel = open_demo_panel(
            kiosk.engine, demo.identity, kiosk.monitor.device, jack, desk=desk
        )
    cache.start()
    _quit_on_signals(app)
    log.info("kiosk %s running", config.terminal.id)
    try:
        return app.exec()
    finally:
        notify.stop()
        kiosk.close()
        cache.stop()
        log.info("kiosk %s stopped", config.terminal.id)


def _quit_on_signals(app: QGuiApplication) -> None:
    """SIGTERM (systemd stop) and SIGINT end the event loop, so the kiosk shuts down in order."""
    for number in (signal.SIGTERM, signal.SIGINT):
        signal.signal(number, lambda *_: app.quit())
    # Python runs signal handlers only between bytecodes: wake the interpreter now and then.
    wake = QTimer(app)
    wake.timeout.connect(lambda: None)
    wake.start(250)
