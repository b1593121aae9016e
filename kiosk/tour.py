"""A scripted walk through the kiosk's screens, saving one PNG per screen state."""

from __future__ import annotations

import logging
import socket
import subprocess
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QEventLoop, QPointF, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtQuick import QQuickItem, QQuickWindow
from PySide6.QtTest import QTest

from content.config import CacheConfig, CityConfig, MachikadoConfig
from devices.receipt.render import save_png
from kiosk.app import Kiosk, build_kiosk, open_cache, prepare_qt_environment
from kiosk.demo.desk import ADVISORY, ORDER, CityDesk
from kiosk.demo.panel import DemoDevices, open_demo_panel
from kiosk.demo.setup import DEMO_PIN, DemoSetup
from kiosk.services.certificates.core.flow import TAKE_REMINDER_S, CertificateFlow, Step
from kiosk.services.certificates.ui.qt_certificate import QtCertificate
from kiosk.services.jobs.core.flow import JobsFlow, PrintState
from kiosk.services.jobs.core.flow import Step as JobStep
from kiosk.services.notices.core.flow import NoticesFlow
from kiosk.technician.core.access import hash_pin
from kiosk.technician.ui.menu import Page
from kiosk.tour_booking import walk_booking
from offline_cache.service import OfflineCache

log = logging.getLogger(__name__)

# Where a resident of the sample city asks a person (the city and its number are fictional).
SAMPLE_CITY_CONTACT = CityConfig(
    contact_text="はなみずき市役所 市民課（本庁舎1階）平日8:30〜17:15", contact_phone="0120-000-000"
)


class TourClock:
    """A monotonic clock the tour can move forward, to show the idle warning without waiting."""

    def __init__(self) -> None:
        self.offset = 0.0

    def __call__(self) -> float:
        """Monotonic seconds plus the offset."""
        return time.monotonic() + self.offset


@dataclass(frozen=True)
class Shot:
    """One saved screen state."""

    path: Path
    screen: str
    language: str


