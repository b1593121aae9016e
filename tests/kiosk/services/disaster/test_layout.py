"""Every page of the disaster tile in every language, standard and large text: no text cut off,
no touch target under 15 mm."""

from __future__ import annotations

from content.config import MachikadoConfig
from kiosk.tour import click
from tests.kiosk.services.disaster.fakes import Clock, board, held
from tests.kiosk.services.disaster.test_screens import EVACUATION, RAIN
from tests.kiosk.services.disaster.walk import disaster_flow, disaster_kiosk, open_disaster
from tests.kiosk.ui.test_layout_check import check_every_language, report


def test_every_page_in_every_language(make_kiosk, qtbot):
    wall = Clock()
    source = board(wall, held(RAIN), held(EVACUATION))
    flow = disaster_flow(source, wall)
    kiosk = disaster_kiosk(make_kiosk, flow, source)
    px_per_mm = MachikadoConfig().kiosk.screen.px_per_mm
    open_disaster(kiosk)
    problems = check_every_language(kiosk, "bulletins", px_per_mm)
    click(kiosk.window, "bulletin_evac")
    problems += check_every_language(kiosk, "bulletin", px_per_mm)
    kiosk.session.back()
    click(kiosk.window, "sheltersButton")
    problems += check_every_language(kiosk, "shelters", px_per_mm)
    assert not problems, report(problems)
