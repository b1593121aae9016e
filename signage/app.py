"""The signage player's composition root: content, sequencer, LED board and window, wired."""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QCursor, QFont, QGuiApplication, QWindow
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickImageProvider

from content.alerts.wording import words_for
from content.config import ConfigError, MachikadoConfig
from content.config.model import SignageConfig
from content.config.schema import Problem
from content.notices import NoticeBoard
from content.sd_notify import Notifier
from devices.errors import DeviceError
from devices.ledsign.interface import LedSign
from devices.registry import open_device
from offline_cache.alerts import AlertListener, HeldAlert
from offline_cache.client import GatewayClient
from offline_cache.outbox import Outbox
from offline_cache.packages import InstalledPackage, PackageError, PackageStore, load_public_key
from offline_cache.signage import PackageFetcher, PlayBatcher, SignageLink
from offline_cache.store import Store
from offline_cache.tls import GatewayTls
from offline_cache.token_file import TokenFile
from shared_qt.engine import build_engine, load_window
from shared_qt.service_notify import ServiceNotify
from signage.core import (
    Clock,
    EmergencyLayer,
    PlayRecord,
    PlaySink,
    Schedule,
    Sequencer,
    SystemClock,
    Timeline,
    schedule_from_json,
    with_short_links,
)
from signage.core.alerts import AlertMessages
from signage.ui.alerts import AlertBridge
from signage.ui.power import PowerWindow
from signage.ui.qt_player import QtPlayer

log = logging.getLogger(__name__)
SIGNAGE_FONT = "Noto Sans CJK JP"

QML_DIR = Path(__file__).parent / "ui" / "qml"
MAX_PACKAGE_BYTES = 2 << 30
SAMPLE_SLIDE_S = 8.0
SAMPLE_QR_S = 10.0


class ProofLog:
    """Proof of play kept locally: one JSON line per showing, appended to ``path``."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)

    def record(self, entry: PlayRecord) -> None:
        """Append ``entry``; an ``OSError`` makes the sequencer keep it for a later retry."""
        with self.path.open("a", encoding="utf-8") as out:
            out.write(json.dumps(entry.to_data(), ensure_ascii=False) + "\n")


class GatewayProof:
    """Proof of play kept locally and also sent to the gateway, in batches, via the outbox."""

    def __init__(self, local: ProofLog, link: SignageLink) -> None:
        self.local = local
        self.link = link

    def record(self, entry: PlayRecord) -> None:
        """Append locally first (an ``OSError`` there retries both), then queue for the gateway."""
        self.local.record(entry)
        self.link.record(entry.to_data())


@dataclass
class GatewayLink:
    """The screen's connection to the city's gateway: its worker, client, outbox and store."""

    link: SignageLink
    store: Store
    client: GatewayClient
    outbox: Outbox

    def alert_listener(self, on_change: Callable[[list[HeldAlert]], None]) -> AlertListener:
        """A listener (not started) for the gateway's alerts, kept in this link's store.

        What is in force survives a restart in the store, so it is shown again at once without
        network; acknowledgements go through the outbox, which the link's worker delivers at
        once when woken.
        """
        return AlertListener(
            self.client, self.store, outbox=self.outbox, on_change=on_change, deliver=self.link.wake
        )

    def close(self) -> None:
        """Stop the worker (waiting plays go into the outbox) and close the store."""
        self.link.stop()
        self.client.close()
        self.store.close()


def open_gateway_link(config: MachikadoConfig, packages: PackageStore | None) -> GatewayLink | None:
    """A running link to the configured gateway, or None when the screen has none configured.

    Every ``[gateway] sync_interval_s`` its worker delivers proof of play and, with a package
    store, installs the published package when it changed; the player's package watcher then
    plays it from the next item on.
    """
    if config.gateway.url == "embedded":
        return None
    try:
        token = config.gateway.read_token()
    except ConfigError as err:
        log.error("signage is not connected to the gateway: %s", err)
        return None
    store, moved = Store.open(config.cache.path() / "signage" / "outbox.db")
    if moved is not None:
        log.warning("the signage outbox store was damaged and has been rebuilt")
    client = GatewayClient(
        config.gateway.url,
        TokenFile(Path(config.gateway.token_file), token),
        tls=GatewayTls.from_config(config.gateway),
        retries=2,
    )
    outbox = Outbox(store, client)
    fetcher = PackageFetcher(client, packages) if packages is not None else None
    link = SignageLink(fetcher, PlayBatcher(outbox), interval_s=config.gateway.sync_interval_s)
    link.start()
    return GatewayLink(link, store, client, outbox)


def proof_path(config: MachikadoConfig) -> Path:
    """Where the screen's local proof-of-play log lies."""
    return config.cache.path() / "signage" / f"{config.signage.screen_id}-plays.jsonl"


