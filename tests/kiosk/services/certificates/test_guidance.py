"""The hardware steps show where to act, drawn from the terminal's layout; money shown plainly."""

from __future__ import annotations

from PySide6.QtCore import QPointF

from content.config.hardware import HardwareLayout, PaymentUnitConfig
from kiosk.services.certificates.core.terms import OpeningHours
from kiosk.services.certificates.ui.qt_certificate import QtCertificate
from kiosk.services.notices.wiring import NoticeService
from kiosk.tour import click, find_item
from tests.kiosk.screen_helpers import controls, texts
from tests.kiosk.services.certificates.certificate_fakes import make_rig
from tests.kiosk.services.certificates.walk import (
    RigCertificateService,
    StepRunner,
    sample_entitlements,
    walk_steps,
)

# The part that glows at each step of the walk, and the guide that shows it.
GUIDES = {
    "InsertCard": ("insertCardGuide", "card_reader"),
    "RemoveCard": ("removeCardGuide", "card_reader"),
    "Payment-paying": ("paymentGuide", "note_slot"),
    "TakeDocuments": ("takeDocumentsGuide", "document_tray"),
    "Done": ("doneGuide", "receipt_slot"),
}

LAYOUT = HardwareLayout(card_reader="left-bottom", document_tray="top-center")
UNIT = PaymentUnitConfig(notes=(1000, 5000), coins=(100,), ic_brands=("WAON",))


def configured_kiosk(make_kiosk):
    """The certificate service on fakes, with a layout and a payment unit of its own."""
    rig = make_rig(StepRunner())
    rig.gateway.entitlements = sample_entitlements()

    class Service(RigCertificateService):
        flow = rig.flow

        def build_ui(self, session, connection, parent):
            return QtCertificate(
                session,
                rig.flow,
                parent,
                hardware=LAYOUT,
                payment=UNIT,
                hours=OpeningHours.from_config("06:30-23:00", ("12-29", "12-30", "01-03")),
                fees=lambda: [450, 200, 300],
            )

    return make_kiosk(services=(Service, NoticeService)), rig


def plain(text: str) -> str:
    """``text`` without the invisible joiners line breaking puts between words."""
    return text.replace("\u2060", "").replace("\u200b", "")


def centre(item) -> QPointF:
    return item.mapToScene(QPointF(item.width() / 2, item.height() / 2))


def test_each_hardware_step_shows_its_part_where_the_layout_puts_it(make_kiosk, qtbot):
    kiosk, rig = configured_kiosk(make_kiosk)
    seen = set()
    for label in walk_steps(kiosk, rig, lambda: qtbot.wait(5)):
        if label not in GUIDES:
            continue
        guide_name, part = GUIDES[label]
        find_item(kiosk.window, guide_name)
        lit = find_item(kiosk.window, f"part_{part}_lit")
        board = find_item(kiosk.window, "panelMap")
        seen.add(label)
        if part == "card_reader":  # left-bottom on this kiosk
            assert centre(lit).x() < centre(board).x() < centre(lit).x() + board.width()
            assert centre(lit).y() > centre(board).y()
        if part == "document_tray":  # top-center on this kiosk
            assert abs(centre(lit).x() - centre(board).x()) < 2
            assert centre(lit).y() < centre(board).y()
    assert seen == set(GUIDES)
    assert kiosk.qml_warnings == []


def test_paying_shows_what_is_due_put_in_and_still_owed(make_kiosk, qtbot):
    kiosk, rig = configured_kiosk(make_kiosk)
    rig.payment.inserted_yen = 100  # the unit has reported one coin so far
    for label in walk_steps(kiosk, rig, lambda: qtbot.wait(5)):
        if label == "Payment":
            accepted = find_item(kiosk.window, "accepted_cash").property("text")
            assert "1,000, 5,000" in accepted and "100" in accepted
            assert find_item(kiosk.window, "accepted_ic").property("text") == "WAON"
        if label == "Payment-paying":
            certificate = kiosk.view("certificates")
            owed = find_item(kiosk.window, "amountOwed").property("text")
            assert plain(owed) == "300円"
            assert plain(find_item(kiosk.window, "amountPaid").property("text")) == "100円"
            assert certificate.owed == "300" and certificate.paid == "100"
            break


def test_the_terms_give_fees_hours_who_and_the_pin_lock(make_kiosk, qtbot):
    kiosk, rig = configured_kiosk(make_kiosk)
    walk = walk_steps(kiosk, rig, lambda: qtbot.wait(5))
    assert next(walk) == "Terms"
    text = {
        n: plain(find_item(kiosk.window, n).property("text"))
        for n in ("termsFees", "termsHours", "termsWho", "termsPinLock")
    }
    assert "200〜450円" in text["termsFees"]
    assert "6:30〜23:00" in text["termsHours"] and "12月29日〜12月30日" in text["termsHours"]
    assert "1月3日" in text["termsHours"]
    assert "15歳以上" in text["termsWho"]
    assert "3回" in text["termsPinLock"]
    kiosk.session.setLanguage("en")
    hours = plain(find_item(kiosk.window, "termsHours").property("text"))
    assert hours == (
        "Hours: every day from 6:30 to 23:00. Closed: 3 January / 29 December to 30 December."
    )
    click(kiosk.window, "declineButton")
    assert kiosk.session.screen == "Home"


def test_the_options_start_from_the_least_data(make_kiosk, qtbot):
    kiosk, rig = configured_kiosk(make_kiosk)
    for label in walk_steps(kiosk, rig, lambda: qtbot.wait(5)):
        if label == "Choose":
            rig.flow.choose("juminhyo")
            qtbot.wait(5)
            checked = {
                n: find_item(kiosk.window, n).property("checked")
                for n in (
                    "householdSelf",
                    "householdAll",
                    "optionHeadNo",
                    "optionHead",
                    "optionHonsekiNo",
                    "optionHonseki",
                )
            }
            assert checked == {
                "householdSelf": True,
                "householdAll": False,
                "optionHeadNo": True,
                "optionHead": False,
                "optionHonsekiNo": True,
                "optionHonseki": False,
            }
            break


def test_the_old_card_message_is_said_once(make_kiosk, qtbot):
    kiosk, rig = configured_kiosk(make_kiosk)
    for label in walk_steps(kiosk, rig, lambda: qtbot.wait(5)):
        if label == "InsertCard-problem":
            shown = texts(kiosk.window)
            said = [t for t in map(plain, shown) if "住民基本台帳カード" in t]
            assert len(said) == 1, said
            break


def test_every_control_of_every_step_is_on_the_panel(make_kiosk, qtbot):
    kiosk, rig = configured_kiosk(make_kiosk)
    width, height = kiosk.window.width(), kiosk.window.height()
    for label in walk_steps(kiosk, rig, lambda: qtbot.wait(5)):
        for item in controls(kiosk.window):
            top_left = item.mapToScene(QPointF(0, 0))
            name = item.objectName() or item.metaObject().className()
            assert top_left.x() >= 0 and top_left.x() + item.width() <= width + 0.5, (label, name)
            assert top_left.y() >= 0 and top_left.y() + item.height() <= height + 0.5, (label, name)