def settle(ms: int = 700) -> None:
    """Let Qt run for ``ms`` so bindings, animations and images finish."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_for_frame(window: QQuickWindow, timeout_ms: int = 2000) -> None:
    """Return once the window has laid out and drawn a new frame (or after ``timeout_ms``)."""
    loop = QEventLoop()
    window.frameSwapped.connect(loop.quit)
    QTimer.singleShot(timeout_ms, loop.quit)
    window.update()
    loop.exec()
    window.frameSwapped.disconnect(loop.quit)


def visual_items(root: QQuickItem) -> list[QQuickItem]:
    """``root`` and every item below it in the visual tree (view delegates included)."""
    items = [root]
    for child in root.childItems():
        items.extend(visual_items(child))
    return items


def find_item(window: QQuickWindow, name: str) -> QQuickItem:
    """The visible item with objectName ``name``; ``LookupError`` if there is none."""
    for item in visual_items(window.contentItem()):
        if item.objectName() == name and item.isVisible():
            return item
    raise LookupError(name)


def is_shown(window: QQuickWindow, name: str) -> bool:
    """True when an item named ``name`` is visible in ``window``."""
    try:
        find_item(window, name)
    except LookupError:
        return False
    return True


def wait_until(done: Callable[[], bool], failure: str, timeout_s: float = 10.0) -> None:
    """Let Qt run until ``done()`` holds; ``TimeoutError(failure)`` if it never does."""
    deadline = time.monotonic() + timeout_s
    while not done():
        if time.monotonic() > deadline:
            raise TimeoutError(failure)
        settle(50)


def click(window: QQuickWindow, name: str) -> None:
    """Tap the middle of the named item, as a finger would (whatever lies on top gets it)."""
    wait_for_frame(window)
    item = find_item(window, name)
    centre = item.mapToScene(QPointF(item.width() / 2, item.height() / 2)).toPoint()
    QTest.mouseClick(window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)


class Tour:
    """Drives a built kiosk through its screens and saves what a person would see."""

    def __init__(
        self,
        kiosk: Kiosk,
        clock: TourClock,
        out_dir: Path,
        cache: OfflineCache,
        demo: DemoSetup | None = None,
    ) -> None:
        self.kiosk = kiosk
        self.cache = cache
        self.clock = clock
        self.out_dir = out_dir
        self.demo = demo
        self.panel = None
        if demo is not None:
            demo.panel = open_demo_panel(kiosk.engine, demo.identity, kiosk.monitor.device)
            self.panel = demo.panel
        self.devices: DemoDevices | None = self.panel.devices if self.panel else None
        self.shots: list[Shot] = []

    @property
    def window(self) -> QQuickWindow:
        """The kiosk window."""
        window = self.kiosk.window
        assert isinstance(window, QQuickWindow)
        return window

    def shoot(self, label: str = "", wait_ms: int = 700) -> Shot:
        """Save the window as ``NN-screen[-label]-lang.png``."""
        settle(wait_ms)
        session = self.kiosk.session
        screen = session.screen.lower() if not label else f"{session.screen.lower()}-{label}"
        name = f"{len(self.shots) + 1:02d}-{screen}-{session.language}.png"
        path = self.out_dir / name
        image = self.window.grabWindow()
        if image.isNull() or not image.save(str(path)):
            raise OSError(f"could not save {path}")
        shot = Shot(path, session.screen, session.language)
        self.shots.append(shot)
        log.info("saved %s", path)
        return shot

    def run(self) -> list[Shot]:
        """The whole tour."""
        session = self.kiosk.session
        notices = self.kiosk.session.core.flows["notices"]
        assert isinstance(notices, NoticesFlow)
        first_notice = notices.browser.visible(session.language)[0].id
        self.shoot(wait_ms=1200)  # attract
        session.start()
        self.shoot()  # home
        for panel, button, label in (
            ("helpPanel", "helpButton", "help"),
            ("staffPanel", "staffButton", "ask-a-person"),
        ):
            click(self.window, button)
            self.shoot(label)
            find_item(self.window, panel).setVisible(False)
        click(self.window, "tile_notices")
        self.shoot()  # notice list
        notices.open(first_notice)
        self.shoot("detail")  # notice with its QR code
        session.back()
        settle()
        click(self.window, "noticeSearch")
        wait_until(lambda: is_shown(self.window, "keyboard"), "the on-screen keyboard did not open")
        self.shoot("keyboard", wait_ms=1000)
        self.window.contentItem().forceActiveFocus()
        QGuiApplication.inputMethod().hide()
        self.clock.offset += session.core.idle.timeout_s + 1
        session.tick()
        self.shoot("idle-warning")
        session.extend()
        for code in session.core.languages:
            session.setLanguage(code)
            self.shoot()
        session.setLanguage(session.core.default_language)
        session.home()
        click(self.window, "languageButton")
        self.shoot("language-choice")
        find_item(self.window, "languagePanel").setVisible(False)
        click(self.window, "accessibilityButton")
        self.shoot("accessibility-choice")
        find_item(self.window, "accessibilityPanel").setVisible(False)
        for mode in ("large_text", "high_contrast", "low_reach"):
            session.toggle(mode)
            self.shoot(mode.replace("_", "-"))
            session.toggle(mode)
        session.toggle("low_reach")
        session.toggle("large_text")
        click(self.window, "tile_notices")
        self.shoot("low-reach-large-text")
        click(self.window, "accessibilityButton")
        self.shoot("accessibility-choice-on")  # each mode says it is on
        find_item(self.window, "accessibilityPanel").setVisible(False)
        session.setLanguage("en")
        self.shoot("low-reach-large-text")
        session.home()
        self.shoot("low-reach-large-text")
        session.toggle("low_reach")
        self.shoot("large-text")
        session.toggle("large_text")
        session.setLanguage(session.core.default_language)
        if self.demo is not None and "certificates" in session.core.flows:
            session.finish()
            settle()
            for language in ("ja", "en"):
                self.certificate(language)
            self.certificate_problems()
            session.start()
            click(self.window, "tile_notices")
        if self.demo is not None and "jobs" in session.core.flows:
            session.finish()
            settle()
            for language in ("ja", "en"):
                self.job_search(language)
            session.start()
            click(self.window, "tile_notices")
        if self.demo is not None and "booking" in session.core.flows:
            session.finish()
            settle()
            for language in ("ja", "en"):
                walk_booking(self, language)
            session.start()
            click(self.window, "tile_notices")
        if self.cache.embedded is not None and self.kiosk.alert_view is not None:
            session.finish()
            settle()
            self.alerts()
            session.start()
            click(self.window, "tile_notices")
        session.finish()
        settle()
        self.technician()
        session.start()
        click(self.window, "tile_notices")
        self.cache.stop()
        offline = unreachable_gateway(self.cache)
        offline.open_store()
        try:
            offline.run_once()
            self.shoot("offline")
        finally:
            offline.stop()
        session.finish()
        self.shoot("after-session", wait_ms=1000)
        session.fail("software_error")
        self.shoot()
        self.shoot("next-language", wait_ms=5500)  # it turns through every language
        return self.shots

    # -- certificates -----------------------------------------------------------------------

    def _flow(self) -> CertificateFlow:
        flow = self.kiosk.session.core.flows.get("certificates")
        assert isinstance(flow, CertificateFlow)
        return flow

    def wait_step(self, step: Step, timeout_s: float = 60.0) -> None:
        """Let the kiosk work (its jobs run on threads) until the flow reaches ``step``."""
        flow = self._flow()
        deadline = time.monotonic() + timeout_s
        while flow.step is not step:
            if time.monotonic() > deadline:
                raise TimeoutError(f"the flow stayed at {flow.step.value} ({flow.problem})")
            settle(50)

    def _card_index(self, slug: str) -> int:
        assert self.demo is not None
        return next(i for i, c in enumerate(self.demo.identity.cards) if c.slug == slug)

    def _begin(self, language: str) -> QtCertificate:
        session = self.kiosk.session
        session.start()
        session.setLanguage(language)
        deadline = time.monotonic() + 60
        while not session.core.services.status("certificates").available:
            if time.monotonic() > deadline:
                reason = session.core.services.status("certificates").reason
                raise TimeoutError(f"the certificate service stayed unavailable: {reason}")
            settle(100)
        settle(300)  # the monitor's news reaches the home tiles
        click(self.window, "tile_certificates")
        if session.screen != "certificates":
            raise RuntimeError("the certificate tile did not open the service")
        certificate = self.kiosk.view("certificates")
        assert isinstance(certificate, QtCertificate)
        return certificate

    def certificate(self, language: str) -> None:
        """A resident gets a 住民票の写し with a demo card, every step on screen."""
        assert self.devices is not None
        session = self.kiosk.session
        certificate = self._begin(language)
        self.shoot("terms")
        certificate.acceptTerms()
        self.wait_step(Step.INSERT_CARD)
        self.shoot("insert-card")
        self.devices.place(self._card_index("hanako"))
        self.wait_step(Step.PIN)
        self.shoot("pin")
        if language == "ja":
            self._shoot_panel()
        for digit in DEMO_PIN[:2]:
            certificate.pressDigit(digit)
        self.shoot("pin-typing")
        for digit in DEMO_PIN[2:]:
            certificate.pressDigit(digit)
        certificate.submitPin()
        self.wait_step(Step.REMOVE_CARD)
        self.shoot("remove-card")
        self.devices.remove()
        self.wait_step(Step.CHOOSE)
        self.shoot("choose")
        certificate.choose("juminhyo")
        self.wait_step(Step.OPTIONS)
        self.shoot("options")  # as the resident first sees it: only them, nothing more
        certificate.setHousehold("all")
        certificate.setOption("head_relationship", True)
        self.shoot("options-chosen")
        certificate.next()
        certificate.setCopies(2)
        self.shoot("copies")
        certificate.next()
        self.shoot("summary")
        certificate.confirm()
        self.wait_step(Step.PAYMENT)
        self.shoot("payment")
        if language == "ja":
            certificate.pay("cash")
            settle(300)
            self.devices.insertCash(100)
            self.shoot("paying")
            self.devices.insertCash(1000)
        else:
            certificate.pay("ic")
            settle(300)
            self.shoot("paying-ic")
            self.devices.tapIcCard()
        self.wait_step(Step.TAKE_DOCUMENTS)
        self.shoot("take-documents")
        self.clock.offset += TAKE_REMINDER_S + 1
        session.tick()
        self.shoot("take-documents-reminder")
        self._save_printed(language)
        certificate.documentsTaken()
        self.wait_step(Step.DONE)
        self.shoot("done")
        self._save_receipt(language)
        certificate.finish()
        settle()

    def certificate_problems(self) -> None:
        """What a resident sees when something is wrong (Japanese)."""
        assert self.devices is not None
        certificate = self._begin("ja")
        certificate.acceptTerms()
        self.wait_step(Step.INSERT_CARD)
        self.devices.place(self._card_index("juki"))
        self.wait_step(Step.INSERT_CARD)
        settle(300)
        self.shoot("old-card")
        self.devices.remove()
        settle(300)
        self.devices.place(self._card_index("suzuki"))
        self.wait_step(Step.PIN)
        for digit in "9999":
            certificate.pressDigit(digit)
        certificate.submitPin()
        self.wait_step(Step.PIN)
        settle(300)
        self.shoot("wrong-pin")
        for digit in DEMO_PIN:
            certificate.pressDigit(digit)
        certificate.submitPin()
        self.wait_step(Step.REMOVE_CARD)
        self.devices.remove()
        self.wait_step(Step.CHOOSE)
        self.shoot("choose-refusals")
        self.kiosk.session.finish()
        settle()

    # -- the job search ----------------------------------------------------------------------

    def _jobs(self) -> JobsFlow:
        flow = self.kiosk.session.core.flows.get("jobs")
        assert isinstance(flow, JobsFlow)
        return flow

    def _wait_jobs(self, done: Callable[[JobsFlow], bool], failure: str) -> None:
        flow = self._jobs()
        wait_until(lambda: done(flow), failure, timeout_s=60)

    def job_search(self, language: str) -> None:
        """A job seeker searches by a word and a 職種 button, narrows down, opens two listings,
        prints them on the counter slip, and the slip as the receipt printer printed it."""
        session = self.kiosk.session
        session.start()
        session.setLanguage(language)
        wait_until(
            lambda: session.core.services.status("jobs").available,
            "the job search stayed unavailable",
            timeout_s=60,
        )
        settle(300)
        click(self.window, "tile_jobs")
        if session.screen != "jobs":
            raise RuntimeError("the job search tile did not open the service")
        flow = self._jobs()
        self._wait_jobs(lambda f: f.overview is not None, "the category counts did not arrive")
        self.shoot("categories")
        find_item(self.window, "jobWords").setProperty("text", "介護")
        self.shoot("words")
        click(self.window, "jobSearchButton")
        self._wait_jobs(lambda f: f.results is not None and not f.searching, "no results")
        self.shoot("results")
        click(self.window, "filtersButton")
        self.shoot("filters")
        employment = flow.results.facets.get("employment", {}) if flow.results else {}
        if employment.get("part_time"):
            click(self.window, "filter_employment_part_time")
            self._wait_jobs(lambda f: not f.searching, "the filter gave no results")
        click(self.window, "showResults")
        self.shoot("results-filtered")
        session.back()
        self._wait_jobs(lambda f: f.step is JobStep.SEARCH, "Back did not reach the search")
        categories = flow.overview.facets.get("category", {}) if flow.overview else {}
        busiest = max((k for k in categories if "-" not in k), key=lambda k: categories[k])
        click(self.window, f"category_{busiest}")
        self._wait_jobs(lambda f: f.step is JobStep.CATEGORY, "the group's kinds did not show")
        self.shoot("subcategories")
        click(self.window, f"subcategory_{busiest}")  # all of the group
        self._wait_jobs(
            lambda f: f.results is not None and not f.searching and f.query.category == busiest,
            "no results",
        )
        assert flow.results is not None
        first, second = flow.results.items[:2]
        click(self.window, f"job_{first.kyujin_no}")
        self._wait_jobs(lambda f: f.step is JobStep.DETAIL, "the listing did not open")
        self.shoot("detail")
        click(self.window, "chooseButton")
        session.back()
        settle(300)
        click(self.window, f"job_{second.kyujin_no}")
        self._wait_jobs(lambda f: f.step is JobStep.DETAIL, "the listing did not open")
        click(self.window, "chooseButton")
        click(self.window, "toSlipButton")
        self.shoot("slip")
        click(self.window, "printSlipButton")
        self._wait_jobs(lambda f: f.print_state is not PrintState.PRINTING, "no slip came out")
        self.shoot("slip-printed")
        if language == "ja":
            self._save_slip()
        session.finish()
        settle()

    def _save_slip(self) -> None:
        """The counter slip the emulated receipt printer printed, as a PNG."""
        printer = self.kiosk.monitor.device("receipt_printer")
        path = self.out_dir / f"{len(self.shots) + 1:02d}-receipt-jobs-slip-ja.png"
        save_png(printer.transport.emulator, path)
        self.shots.append(Shot(path, "JobSlip", "ja"))

    # -- disaster alerts ----------------------------------------------------------------------

    def alerts(self) -> None:
        """The city's desk issues an advisory (a banner on every screen), then an evacuation
        order (the whole screen, Japanese and English), and cancels both (the banner goes)."""
        session, window = self.kiosk.session, self.window
        desk = CityDesk(self.cache)
        session.start()
        advisory = desk.issue(**ADVISORY)
        wait_until(lambda: is_shown(window, "alertBanner"), "no banner for the advisory", 30)
        self.shoot("alert-banner")
        click(window, "tile_notices")
        self.shoot("alert-banner")
        order = desk.issue(**ORDER)
        wait_until(lambda: is_shown(window, "alertTakeover"), "the order did not take over", 30)
        self.shoot("alert-takeover", wait_ms=1000)
        session.setLanguage("en")
        self.shoot("alert-takeover")
        click(window, "alertBackButton")
        self.shoot("alert-back")  # the notices as they were, the banner above them
        session.setLanguage(session.core.default_language)
        desk.cancel(order)
        desk.cancel(advisory)
        wait_until(lambda: not is_shown(window, "alertBanner"), "the banner stayed", 30)
        self.shoot("alert-cancelled")
        session.finish()
        settle()

    # -- the technician's menu ----------------------------------------------------------------

    def technician(self) -> None:
        """PIN pad, menu, a failing device and its self-test, a passing test, the bundle."""
        parts = self.kiosk.technician
        if parts is None or self.demo is None:  # only the demo has the tour's technician
            return
        view, menu = parts.view, parts.view.menu

        def done() -> None:
            wait_until(lambda: not menu.busy, "the technician's menu did not answer")

        view.gesture()
        done()
        for digit in TOUR_TECHNICIAN_PIN[:4]:
            view.digit(digit)
        self.shoot("technician-pin")
        for digit in TOUR_TECHNICIAN_PIN[4:]:
            view.digit(digit)
        view.submit()
        done()
        assert menu.page is Page.MENU, "the tour's technician PIN was refused"
        self.shoot("technician-menu")
        printer = self.kiosk.monitor.device("receipt_printer")
        emulator = getattr(getattr(printer, "transport", None), "emulator", None)
        if emulator is not None:
            emulator.run_out_of_paper()
            wait_until(
                lambda: self.kiosk.monitor.state("receipt_printer").reason == "receipt.paper_out",
                "the monitor did not see the printer's paper run out",
                timeout_s=20,
            )
        view.press("page:devices")
        done()
        self.shoot("technician-devices")
        view.press("device:receipt_printer")
        done()
        view.press("test:receipt_printer")
        done()
        self.shoot("technician-failing-device")
        if emulator is not None:
            emulator.load_paper()
        view.press("back")
        done()
        view.press("device:card_reader")
        done()
        if self.devices is not None:
            self.devices.place(self._card_index("suzuki"))  # the SELECT answers with a card
            settle(300)
        view.press("test:card_reader")
        done()
        self.shoot("technician-self-test")
        if self.devices is not None:
            self.devices.remove()
        view.press("back")
        done()
        view.press("page:bundle")
        done()
        view.press("export")
        done()
        self.shoot("technician-bundle")
        view.press("back")
        done()
        view.press("close")
        done()

    def _shoot_panel(self) -> None:
        """The "Demo devices" window beside the kiosk, a card on its reader."""
        assert self.panel is not None
        window = self.panel.window
        assert isinstance(window, QQuickWindow)
        settle(300)
        path = self.out_dir / f"{len(self.shots) + 1:02d}-demo-devices.png"
        if not window.grabWindow().save(str(path)):
            raise OSError(f"could not save {path}")
        self.shots.append(Shot(path, "DemoDevices", "en"))

    def _save_printed(self, language: str) -> None:
        """The first printed certificate as a PNG (pdftoppm), as the tray would hold it."""
        printer = self.kiosk.monitor.device("document_printer")
        printed = sorted(printer.output_dir.glob("*.pdf"), key=lambda p: p.stat().st_mtime)
        if not printed:
            raise RuntimeError("the emulated document printer printed nothing")
        stem = self.out_dir / f"{len(self.shots) + 1:02d}-certificates-printed-{language}"
        # Drawn at 300 dpi and averaged down to 100, as the eye averages the printed page: a
        # direct 100-dpi drawing aliases the paper's fine anti-copy screens into a pattern.
        subprocess.run(
            ["pdftoppm", "-r", "300", "-png", "-singlefile", str(printed[-2]), str(stem)],
            check=True,
        )
        page = stem.with_suffix(".png")
        with Image.open(page) as drawn:
            drawn.reduce(3).save(page)
        self.shots.append(Shot(page, "CertificatePrinted", language))

    def _save_receipt(self, language: str) -> None:
        """The receipt the emulated printer printed, as a PNG."""
        printer = self.kiosk.monitor.device("receipt_printer")
        path = self.out_dir / f"{len(self.shots) + 1:02d}-receipt-{language}.png"
        save_png(printer.transport.emulator, path)
        self.shots.append(Shot(path, "Receipt", language))


def unreachable_gateway(cache: OfflineCache) -> OfflineCache:
    """The same store, pointed at a loopback port nobody listens on: the terminal offline."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return OfflineCache(
        cache.data_dir,
        gateway_url=f"http://127.0.0.1:{port}",
        token="offline",
        terminal_id=cache.terminal_id,
        callbacks=cache.callbacks,
    )


