"""The languages a terminal can speak, with their native names, fonts and speech locales."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Language:
    """One UI language: its code, its name in itself, and how to render and speak it."""

    code: str
    native_name: str
    font_family: str
    speech_locale: str
    keyboard_locale: str


LANGUAGES: tuple[Language, ...] = (
    Language("ja", "日本語", "Noto Sans CJK JP", "ja_JP", "ja_JP"),
    Language("ja-easy", "やさしい にほんご", "Noto Sans CJK JP", "ja_JP", "ja_JP"),
    Language("en", "English", "Noto Sans", "en_US", "en_US"),
    Language("zh-Hans", "中文（简体）", "Noto Sans CJK SC", "zh_CN", "zh_CN"),
    Language("ko", "한국어", "Noto Sans CJK KR", "ko_KR", "ko_KR"),
    Language("pt-BR", "Português", "Noto Sans", "pt_BR", "pt_BR"),
    Language("vi", "Tiếng Việt", "Noto Sans", "vi_VN", "vi_VN"),
)

LANGUAGE_CODES: tuple[str, ...] = tuple(lang.code for lang in LANGUAGES)
_BY_CODE = {lang.code: lang for lang in LANGUAGES}


def language(code: str) -> Language:
    """Return the language with ``code``; raise ``KeyError`` for a code we do not ship."""
    return _BY_CODE[code]


_EN_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def format_date(iso_date: str, code: str) -> str:
    """A YYYY-MM-DD date as a resident reading ``code`` writes it (e.g. 2026年11月20日)."""
    year, month, day = (int(part) for part in iso_date.split("-"))
    if code in ("ja", "ja-easy", "zh-Hans"):
        return f"{year}年{month}月{day}日"
    if code == "ko":
        return f"{year}년 {month}월 {day}일"
    if code == "en":
        return f"{day} {_EN_MONTHS[month - 1]} {year}"
    return f"{day:02d}/{month:02d}/{year}"


_DOT_GROUPING = frozenset({"pt-BR", "vi"})


def group_digits(amount: int, code: str) -> str:
    """``amount`` with thousands grouped as a reader of ``code`` writes them (4,500 or 4.500)."""
    text = f"{amount:,}"
    return text.replace(",", ".") if code in _DOT_GROUPING else text