@dataclass(frozen=True)
class Content:
    """What the player plays and where its assets lie."""

    schedule: Schedule
    folder: Path | None = None

    def asset(self, path: str) -> Path:
        """Where the package's asset ``path`` is (the package was verified on install)."""
        if self.folder is None:
            raise LookupError(f"no content package holds {path!r}")
        return self.folder / "assets" / path


def package_store(config: SignageConfig) -> PackageStore:
    """The verified content packages of this screen; ``PackageError`` for a bad key."""
    if not config.package_dir or not config.public_key:
        raise PackageError(
            "package.not_configured", "[signage] package_dir and public_key must both be set"
        )
    return PackageStore(
        Path(config.package_dir), load_public_key(config.public_key), max_bytes=MAX_PACKAGE_BYTES
    )


def content_of(package: InstalledPackage) -> Content:
    """The schedule the package's entry file holds; ``ConfigError`` if it is not valid."""
    entry = package.asset(package.manifest.entry)
    try:
        text = entry.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise ConfigError(str(entry), [Problem("", f"cannot read: {err}")]) from err
    return Content(schedule_from_json(text, source=str(entry)), package.folder)


def load_content(config: SignageConfig) -> Content:
    """The current package's content, or the idle face (logged) when there is none usable."""
    try:
        package = package_store(config).current()
    except PackageError as err:
        log.error("no content: %s (%s)", err, err.key)
        return Content(Schedule())
    if package is None:
        log.error("no content package is installed yet; showing the idle face")
        return Content(Schedule())
    try:
        return content_of(package)
    except ConfigError as err:
        log.error("the content package's schedule is not valid: %s", err)
        return Content(Schedule())


def sample_schedule(board: NoticeBoard) -> dict[str, object]:
    """Schedule JSON for the sample city: slides promoting notices as text, notices as QR slides.

    Slides about the kiosk itself (no notice; "touch the screen") do not belong on signage.
    """
    items: list[dict[str, object]] = []
    for slide in (s for s in board.slides if s.notice is not None):
        items.append(
            {
                "id": f"slide-{slide.id}",
                "kind": "text",
                "duration_s": SAMPLE_SLIDE_S,
                "title": slide.headline["ja"],
                "text": f"{slide.text['ja']}\n{slide.text['en']}",
                "led_text": slide.headline["ja"],
            }
        )
    for notice in board.notices:
        items.append(
            {
                "id": f"notice-{notice.id}",
                "kind": "qr",
                "duration_s": SAMPLE_QR_S,
                "title": notice.title["ja"],
                "text": notice.title["en"],
                "url": notice.url,
                "led_text": notice.title["ja"],
            }
        )
    return {"playlists": [{"id": "sample-loop", "layer": "default", "items": items}]}


def open_led(url: str) -> LedSign | None:
    """The configured LED board, or None (logged) when there is none or it cannot be opened."""
    if not url:
        return None
    try:
        sign: LedSign = open_device("led_sign", url)
    except DeviceError as err:
        log.error("the LED board cannot be opened (%s); playing without it", err.key)
        return None
    return sign


@dataclass
class Player:
    """A built player: the Qt objects that must live as long as the window."""

    engine: QQmlApplicationEngine
    window: QWindow
    player: QtPlayer
    emergencies: EmergencyLayer
    led: LedSign | None
    alerts: AlertBridge
    qml_warnings: list[str] = field(default_factory=list)

    def close(self) -> None:
        """Stop the alerts and playing, release the LED board and close the window."""
        self.alerts.stop()
        self.player.stop()
        if self.led is not None:
            self.led.close()
        self.window.close()
        self.engine.deleteLater()


