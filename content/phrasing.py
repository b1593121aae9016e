"""Line breaking at phrase boundaries: Japanese and Chinese split into BudouX phrases, kinsoku.

Qt's line breaker follows UAX #14, which lets Japanese and Chinese break between any two
characters (「印鑑登録証/明書」). :func:`typeset` makes a text that Qt (or any UAX #14 breaker)
breaks only between phrases: a U+2060 WORD JOINER goes between the characters inside each
phrase, while the breaker's own rules still keep 。、」ー off the start of a line and 「（ off its
end. A URL is kept whole, with a break allowed after each ``/`` of its path. やさしい日本語 marks a
reading as ``{漢字|かんじ}``; it is shown as 漢字（かんじ）, base and reading kept together, the
first time the word comes in a text.

The joiners are for display only: :func:`plain` removes them (print, compare, search) and
:func:`spoken` also drops the shown readings, for speech. :func:`wrap`
breaks a text into lines for layouts of our own (receipts, PDFs) at the same boundaries, with
the kinsoku rules Qt would apply.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import cache, lru_cache

import budoux

WORD_JOINER = "\u2060"
ZERO_WIDTH_SPACE = "\u200b"
_MARKERS = str.maketrans({WORD_JOINER: None, ZERO_WIDTH_SPACE: None})

# {base|reading}: a word of やさしい日本語 with its reading in kana
_READING = re.compile(r"\{([^{}|\n]+)\|([^{}|\n]+)\}")
# a word shown with its reading: kanji (and okurigana-free marks) then kana in full-width brackets
_SHOWN_READING = re.compile(
    r"([\u3005\u3006\u4e00-\u9fff\uf900-\ufaff]+)（([\u3041-\u309f\u30a0-\u30ffー]+)）"
)
_KANJI = re.compile(r"[\u3005\u3006\u4e00-\u9fff\uf900-\ufaff]")
# Qt's placeholders (%1, %L1, %n) are never split; URLs break only after '/'
_TOKEN = re.compile(
    r"(?P<reading>\{[^{}|\n]+\|[^{}|\n]+\})"
    r"|(?P<shown>[\u3005\u3006\u4e00-\u9fff\uf900-\ufaff]+（[\u3041-\u309f\u30a0-\u30ffー]+）)"
    r"|(?P<placeholder>%L?\d+|%n)"
    r"|(?P<url>(?:https?://|www\.)[!#-'*-;=?-Z_a-z~%]+"
    r"|[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:jp|com|org|net)(?:/[!#-'*-;=?-Z_a-z~%]*)?)"
)

# Kinsoku (JIS X 4051): what may not start a line, and what may not end one.
NO_LINE_START = frozenset(
    "、。，．,.:;：；!?！？‼⁇⁈⁉・･゠ー〜～…‥ヽヾゝゞ々〻"
    ")]}）］｝〕〉》」』】〙〗〟’”｠»"
    "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ"
    "%％℃°′″"
)
NO_LINE_END = frozenset("([{（［｛〔〈《「『【〘〖〝‘“｟«¥￥$＄£€#＃")

_SEGMENTED = {"ja": "ja", "ja-easy": "ja", "zh-Hans": "zh-hans", "zh-Hant": "zh-hant"}
_KEEP_ALL = frozenset({"ko"})  # Korean breaks between words, at spaces


@cache
def _parser(model: str) -> budoux.Parser:
    if model == "ja":
        return budoux.load_default_japanese_parser()
    if model == "zh-hans":
        return budoux.load_default_simplified_chinese_parser()
    return budoux.load_default_traditional_chinese_parser()


def plain(text: str) -> str:
    """``text`` without the joiners and break hints :func:`typeset` put in."""
    return text.translate(_MARKERS)


def show_readings(text: str) -> str:
    """Readings marked ``{漢字|かんじ}`` shown after their word, 漢字（かんじ）, the first time."""
    seen: set[str] = set()

    def shown(match: re.Match[str]) -> str:
        base, reading = match[1], match[2]
        if base in seen:
            return base
        seen.add(base)
        return f"{base}（{reading}）"

    return _READING.sub(shown, text)


def spoken(text: str) -> str:
    """``text`` as speech reads it: no joiners, and a word shown with its reading said once.

    The word is kept and its reading dropped: a Japanese voice reads 1日 and 印鑑 right, where
    the kana alone would lose the digits a reading stands beside.
    """
    text = _READING.sub(lambda m: m[1], plain(text))
    return _SHOWN_READING.sub(lambda m: m[1], text)


def searchable(text: str) -> str:
    """``text`` to search in: each word with a reading as written, then the text read in kana."""
    text = plain(text)
    written = spoken(text)
    read = _SHOWN_READING.sub(lambda m: m[2], _READING.sub(lambda m: m[2], text))
    return written if read == written else f"{written} {read}"


def segmented(language: str) -> bool:
    """True when :func:`typeset` breaks ``language`` at phrases rather than leaving it to Qt."""
    return language in _SEGMENTED or language in _KEEP_ALL


# How the gap before a character is treated.
_PHRASE = 0  # a break here only between phrases
_JOIN = 1  # never a break here
_FREE = 2  # a break allowed here (after a '/' of a URL)
_KEEP = 3  # inside a placeholder: nothing may be put in
_OPEN = 4  # the breaker's own rules decide (between two words that show their readings)

# A word whose reading makes it longer than this may break before its reading: in a narrow line
# 証明書 /（しょうめいしょ）を keeps kinsoku where Qt's last resort would give しょ /）を.
LONG_READING = 10


@lru_cache(maxsize=4096)
def typeset(text: str, language: str) -> str:
    """``text`` with readings shown and a WORD JOINER inside each phrase, for Qt's line breaker.

    Languages without phrase segmentation keep their text as it is, except URLs and readings.
    """
    text = plain(text)
    chars: list[str] = []
    rules: list[int] = []
    natural: list[str] = []  # the text as read, without readings, for the segmenter
    at: list[int] = []  # for each natural character, its index in chars

    def put(piece: str, first: int, rest: int, *, read: bool = True) -> None:
        for index, char in enumerate(piece):
            if read:
                natural.append(char)
                at.append(len(chars))
            chars.append(char)
            rules.append(first if index == 0 else rest)

    seen: set[str] = set()
    read_to: set[int] = set()  # where a shown reading ends
    position = 0
    for match in _TOKEN.finditer(text):
        put(text[position : match.start()], _PHRASE, _PHRASE)
        position = match.end()
        token = match[0]
        if match["reading"] or match["shown"]:
            found = _READING.fullmatch(token) or _SHOWN_READING.fullmatch(token)
            base, reading = found.groups()  # type: ignore[union-attr]
            put(base, _PHRASE, _JOIN)
            if base not in seen:  # a word's reading is shown once in a text
                long = len(base) + len(reading) + 2 > LONG_READING
                put(f"（{reading}）", _OPEN if long else _JOIN, _JOIN, read=False)
                seen.add(base)
                read_to.add(len(chars))
        elif match["placeholder"]:
            put(token, _PHRASE, _KEEP)
        else:
            start = len(chars)
            put(token, _PHRASE, _JOIN)
            for index in range(start + 1, len(chars)):
                if chars[index - 1] == "/" and chars[index] != "/":
                    rules[index] = _FREE
    put(text[position:], _PHRASE, _PHRASE)

    boundaries = _boundaries("".join(natural), language)
    between = {at[index] for index in boundaries if index < len(at)}
    out: list[str] = []
    for index, char in enumerate(chars):
        if index:
            rule, before = rules[index], chars[index - 1]
            if index in read_to and _KANJI.fullmatch(char):
                rule = _OPEN  # 印鑑（いんかん）登録（とうろく）: a break between the words
            if rule in (_KEEP, _OPEN) or before.isspace() or char.isspace():
                pass
            elif rule == _FREE:
                out.append(ZERO_WIDTH_SPACE)
            elif rule == _JOIN or (segmented(language) and index not in between):
                out.append(WORD_JOINER)
        out.append(char)
    return "".join(out)


def _boundaries(natural: str, language: str) -> set[int]:
    """Indices of ``natural`` where a phrase starts (0 excluded)."""
    if language in _KEEP_ALL:
        return {i for i in range(1, len(natural)) if natural[i - 1].isspace()}
    model = _SEGMENTED.get(language)
    if model is None or not natural:
        return set()
    found, end = set(), 0
    for chunk in _parser(model).parse(natural):
        if len(chunk) > LONG_PHRASE:
            found |= {end + i for i in _particles(chunk)}
        end += len(chunk)
        found.add(end)
    return found


# A phrase longer than this may also break before its particles (マイナンバーカード|で、), so that a
# narrow line has a better break than Qt's cut anywhere, which would start a line with 、.
LONG_PHRASE = 8


def _hiragana(char: str) -> bool:
    return "\u3041" <= char <= "\u309f"


def _particles(chunk: str) -> list[int]:
    """Indices in ``chunk`` where hiragana follow a word in kanji, katakana or Latin letters."""
    return [
        i
        for i in range(2, len(chunk) - 1)
        if _hiragana(chunk[i]) and not _hiragana(chunk[i - 1]) and chunk[i - 1] not in "ー々"
    ]


def _wide(char: str) -> bool:
    return unicodedata.east_asian_width(char) in ("W", "F")


def _breakable(line: str, after: str) -> bool:
    """True when a line may end with ``line`` and the next begin with ``after``."""
    before = line[-1]
    if after.isspace():
        return False
    if before.isspace():
        return line.rstrip()[-1:] not in NO_LINE_END  # 「 and （ hold on across spaces
    if after in NO_LINE_START or before in NO_LINE_END:
        return False
    return _wide(before) or _wide(after)  # Latin words and numbers stay whole


def pieces(text: str, language: str) -> list[str]:
    """``text`` cut where a line may break, as :func:`typeset` and kinsoku allow (no joiners)."""
    marked = typeset(text, language)
    found: list[str] = []
    current = ""
    glued = False
    free = False
    for char in marked:
        if char == WORD_JOINER:
            glued = True
            continue
        if char == ZERO_WIDTH_SPACE:
            free = True
            continue
        if current and not glued and (free or _breakable(current, char)):
            found.append(current)
            current = ""
        current += char
        glued = free = False
    if current:
        found.append(current)
    return found


def wrap(text: str, fits: Callable[[str], bool], language: str) -> list[str]:
    """``text`` broken into lines that ``fits`` accepts, between phrases, with kinsoku.

    A phrase longer than a line is cut between characters, still keeping 。、」 off the start of
    a line. Spaces at the end of a line are dropped. Each newline starts a new line.
    """
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for piece in pieces(paragraph, language):
            if fits((line + piece).rstrip()):
                line += piece
                continue
            if line.strip():
                lines.append(line.rstrip())
            line = piece.lstrip()
            if not fits(line.rstrip()):
                *full, line = _cut(line, fits)
                lines += full
        lines.append(line.rstrip())
    return lines


def _cut(piece: str, fits: Callable[[str], bool]) -> list[str]:
    """A piece wider than a line, cut between characters; the last part is still open."""
    parts: list[str] = []
    current = ""
    for char in piece:
        if current and not fits(current + char):
            at = _cut_at(current + char, len(current))
            parts.append(current[:at])
            current = current[at:]
        current += char
    parts.append(current)
    return parts


def _cut_at(text: str, end: int) -> int:
    """Where to cut ``text`` at ``end`` or before, keeping kinsoku; before a bracket first."""
    # before the last opening bracket, a word's reading moves to the next line whole
    opening = max((i for i in range(1, end) if text[i] in NO_LINE_END), default=0)
    if opening:
        return opening
    for at in range(end, 0, -1):
        if text[at] not in NO_LINE_START and text[at - 1] not in NO_LINE_END:
            return at
    return end
