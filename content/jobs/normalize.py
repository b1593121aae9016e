"""One normalisation for listing text and search words, used alike by gateway and terminal.

NFKC (full/half width), lower case, hiragana folded to katakana, dash-like marks after kana
read as the long-vowel mark, a small table of old kanji forms, and whitespace collapsed. Words
are then expanded through a small synonym table (パート ⇔ アルバイト, かいご ⇔ 介護 …).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

# 旧字体 / 異体字 that NFKC leaves alone, mapped to the form listings usually use.
OLD_FORMS: dict[str, str] = {
    "髙": "高",
    "﨑": "崎",
    "嵜": "崎",
    "濵": "浜",
    "濱": "浜",
    "邊": "辺",
    "邉": "辺",
    "齋": "斎",
    "齊": "斉",
    "澤": "沢",
    "廣": "広",
    "國": "国",
    "實": "実",
    "櫻": "桜",
    "龍": "竜",
    "會": "会",
    "團": "団",
    "與": "与",
    "藝": "芸",
    "學": "学",
    "勞": "労",
    "醫": "医",
    "藥": "薬",
    "縣": "県",
    "驛": "駅",
    "險": "険",
    "營": "営",
    "壽": "寿",
    "德": "徳",
    "惠": "恵",
    "眞": "真",
    "顯": "顕",
    "淺": "浅",
    "圓": "円",
}

_DASHES = "-‐‑‒–—―−ｰ"
_KANA_BEFORE = re.compile(r"(?<=[\u30a1-\u30fc])[" + re.escape(_DASHES) + r"]")
_SPACE = re.compile(r"\s+")
_OLD = str.maketrans(OLD_FORMS)
_HIRA_TO_KATA = {code: code + 0x60 for code in range(0x3041, 0x3097)}
_HIRA_TO_KATA.update({0x309D: 0x30FD, 0x309E: 0x30FE})


def normalize(text: str) -> str:
    """Fold ``text`` into the form that is indexed and searched."""
    text = unicodedata.normalize("NFKC", text).lower()
    text = text.translate(_HIRA_TO_KATA).translate(_OLD)
    text = _KANA_BEFORE.sub("ー", text)
    return _SPACE.sub(" ", text).strip()


# Groups of words that find each other. Readings in kana let a person who types かいご or
# ｶｲｺﾞ find 介護. Every entry is normalised before use.
SYNONYMS: tuple[tuple[str, ...], ...] = (
    ("パート", "アルバイト", "バイト"),
    ("ドライバー", "運転手"),
    ("ヘルパー", "介護職", "ケアワーカー"),
    ("看護師", "ナース"),
    ("se", "システムエンジニア"),
    ("調理", "キッチン", "厨房"),
    ("警備", "ガードマン"),
    ("事務", "じむ"),
    ("介護", "かいご"),
    ("保育", "ほいく"),
    ("看護", "かんご"),
    ("清掃", "せいそう"),
    ("警備員", "けいびいん"),
    ("調理師", "ちょうりし"),
    ("運転", "うんてん"),
    ("販売", "はんばい"),
    ("倉庫", "そうこ"),
    ("製造", "せいぞう"),
    ("営業", "えいぎょう"),
    ("保育士", "ほいくし"),
    ("介護福祉士", "かいごふくしし"),
    ("薬剤師", "やくざいし"),
    ("受付", "うけつけ"),
    ("接客", "せっきゃく"),
)

_GROUPS: dict[str, tuple[str, ...]] = {}
for _group in SYNONYMS:
    _members = tuple(dict.fromkeys(normalize(word) for word in _group))
    for _word in _members:
        _GROUPS[_word] = tuple(dict.fromkeys((*_GROUPS.get(_word, ()), *_members)))


def words(query: str) -> tuple[str, ...]:
    """The normalised search words of ``query`` (split on any space), without repeats."""
    return tuple(dict.fromkeys(w for w in normalize(query).split(" ") if w))


def alternatives(word: str) -> tuple[str, ...]:
    """A normalised word and its synonyms; a listing matches the word if it holds any of them."""
    return _GROUPS.get(word, (word,))


def join_fields(title: str, parts: Iterable[str | None]) -> str:
    """The search text: normalised title, a line break, then the other fields.

    Fields are joined by spaces: a search word never holds a space, so it never spans two
    fields. The first line (the title) is what relevance weighs most.
    """
    return normalize(title) + "\n" + normalize(" ".join(p for p in parts if p))
