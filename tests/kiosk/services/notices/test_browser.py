"""Searching the city's notices: order, width/case folding, several words."""

from content.languages import LANGUAGE_CODES
from content.notices import Notice, NoticeBoard
from kiosk.services.notices.core.browser import NoticeBrowser


def make_notice(notice_id, published, title_en, body_en="", title_ja="お知らせ"):
    title = {code: title_en for code in LANGUAGE_CODES} | {"ja": title_ja}
    body = {code: body_en or "Details." for code in LANGUAGE_CODES} | {
        "ja": "詳しくは市のサイトへ。"
    }
    return Notice(
        id=notice_id,
        category="events",
        published=published,
        url=f"https://city.example/{notice_id}",
        title=title,
        body=body,
    )


BOARD = NoticeBoard(
    city=dict.fromkeys(LANGUAGE_CODES, "City"),
    notices=(
        make_notice("tax", "2026-10-01", "Property tax", "Pay at a store with the QR code."),
        make_notice("festival", "2026-11-20", "Citizens' Festival", "Food stalls and music."),
        make_notice(
            "waste", "2026-11-05", "Year-end waste", "No pickup.", title_ja="ＱＲコード案内"
        ),
    ),
)


def visible_ids(browser, language="en"):
    return [n.id for n in browser.visible(language)]


def test_newest_first_without_query():
    assert visible_ids(NoticeBrowser(BOARD)) == ["festival", "waste", "tax"]


def test_case_is_folded():
    browser = NoticeBrowser(BOARD)
    browser.query = "FESTIVAL"
    assert visible_ids(browser) == ["festival"]
    browser.query = "qr"
    assert visible_ids(browser) == ["tax"]


def test_full_width_query_matches_half_width_text():
    browser = NoticeBrowser(BOARD)
    browser.query = "ＱＲ"
    assert visible_ids(browser) == ["tax"]


def test_half_width_query_matches_full_width_text():
    browser = NoticeBrowser(BOARD)
    browser.query = "qr"
    assert visible_ids(browser, "ja") == ["waste"]


def test_every_word_must_match():
    browser = NoticeBrowser(BOARD)
    browser.query = "pay  qr"
    assert visible_ids(browser) == ["tax"]
    browser.query = "pay music"
    assert visible_ids(browser) == []


def test_full_width_space_separates_words():
    browser = NoticeBrowser(BOARD)
    browser.query = "food\u3000music"
    assert visible_ids(browser) == ["festival"]


def test_no_match_is_empty():
    browser = NoticeBrowser(BOARD)
    browser.query = "gomi"
    assert browser.visible("en") == []


def test_blank_query_shows_all():
    browser = NoticeBrowser(BOARD)
    browser.query = "   "
    assert visible_ids(browser) == ["festival", "waste", "tax"]


def test_reset_clears_query_and_selection():
    browser = NoticeBrowser(BOARD)
    browser.query = "tax"
    browser.selected = "tax"
    browser.reset()
    assert browser.query == ""
    assert browser.selected is None
    assert len(browser.visible("en")) == 3
