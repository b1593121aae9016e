"""The header names the city plainly; the sample city says it is fictional in one About line."""

from __future__ import annotations

import dataclasses

import pytest

from content.languages import LANGUAGE_CODES
from content.notices import load_sample_board
from kiosk.tour import find_item, wait_for_frame
from tests.kiosk.screen_helpers import texts as raw_texts


def texts(window):
    """The visible texts without the invisible marks that keep words together on a line."""
    return [t.replace("\u2060", "").replace("\u200b", "") for t in raw_texts(window)]


@pytest.mark.parametrize("language", ["ja", "en"])
def test_the_header_names_the_city_and_home_says_it_is_a_sample(kiosk, language):
    kiosk.session.start()
    kiosk.session.setLanguage(language)
    wait_for_frame(kiosk.window)
    board = load_sample_board()
    shown = texts(kiosk.window)
    assert board.city[language] in shown
    about = find_item(kiosk.window, "cityAbout").property("text").replace("\u2060", "")
    others = [text for text in shown if text != about]
    assert not any("架空" in text or "fictional" in text.lower() for text in others)
    assert ("架空" in about) if language == "ja" else ("fictional" in about)

    kiosk.session.openService("notices")
    wait_for_frame(kiosk.window)
    assert not any("架空" in text or "fictional" in text.lower() for text in texts(kiosk.window))


def test_the_sample_has_its_name_and_about_line_in_every_language():
    board = load_sample_board()
    for code in LANGUAGE_CODES:
        assert board.city[code] and "（" not in board.city[code] and "(" not in board.city[code]
        assert board.about[code]


def test_a_city_without_an_about_line_shows_none(make_kiosk, qtbot):
    kiosk = make_kiosk()
    city = kiosk.engine.singletonInstance("Kiosk", "App").property("city")
    city.replace_board(dataclasses.replace(load_sample_board(), about={}))
    kiosk.session.start()
    wait_for_frame(kiosk.window)
    with pytest.raises(LookupError):
        find_item(kiosk.window, "cityAbout")