def build_player(
    config: MachikadoConfig,
    content: Content,
    *,
    images: Mapping[str, Callable[[], QQuickImageProvider]],
    clock: Clock | None = None,
    rate: float = 1.0,
    led: LedSign | None = None,
    sink: PlaySink | None = None,
    emergencies: EmergencyLayer | None = None,
    city: str = "",
    fullscreen: bool = True,
    size: tuple[int, int] | None = None,
    store: PackageStore | None = None,
) -> Player:
    """Build the player window and start the loop; a QGuiApplication must exist.

    ``images`` make the QML image providers by name (each engine owns its own); QR slides need
    ``qr`` (``image://qr/``).
    """
    settings = config.signage
    # Japanese first: one CJK family keeps kana and kanji in the same weight (Latin included).
    QGuiApplication.setFont(QFont(SIGNAGE_FONT))
    emergencies = emergencies if emergencies is not None else EmergencyLayer()
    if sink is None:
        sink = ProofLog(proof_path(config))
    links = partial(with_short_links, base=settings.qr_link_base, terminal_id=config.terminal.id)
    sequencer = Sequencer(
        Timeline(links(content.schedule)),
        clock or SystemClock(config.terminal.zone),
        sink,
        screen=settings.screen_id,
        emergencies=emergencies,
    )
    engine, warnings = build_engine([QML_DIR], images)
    player = QtPlayer(
        sequencer,
        assets=content.asset,
        led=led,
        power=PowerWindow.parse(settings.power_off),
        power_command=settings.power_command,
        ticker=settings.ticker_text,
        city=city,
        rate=rate,
        parent=engine,
    )
    engine.singletonInstance("Signage", "App").setProperty("player", player)
    alerts = AlertBridge(
        AlertMessages(emergencies, words_for), player, sequencer.clock.now, parent=engine
    )
    if store is not None:
        _watch_packages(store, content, player, links, parent=engine)
    player.start()
    try:
        window = load_window(engine, "Signage", "Main", warnings)
    except RuntimeError:
        alerts.stop()
        player.stop()
        raise
    player.watch_frames(window)
    width, height = size or settings.size()
    window.resize(width, height)
    if fullscreen:
        window.setFlag(Qt.WindowType.FramelessWindowHint, True)
        QGuiApplication.setOverrideCursor(QCursor(Qt.CursorShape.BlankCursor))
        window.showFullScreen()
    else:
        window.show()
    return Player(engine, window, player, emergencies, led, alerts, warnings)


PACKAGE_CHECK_MS = 30_000


def _watch_packages(
    store: PackageStore,
    content: Content,
    player: QtPlayer,
    links: Callable[[Schedule], Schedule] | None = None,
    *,
    parent: QObject,
) -> QTimer:
    """Check the store every 30 s; a newly installed package plays from the next item on."""
    playing = {"folder": content.folder}

    def check() -> None:
        package = store.current()
        if package is None or package.folder == playing["folder"]:
            return
        playing["folder"] = package.folder
        try:
            new = content_of(package)
        except ConfigError as err:
            log.error("the new content package's schedule is not valid: %s", err)
            return
        log.info(
            "content package %s version %d installed", package.manifest.id, package.manifest.version
        )
        schedule = links(new.schedule) if links is not None else new.schedule
        player.replace_content(Timeline(schedule), new.asset)

    timer = QTimer(parent)
    timer.setInterval(PACKAGE_CHECK_MS)
    timer.timeout.connect(check)
    timer.start()
    return timer


def run_player(
    config: MachikadoConfig,
    content: Content,
    *,
    images: Mapping[str, Callable[[], QQuickImageProvider]],
    fullscreen: bool = True,
    city: str = "",
) -> int:
    """Run the player until the application quits; returns the exit code."""
    notifier = Notifier.from_environment()  # before any child process is started
    app = QGuiApplication.instance() or QGuiApplication(sys.argv)
    app.setApplicationName("machikado-signage")
    led = open_led(config.devices.led_sign)
    store = None
    try:
        store = package_store(config.signage)
    except PackageError as err:
        log.warning("content packages are not watched: %s", err)
    gateway = open_gateway_link(config, store)
    sink = GatewayProof(ProofLog(proof_path(config)), gateway.link) if gateway else None
    player = build_player(
        config,
        content,
        images=images,
        led=led,
        fullscreen=fullscreen,
        city=city,
        store=store,
        sink=sink,
    )
    if gateway is not None:
        # What is in force comes from the store first: shown at once, network or not.
        player.alerts.start(gateway.alert_listener(player.alerts.on_change))
    notify = ServiceNotify(player.window, notifier, f"signage {config.signage.screen_id}")
    log.info("signage %s running", config.signage.screen_id)
    try:
        return app.exec()
    finally:
        notify.stop()
        player.close()
        if gateway is not None:
            gateway.close()
