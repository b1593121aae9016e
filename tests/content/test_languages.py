"""The languages a terminal speaks."""

import pytest

from content.languages import LANGUAGE_CODES, LANGUAGES, format_date, language


def test_the_seven_languages_in_order():
    assert LANGUAGE_CODES == ("ja", "ja-easy", "en", "zh-Hans", "ko", "pt-BR", "vi")
    assert all(lang.native_name for lang in LANGUAGES)


def test_unknown_code():
    with pytest.raises(KeyError):
        language("xx")


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("ja", "2026年11月5日"),
        ("ja-easy", "2026年11月5日"),
        ("zh-Hans", "2026年11月5日"),
        ("ko", "2026년 11월 5일"),
        ("en", "5 November 2026"),
        ("pt-BR", "05/11/2026"),
        ("vi", "05/11/2026"),
    ],
)
def test_dates_as_each_language_writes_them(code, expected):
    assert format_date("2026-11-05", code) == expected
