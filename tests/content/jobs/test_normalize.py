"""Normalisation: one fold for listing text and search words."""

import pytest

from content.jobs.normalize import alternatives, normalize, words


@pytest.mark.parametrize(
    ("typed", "folded"),
    [
        ("ｶｲｺﾞ", "カイゴ"),
        ("かいご", "カイゴ"),
        ("カイゴ", "カイゴ"),
        ("ﾊﾟｰﾄ", "パート"),
        ("ＰＣ", "pc"),
        ("Ｅｘｃｅｌ", "excel"),
        ("１２０日", "120日"),
        ("髙橋", "高橋"),
        ("山﨑", "山崎"),
        ("濵田", "浜田"),
        ("渡邊", "渡辺"),
        ("コンピュ-タ", "コンピュータ"),
        ("ヘルパ―", "ヘルパー"),
        ("介護　 職員", "介護 職員"),
        ("ゔぁ", "ヴァ"),
    ],
)
def test_folds_widths_scripts_old_forms_and_dashes(typed, folded):
    assert normalize(typed) == folded


def test_words_split_on_any_space_and_drop_repeats():
    assert words("介護　ﾊﾟｰﾄ  介護 ") == ("介護", "パート")
    assert words("   ") == ()


def test_kana_readings_and_synonyms_find_each_other():
    assert "介護" in alternatives(normalize("かいご"))
    assert "介護" in alternatives(normalize("ｶｲｺﾞ"))
    assert "カイゴ" in alternatives("介護")
    assert set(alternatives("パート")) >= {"パート", "アルバイト"}
    assert "運転手" in alternatives(normalize("ドライバー"))
    assert alternatives("保育補助") == ("保育補助",)


def test_dakuten_is_kept():
    assert normalize("ガイド") != normalize("カイト")
