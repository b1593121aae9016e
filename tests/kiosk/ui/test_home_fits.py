"""The terminal's own services fit the home screen at once, in every language."""

from __future__ import annotations

import pytest

from content.config import MachikadoConfig
from content.languages import LANGUAGE_CODES
from kiosk.demo.setup import demo_devices
from kiosk.tour import find_item


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_the_terminals_services_fit_the_home_screen_without_scrolling(
    make_kiosk, qtbot, tmp_path, language
):
    kiosk = make_kiosk(demo_devices(MachikadoConfig(), tmp_path))
    kiosk.session.start()
    kiosk.session.setLanguage(language)
    qtbot.wait(50)
    area = find_item(kiosk.window, "serviceTiles")
    assert area.property("count") == 5
    assert not area.property("interactive"), (
        f"the home screen scrolls in {language}: its tiles need "
        f"{area.property('contentHeight')} px of {area.property('height')}"
    )
    if language in ("ja", "en"):
        assert not area.property("brief"), f"the tiles lost their descriptions in {language}"