def wait_for_first_sync(cache: OfflineCache, timeout_s: float = 120.0) -> None:
    """Block until the cache holds the city's notices; ``TimeoutError`` if it never does."""
    deadline = time.monotonic() + timeout_s
    while cache.notice_board() is None:
        if time.monotonic() > deadline:
            raise TimeoutError("the embedded gateway did not deliver the city's data in time")
        time.sleep(0.2)


# The tour's own technician, so the menu can be shown; a real terminal names its own.
TOUR_TECHNICIAN_PIN = "20261203"


def with_tour_technician(config: MachikadoConfig, usb_dir: Path) -> MachikadoConfig:
    """``config`` with the tour's technician PIN and ``usb_dir`` (made) as the USB stick."""
    usb_dir.mkdir(parents=True, exist_ok=True)
    pins = {**config.technician.pins, "tour": hash_pin(TOUR_TECHNICIAN_PIN)}
    return replace(config, technician=replace(config.technician, pins=pins, usb_dir=str(usb_dir)))


def run_tour(config: MachikadoConfig, out_dir: Path) -> list[Shot]:
    """Run the tour into ``out_dir`` on the embedded gateway, as ``machikado demo`` does."""
    prepare_qt_environment()
    out_dir.mkdir(parents=True, exist_ok=True)
    for old in out_dir.glob("[0-9][0-9]-*.png"):
        old.unlink()
    app = QGuiApplication.instance() or QGuiApplication([])
    with tempfile.TemporaryDirectory(prefix="machikado-tour-") as data_dir:
        demo = None
        if config.gateway.url == "embedded":
            local = replace(config, cache=CacheConfig(data_dir=data_dir))
            local = with_tour_technician(local, Path(data_dir) / "usb")
            demo = DemoSetup.prepare(local)
            config = demo.config
            if config.city == CityConfig():
                config = replace(config, city=SAMPLE_CITY_CONTACT)
            cache = demo.open_cache()
        else:
            cache = open_cache(config)
        cache.start()
        try:
            wait_for_first_sync(cache)
            clock = TourClock()
            kiosk = build_kiosk(
                config, cache=cache, kiosk_mode=False, speech_engine="mock", clock=clock
            )
            try:
                return Tour(kiosk, clock, out_dir, cache, demo).run()
            finally:
                if demo is not None and demo.panel is not None:
                    demo.panel.close()
                kiosk.close()
                app.processEvents()
        finally:
            cache.stop()
