"""Every screen of the tour, in every language, with large text off and on: no text is cut
off or elided, and no touch target is under 15 mm on the configured panel."""

from __future__ import annotations

from collections.abc import Iterator

from content.config import CityConfig, MachikadoConfig
from content.languages import LANGUAGE_CODES
from kiosk.app import Kiosk
from kiosk.services.notices.wiring import NoticeService
from kiosk.tour import click, find_item, wait_for_frame
from tests.kiosk.services.booking.booking_fakes import make_rig as make_booking_rig
from tests.kiosk.services.booking.walk import booking_kiosk, walk_booking
from tests.kiosk.services.certificates.certificate_fakes import Rig, make_rig
from tests.kiosk.services.certificates.walk import (
    RigCertificateService,
    StepRunner,
    sample_entitlements,
    walk_steps,
)
from tests.kiosk.ui.layout_check import Finding, text_findings, touch_findings

CONFIG = MachikadoConfig(
    city=CityConfig(
        contact_text="はなみずき市役所 市民課（本庁舎1階）平日8:30〜17:15",
        contact_phone="0120-000-000",
    )
)


def shell_screens(kiosk: Kiosk, qtbot, clock) -> Iterator[str]:
    """The shell's and the notices' screens as the tour shows them; a label at each."""
    session = kiosk.session
    yield "attract"
    session.start()
    yield "home"
    for panel, button in (
        ("helpPanel", "helpButton"),
        ("staffPanel", "staffButton"),
        ("languagePanel", "languageButton"),
        ("accessibilityPanel", "accessibilityButton"),
    ):
        click(kiosk.window, button)
        yield panel
        find_item(kiosk.window, panel).setVisible(False)
    click(kiosk.window, "tile_notices")
    yield "notices"
    click(kiosk.window, "noticeSearch")
    qtbot.waitUntil(lambda: _shown(kiosk, "keyboard"))
    yield "notices with the keyboard"
    kiosk.window.contentItem().forceActiveFocus()
    kiosk.view("notices").search("no such words anywhere")
    yield "notices, nothing found"
    kiosk.view("notices").search("")
    first = session.core.flows["notices"].browser.visible(session.language)[0].id
    kiosk.view("notices").open(first)
    yield "notice detail"
    clock.advance(session.core.idle.timeout_s + 1)
    session.tick()
    yield "idle warning"
    session.extend()
    session.finish()


def _shown(kiosk: Kiosk, name: str) -> bool:
    try:
        find_item(kiosk.window, name)
    except LookupError:
        return False
    return True


def check_every_language(
    kiosk: Kiosk, label: str, px_per_mm: float, large_languages: tuple[str, ...] = LANGUAGE_CODES
) -> list[str]:
    """The findings on the screen shown now, in each language, large text off and on.

    In large text only ``large_languages`` are checked (all of them unless told).
    """
    session = kiosk.session
    problems = []
    for large in (False, True):
        if session.largeText != large and session.inSession:
            session.toggle("large_text")
        for code in large_languages if large else LANGUAGE_CODES:
            session.setLanguage(code)
            wait_for_frame(kiosk.window, 500)  # views rebuild their rows for the language
            wait_for_frame(kiosk.window, 500)
            findings: list[Finding] = text_findings(kiosk.window)
            findings += touch_findings(kiosk.window, px_per_mm)
            mode = "large text" if large else "standard"
            problems += [f"{label} [{code}, {mode}] {f}" for f in findings]
        if not session.inSession:
            break  # the attract loop and out of service have no large text
    if session.largeText:
        session.toggle("large_text")
    session.setLanguage("ja")
    return problems


def certificate_kiosk(make_kiosk) -> tuple[Kiosk, Rig]:
    """A kiosk with the notices and the certificate service on a flow wired to fakes."""
    rig = make_rig(StepRunner())
    rig.gateway.entitlements = sample_entitlements()
    service = type("Service", (RigCertificateService,), {"flow": rig.flow})
    return make_kiosk(CONFIG, services=(service, NoticeService)), rig


def report(problems: list[str]) -> str:
    """The problems found, one a line (the first 80)."""
    return f"{len(problems)} problems:\n" + "\n".join(problems[:80])


def test_the_shells_and_the_notices_screens(make_kiosk, qtbot, clock):
    kiosk, _rig = certificate_kiosk(make_kiosk)
    px_per_mm = CONFIG.kiosk.screen.px_per_mm
    problems: list[str] = []
    seen = 0
    for label in shell_screens(kiosk, qtbot, clock):
        problems += check_every_language(kiosk, label, px_per_mm)
        seen += 1
    kiosk.session.fail("software_error")
    problems += check_every_language(kiosk, "out of service", px_per_mm)
    assert seen >= 10
    assert not problems, report(problems)


def test_the_certificate_screens(make_kiosk, qtbot):
    kiosk, rig = certificate_kiosk(make_kiosk)
    px_per_mm = CONFIG.kiosk.screen.px_per_mm
    problems: list[str] = []
    seen = 0
    for label in walk_steps(kiosk, rig, lambda: qtbot.wait(5)):
        problems += check_every_language(kiosk, f"certificates {label}", px_per_mm)
        seen += 1
    assert seen >= 25
    assert not problems, report(problems)


# Booking has more steps than the suite's time allows in 7 languages × 2 sizes: every language
# is checked at the standard size, and in large text the languages whose words run longest
# (pt-BR, vi) and Japanese, whose phrases wrap as wholes. In this order, so that large text
# starts in the language the standard size ended in and ends in Japanese, where the walk goes
# on: a language change re-evaluates every binding, and that is most of the test's time.
BOOKING_LARGE_LANGUAGES = ("vi", "pt-BR", "ja")


def test_the_booking_screens(make_kiosk, qtbot):
    rig = make_booking_rig()
    kiosk = booking_kiosk(make_kiosk, rig, CONFIG)
    px_per_mm = CONFIG.kiosk.screen.px_per_mm
    problems: list[str] = []
    seen = 0
    kiosk.session.start()
    for label in walk_booking(kiosk, rig, lambda: qtbot.wait(5)):
        assert kiosk.view("booking").step == label.split("-")[0], label
        problems += check_every_language(
            kiosk, f"booking {label}", px_per_mm, BOOKING_LARGE_LANGUAGES
        )
        seen += 1
    assert seen >= 30
    assert kiosk.qml_warnings == []
    assert not problems, report(problems)
