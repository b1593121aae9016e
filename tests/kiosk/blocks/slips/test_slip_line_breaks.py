"""Slips break their paragraphs where the screens do: between phrases, with kinsoku."""

from __future__ import annotations

from devices.receipt.codec import encode
from devices.receipt.document import Logo, Paper, Text, display_columns
from kiosk.blocks.slips.receipt_printer import SlipPrinter
from kiosk.blocks.slips.slip import Pair, Slip
from kiosk.blocks.slips.slip import Text as SlipText

WJ = "\u2060"
SENTENCE = "マイナンバーカードで、住民票の写し、印鑑登録証明書、課税証明書などが取れます。"


def lines_of(slip: Slip, tmp_path, paper: Paper = Paper.MM58) -> list[str]:
    receipt = SlipPrinter(object(), paper=paper).layout(slip, tmp_path)  # type: ignore[arg-type]
    return [b.text for b in receipt.blocks if isinstance(b, Text)]


def test_a_japanese_paragraph_breaks_between_phrases_and_fits(tmp_path):
    lines = lines_of(Slip("ja", (SlipText(SENTENCE),)), tmp_path)
    assert "".join(lines) == SENTENCE
    assert all(display_columns(line) <= Paper.MM58.columns for line in lines)
    joined = "|".join(lines)
    for word in ("マイナンバーカード", "住民票", "印鑑登録証明書", "課税証明書"):
        assert word in joined, lines
    assert not any(line.startswith(("、", "。")) for line in lines)


def test_big_text_breaks_at_half_the_columns(tmp_path):
    lines = lines_of(Slip("ja", (SlipText("印鑑登録証明書の領収書", big=True),)), tmp_path)
    assert lines == ["印鑑登録証明書の", "領収書"]


def test_easy_japanese_prints_readings_beside_their_words_and_no_joiner(tmp_path):
    slip = Slip(
        "ja-easy", (SlipText("{印鑑登録証明書|いんかんとうろくしょうめいしょ}を {出|だ}しました"),)
    )
    receipt = SlipPrinter(object(), paper=Paper.MM58).layout(slip, tmp_path)  # type: ignore[arg-type]
    lines = [b.text for b in receipt.blocks if isinstance(b, Text)]
    assert (
        "".join(lines).replace(" ", "")
        == "印鑑登録証明書（いんかんとうろくしょうめいしょ）を出（だ）しました"
    )
    assert not any("{" in line or WJ in line for line in lines)
    assert WJ.encode() not in encode(receipt)


def test_a_long_label_goes_on_its_own_lines_before_its_value(tmp_path):
    label = "お支払い方法（ICカード・電子マネー・クレジットカード）"
    lines = lines_of(Slip("ja", (Pair(label, "電子マネー"),)), tmp_path)
    assert lines[-1].endswith("電子マネー")
    assert all(display_columns(line) <= Paper.MM58.columns for line in lines)


def test_raster_lines_break_between_phrases_too(tmp_path):
    slip = Slip("zh-Hans", (SlipText("请把卡放在读卡器上，然后输入密码。" * 3),))
    receipt = SlipPrinter(object(), paper=Paper.MM58).layout(slip, tmp_path)  # type: ignore[arg-type]
    assert sum(isinstance(b, Logo) for b in receipt.blocks) >= 2
