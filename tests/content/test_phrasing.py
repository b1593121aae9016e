"""Phrase line breaking: joiners inside phrases, URLs and placeholders whole, kinsoku, readings."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from content.phrasing import (
    NO_LINE_END,
    NO_LINE_START,
    WORD_JOINER,
    ZERO_WIDTH_SPACE,
    pieces,
    plain,
    searchable,
    show_readings,
    spoken,
    typeset,
    wrap,
)

# Words that a character breaker splits today; each must come out of the breaker whole.
WHOLE = [
    ("印鑑登録証明書が必要です", "印鑑登録証明書"),
    ("QRコードを読み取ってください", "QRコード"),
    ("ICカード（電子マネー）で払う", "（電子マネー）"),
    ("マイナンバーカードを置いてください", "マイナンバーカード"),
]


def test_the_joiner_goes_inside_phrases_and_nowhere_else():
    marked = typeset("印鑑登録証明書を発行します", "ja")
    assert plain(marked) == "印鑑登録証明書を発行します"
    assert marked.replace(WORD_JOINER, "·") == "印·鑑·登·録·証·明·書·を発·行·し·ま·す"


@pytest.mark.parametrize(("text", "word"), WHOLE)
def test_no_break_inside_a_word(text, word):
    assert any(word in piece for piece in pieces(text, "ja"))
    for width in range(len(word), 20):
        lines = wrap(text, lambda line, w=width: len(line) <= w, "ja")
        assert any(word in line for line in lines), (width, lines)


def test_placeholders_are_never_split():
    marked = typeset("あと%1秒で%L2回目です。%nこ", "ja")
    for token in ("%1", "%L2", "%n"):
        assert token in marked


def test_a_url_is_whole_and_breaks_only_after_a_slash():
    url = "https://www.city.example.jp/kotei-shisanzei/index.html"
    marked = typeset(f"詳しくは {url} を見てください", "ja")
    assert plain(marked) == f"詳しくは {url} を見てください"
    found = [p.strip() for p in pieces(f"詳しくは {url} を見てください", "ja")]
    assert found[1:5] == ["https://", "www.city.example.jp/", "kotei-shisanzei/", "index.html"]
    assert marked.count(ZERO_WIDTH_SPACE) == 3  # after each '/' that ends a run of them


def test_an_english_url_keeps_its_words_and_its_path_breaks():
    marked = typeset("See www.city.example.jp/tax/kotei-shisanzei today", "en")
    assert WORD_JOINER in marked
    assert plain(marked) == "See www.city.example.jp/tax/kotei-shisanzei today"
    assert typeset("Place your card", "en") == "Place your card"


def test_korean_breaks_at_spaces_only():
    assert pieces("카드를 리더기에 올려 주세요", "ko") == [
        "카드를 ",
        "리더기에 ",
        "올려 ",
        "주세요",
    ]


def test_chinese_is_segmented():
    marked = typeset("请把卡放在读卡器上", "zh-Hans")
    assert WORD_JOINER in marked
    assert plain(marked) == "请把卡放在读卡器上"


def test_readings_are_shown_kept_with_their_word_and_said_once():
    text = "{印鑑|いんかん}の{登録|とうろく}は{無料|むりょう}です"
    assert show_readings(text) == "印鑑（いんかん）の登録（とうろく）は無料（むりょう）です"
    marked = typeset(text, "ja-easy")
    assert plain(marked) == show_readings(text)
    assert "印⁠鑑⁠（⁠い⁠ん⁠か⁠ん⁠）" in marked
    for piece in pieces(text, "ja-easy"):
        assert piece.count("（") == piece.count("）")
    assert spoken(marked) == "印鑑の登録は無料です"  # said once, as the voice reads kanji
    assert spoken(text) == "印鑑の登録は無料です"
    assert spoken(show_readings("10月{1日|ついたち}から")) == "10月1日から"
    assert spoken("ICカード（電子マネー）") == "ICカード（電子マネー）"  # not a reading


def test_a_reading_is_shown_the_first_time_its_word_comes():
    text = "お{金|かね}を {入|い}れて ください。お{金|かね}は {返|かえ}します。"
    assert show_readings(text) == "お金（かね）を 入（い）れて ください。お金は 返（かえ）します。"
    assert plain(typeset(text, "ja-easy")) == show_readings(text)
    assert typeset(typeset(text, "ja-easy"), "ja-easy") == typeset(text, "ja-easy")


def test_a_compound_may_break_between_its_words_each_with_its_reading():
    text = "{印鑑|いんかん}{登録|とうろく}{証明書|しょうめいしょ}を {出|だ}します"
    assert pieces(text, "ja-easy") == [
        "印鑑（いんかん）",
        "登録（とうろく）",
        "証明書",
        "（しょうめいしょ）を ",
        "出（だ）します",
    ]
    # a word with a long reading may lose it to the next line, nowhere else
    long = "{利用者証明用電子証明書|りようしゃしょうめいようでんししょうめいしょ}"
    assert pieces(long, "ja-easy")[0] == "利用者証明用電子証明書"
    assert pieces("{住民票|じゅうみんひょう}の", "ja-easy") == ["住民票", "（じゅうみんひょう）の"]
    assert pieces("{機械|きかい}の", "ja-easy") == ["機械（きかい）の"]  # short: kept together


def test_search_finds_a_word_or_its_reading():
    text = searchable(show_readings("{年末年始|ねんまつねんし}は{休|やす}みです"))
    assert "年末年始は休みです" in text
    assert "ねんまつねんしはやすみです" in text


def test_typeset_is_idempotent():
    once = typeset("{印鑑|いんかん}を{出|だ}します https://example.jp/a/b", "ja-easy")
    assert typeset(once, "ja-easy") == once


def test_kinsoku_on_emergency_cuts():
    # one phrase wider than the line: cut between characters, never before 」 or 。
    lines = wrap("「アイウエオカキクケ」。", lambda line: len(line) <= 5, "ja")
    assert "".join(lines) == "「アイウエオカキクケ」。"
    assert all(line[0] not in NO_LINE_START for line in lines)


def test_newlines_start_new_lines_and_spaces_do_not_end_them():
    lines = wrap("受付 時間\n午前9時から", lambda line: len(line) <= 4, "ja")
    assert lines[0] == "受付"
    assert "午前9時から" in "".join(lines[2:])


JAPANESE = st.text(
    alphabet=st.sampled_from(
        list(
            "あいうえおかきくけこのをはがでにしますカードマイナンバー"
            "印鑑登録証明書市役所。、「」（）ー・ "
        )
        + list("ABC12")
    ),
    max_size=60,
)


@given(JAPANESE, st.integers(min_value=3, max_value=30))
def test_wrap_loses_nothing_fits_and_keeps_kinsoku(text, width):
    lines = wrap(text, lambda line: len(line) <= width, "ja")
    assert all(len(line) <= width for line in lines)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")
    for before, after in itertools.pairwise(lines):
        if before and after and len(before) < width - 1:  # a line cut by choice, not by force
            assert after[0] not in NO_LINE_START, lines
            assert before[-1] not in NO_LINE_END, lines


MIXED = st.lists(
    st.sampled_from(
        [
            *"あいうカード印鑑証明書。、「」（）ー %1Lnhttps:/w.jp-{|}漢字かんじ",
            *("https://www.city.example.jp/a/b", "{漢字|かんじ}", "%2"),
        ]
    ),
    max_size=30,
).map("".join)


@given(MIXED, st.sampled_from(["ja", "ja-easy", "zh-Hans", "ko", "en", "vi"]))
def test_typeset_only_adds_joiners_and_readings_and_is_idempotent(text, language):
    marked = typeset(text, language)
    assert plain(marked) == show_readings(text)
    assert spoken(marked) == spoken(show_readings(text))
    if "{" not in text:  # a shown reading cannot tell where its word begins: 市立第二（だいに）
        assert typeset(marked, language) == marked
