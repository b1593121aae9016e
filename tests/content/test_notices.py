"""City notices: the bundled sample board, and clear errors for bad notice files."""

import json

import pytest

from content.config import ConfigError
from content.languages import LANGUAGE_CODES
from content.notices import load_notice_board, load_sample_board


def texts(word):
    return {code: f"{word} ({code})" for code in LANGUAGE_CODES}


def notice(notice_id="n1", **changes):
    data = {
        "id": notice_id,
        "category": "events",
        "published": "2026-11-01",
        "url": "https://city.example/n1",
        "title": texts("title"),
        "body": texts("body"),
    }
    return {**data, **changes}


def slide(notice_id=None, **changes):
    data = {
        "id": "s1",
        "notice": notice_id,
        "accent": "#0B4F8A",
        "headline": texts("headline"),
        "text": texts("text"),
    }
    return {**data, **changes}


def write_json(path, data):
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def board_error(path, slides_path=None):
    with pytest.raises(ConfigError) as info:
        load_notice_board(path, slides_path)
    assert str(path) in str(info.value)
    return info.value


# -- the bundled sample -----------------------------------------------------------------------


@pytest.fixture(scope="module")
def sample():
    return load_sample_board()


def test_sample_has_notices(sample):
    assert len(sample.notices) >= 5


def test_sample_speaks_every_language(sample):
    for code in LANGUAGE_CODES:
        assert sample.city[code].strip()
        for n in sample.notices:
            assert n.title[code].strip(), (n.id, code)
            assert n.body[code].strip(), (n.id, code)


def test_sample_slides_point_to_existing_notices(sample):
    assert sample.slides
    ids = {n.id for n in sample.notices}
    for s in sample.slides:
        assert s.notice is None or s.notice in ids


def test_sample_urls_are_https(sample):
    for n in sample.notices:
        assert n.url.startswith("https://"), n.id


def test_valid_board_loads(tmp_path):
    notices = write_json(tmp_path / "notices.json", {"city": texts("city"), "notices": [notice()]})
    slides = write_json(tmp_path / "attract.json", {"slides": [slide("n1")]})
    board = load_notice_board(notices, slides)
    assert board.notice("n1").title["vi"] == "title (vi)"
    assert board.slides[0].notice == "n1"


# -- bad files ------------------------------------------------------------------------------


def test_invalid_json_names_the_line(tmp_path):
    path = tmp_path / "notices.json"
    path.write_text('{\n  "city": {},\n  "notices": [,]\n}\n', encoding="utf-8")
    error = board_error(path)
    assert "not valid JSON" in str(error)
    assert "line 3" in str(error)


def test_notice_missing_a_language(tmp_path):
    title = texts("title")
    del title["vi"]
    path = write_json(
        tmp_path / "notices.json", {"city": texts("city"), "notices": [notice(title=title)]}
    )
    error = board_error(path)
    assert [p.path for p in error.problems] == ["notices[0].title"]
    assert "vi" in error.problems[0].message


def test_blank_text_counts_as_missing(tmp_path):
    body = {**texts("body"), "ko": "   "}
    path = write_json(
        tmp_path / "notices.json", {"city": texts("city"), "notices": [notice(body=body)]}
    )
    error = board_error(path)
    assert [p.path for p in error.problems] == ["notices[0].body"]
    assert "ko" in error.problems[0].message


def test_duplicate_notice_ids(tmp_path):
    path = write_json(
        tmp_path / "notices.json", {"city": texts("city"), "notices": [notice("a"), notice("a")]}
    )
    error = board_error(path)
    assert [p.path for p in error.problems] == ["notices"]
    assert "unique" in str(error)


@pytest.mark.parametrize("published", ["2026-13-01", "1 Nov 2026", "20261101", "2026-W44-1"])
def test_published_must_be_yyyy_mm_dd(tmp_path, published):
    # The browser sorts notices by this string, so only one spelling of a date may pass.
    path = write_json(
        tmp_path / "notices.json",
        {"city": texts("city"), "notices": [notice(published=published)]},
    )
    error = board_error(path)
    assert [p.path for p in error.problems] == ["notices[0].published"]


def test_slide_pointing_to_unknown_notice(tmp_path):
    notices = write_json(tmp_path / "notices.json", {"city": texts("city"), "notices": [notice()]})
    slides = write_json(tmp_path / "attract.json", {"slides": [slide("no-such-notice")]})
    with pytest.raises(ConfigError) as info:
        load_notice_board(notices, slides)
    assert [p.path for p in info.value.problems] == ["slides[0].notice"]
    assert "'no-such-notice'" in str(info.value)
    assert str(slides) in str(info.value)


def test_bad_slide_names_the_slides_file(tmp_path):
    notices = write_json(tmp_path / "notices.json", {"city": texts("city"), "notices": [notice()]})
    slides = write_json(tmp_path / "attract.json", {"slides": [slide(accent="blue")]})
    with pytest.raises(ConfigError) as info:
        load_notice_board(notices, slides)
    assert [p.path for p in info.value.problems] == ["slides[0].accent"]
    assert str(slides) in str(info.value)


def test_slides_file_without_slides_table(tmp_path):
    notices = write_json(tmp_path / "notices.json", {"city": texts("city"), "notices": [notice()]})
    slides = write_json(tmp_path / "attract.json", [slide()])
    with pytest.raises(ConfigError) as info:
        load_notice_board(notices, slides)
    assert str(slides) in str(info.value)
    assert "expected a table" in str(info.value)


def test_not_utf8(tmp_path):
    path = tmp_path / "notices.json"
    path.write_bytes('{"city": {"ja": "市"}}'.encode("shift_jis"))
    error = board_error(path)
    assert "not UTF-8" in str(error)


def test_missing_file(tmp_path):
    error = board_error(tmp_path / "notices.json")
    assert "file not found" in str(error)
