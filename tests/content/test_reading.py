"""Japanese readings an announcer would give, and what other voices get."""

from __future__ import annotations

import pytest

from content.reading import day, digits, kana, number, speakable, unread


@pytest.mark.parametrize(
    ("n", "words"),
    [
        (0, "ぜろ"), (10, "じゅう"), (11, "じゅういち"), (100, "ひゃく"), (300, "さんびゃく"),
        (450, "よんひゃくごじゅう"), (600, "ろっぴゃく"), (800, "はっぴゃく"), (1000, "せん"),
        (3000, "さんぜん"), (8000, "はっせん"), (10000, "いちまん"), (2026, "にせんにじゅうろく"),
        (120000000, "いちおくにせんまん"),
    ],
)  # fmt: skip
def test_numbers(n, words):
    assert number(n) == words


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("令和8年12月2日", "れいわはちねんじゅうにがつふつか"),
        ("令和元年5月1日", "れいわがんねんごがつついたち"),
        ("2026年4月20日", "にせんにじゅうろくねんしがつはつか"),
        ("450円", "よんひゃくごじゅうえん"),
        ("1,200円", "せんにひゃくえん"),
        ("¥300", "さんびゃくえん"),
        ("3通", "さんつう"),
        ("1通", "いっつう"),
        ("10通", "じゅっつう"),
        ("1枚", "いちまい"),
        ("6回", "ろっかい"),
        ("3階", "さんがい"),
        ("1人", "ひとり"),
        ("4人", "よにん"),
        ("3分", "さんぷん"),
        ("2分", "にふん"),
        ("20秒", "にじゅうびょう"),
        ("9時30分", "くじさんじゅっぷん"),
        ("8:45", "はちじよんじゅうごふん"),
        ("17:00", "じゅうななじ"),
        ("9:00〜17:00", "くじからじゅうななじ"),
        ("03-1234-5678", "ゼロサンノイチニイサンヨンノゴオロクナナハチ"),
        ("〒123-4567", "ゆうびんばんごうイチニイサンノヨンゴオロクナナ"),
        ("音量 3/4", "音量 よんぶんのさん"),
        ("PINを入力", "ピンを入力"),
        ("LED表示板", "エルイーディー表示板"),
        ("IC カード", "アイシー カード"),
    ],
)
def test_announcer_readings_of_japanese(text, said):
    assert speakable(text, "ja") == said


def test_easy_japanese_speaks_the_kana_it_gives():
    assert speakable("{暗証番号|あんしょうばんごう}を {入力|にゅうりょく}", "ja-easy") == (
        "あんしょうばんごうを にゅうりょく"
    )
    # a reading shown on screen (漢字（かな）) is spoken once, as its kana
    assert speakable("\u2060証明書（しょうめいしょ）を", "ja-easy") == "しょうめいしょを"


def test_whole_reading_in_katakana_leaves_nothing_unread():
    reading = kana("手数料は1通450円です。令和8年12月2日に発行します。")
    assert reading == (
        "テスウリョウハイッツウヨンヒャクゴジュウエンデス。"
        "レイワハチネンジュウニガツフツカニハッコウシマス。"
    )
    assert unread(reading) == ""
    assert unread("ジュウミン票") == "票"


def test_other_languages_keep_their_text_but_say_latin_words_in_their_own_voice():
    assert speakable("IC카드를 대 주세요", "ko") == "아이씨카드를 대 주세요"
    assert speakable("请使用IC卡", "zh-Hans") == "请使用ai4 xi1卡"
    assert speakable("Đặt thẻ My Number", "vi") == "Đặt thẻ Mai Nam bơ"
    assert speakable("Volume 3/4", "en") == "Volume 3 of 4"
    assert speakable("언어 / Language", "ko") == "언어"
    assert speakable("Language", "en") == "Language"
    assert speakable("Call 042-438-4000.", "en") == "Call 0 4 2, 4 3 8, 4 0 0 0."
    # Japanese words say the reading the text gives them, or are left out
    assert speakable("such as 介護 (kaigo) or 事務", "en") == "such as kaigo or"
    assert speakable("'介護(카이고)' 같은", "ko") == "'카이고' 같은"
    assert speakable("全职・兼职", "zh-Hans") == "全职、兼职"
    assert speakable("아침부터(5시~10시 시작)", "ko") == "아침부터(5시 에서 10시 시작)"
    assert speakable("추가(3번째 / 최대 4건)", "ko") == "추가(3번째, 최대 4건)"
    assert speakable("Phiếu mang đến Hello Work", "vi") == "Phiếu mang đến Hê lô Guốc"
    assert speakable("Ligue 0120-000-000", "pt-BR") == "Ligue 0 1 2 0, 0 0 0, 0 0 0"


def test_days_and_digits():
    assert [day(n) for n in (1, 10, 14, 20, 24, 25)] == [
        "ついたち", "とおか", "じゅうよっか", "はつか", "にじゅうよっか", "にじゅうごにち",
    ]  # fmt: skip
    assert digits("0120-45") == "ぜろいちにいぜろのよんごお"
