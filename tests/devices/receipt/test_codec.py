"""The ESC/POS codec: Shift_JIS text, native QR, layout by display columns, status bytes."""

import pytest

from devices.receipt.codec import encode, encode_text, parse_status
from devices.receipt.document import Paper, Qr, Receipt, Text, display_columns, wrap
from devices.receipt.errors import ReceiptContentError, StatusLineError


def test_kanji_go_out_as_shift_jis_not_gb18030():
    assert encode_text("東京") == bytes.fromhex("938c8b9e")
    assert encode_text("ｱｲｳ") == bytes.fromhex("b1b2b3")
    assert encode_text("¥300") == b"\x5c300"


def test_job_selects_shift_jis_and_japan_set():
    job = encode(Receipt().text("住民票"))
    assert job.startswith(b"\x1b@\x1bt\x01\x1bR\x08\x1cC\x01")
    assert "住民票".encode("cp932") + b"\n" in job


def test_qr_is_native_gs_k():
    job = encode(Receipt().add(Qr("HELLO", module=4)))
    assert bytes.fromhex("1d286b0400314132 00".replace(" ", "")) in job
    assert bytes.fromhex("1d286b0300314304") in job
    assert bytes.fromhex("1d286b080031503048454c4c4f") in job
    assert bytes.fromhex("1d286b0300315130") in job


def test_characters_without_shift_jis_code_are_refused_by_codepoint():
    with pytest.raises(ReceiptContentError) as info:
        encode_text("😀")
    assert "U+1F600" in str(info.value)
    assert info.value.key == "receipt.bad_content"


def test_full_width_characters_take_two_columns():
    assert display_columns("住民票abc") == 9
    assert wrap("あいうえおかきくけこ", 8) == ["あいうえ", "おかきく", "けこ"]
    receipt = Receipt(Paper.MM58).pair("手数料", "¥300")
    assert display_columns(receipt.blocks[0].text) == 32


def test_joiners_take_no_column_print_nothing_and_hold_a_word_together():
    wj = "\u2060"
    assert display_columns(f"印{wj}鑑") == 4
    assert encode_text(f"印{wj}鑑\u200b") == encode_text("印鑑")
    # あい|印鑑登録証明書 in 12 columns: the word moves to the next line whole
    text = "あい" + wj.join("印鑑登録証明書")
    assert wrap(text, 16) == ["あい", "印鑑登録証明書"]
    assert wrap(wj.join("印鑑登録証明書"), 8) == ["印鑑登録", "証明書"]  # wider than a line: cut
    job = encode(Receipt().text(text))
    assert wj.encode("utf-8") not in job


def test_text_wraps_to_the_paper_and_by_magnification():
    receipt = Receipt(Paper.MM58).text("あ" * 20, width=2)
    assert [display_columns(b.text) for b in receipt.blocks] == [16, 16, 8]


def test_bad_sizes_are_refused():
    with pytest.raises(ReceiptContentError):
        Text("x", width=9)
    with pytest.raises(ReceiptContentError):
        Qr("x", module=17)
    with pytest.raises(ReceiptContentError):
        Text("a\nb")


def test_status_bytes_parse_and_garbage_is_refused():
    status = parse_status({1: 0x1A, 2: 0x32, 3: 0x12, 4: 0x72})
    assert status.paper_end and status.offline and status.problem == "paper_out"
    assert parse_status({2: 0x16}).problem == "cover_open"
    assert parse_status({4: 0x1E}).warning == "paper_low"
    with pytest.raises(StatusLineError):
        parse_status({1: 0xFF})


def test_logo_goes_out_as_a_raster_and_too_wide_logos_are_refused(tmp_path):
    from PIL import Image

    from devices.receipt.document import Logo
    from devices.receipt.emulator import EscposEmulator, Raster

    logo = tmp_path / "emblem.png"
    Image.new("1", (64, 32), 0).save(logo)
    emulator = EscposEmulator()
    emulator.feed(encode(Receipt().add(Logo(logo))))
    rasters = [item for item in emulator.printed() if isinstance(item, Raster)]
    assert [(r.width_bytes, r.rows) for r in rasters] == [(8, 32)]
    assert all(byte == 0xFF for byte in rasters[0].data)
    wide = tmp_path / "wide.png"
    Image.new("1", (600, 8), 0).save(wide)
    with pytest.raises(ReceiptContentError):
        encode(Receipt().add(Logo(wide)))
    with pytest.raises(ReceiptContentError):
        encode(Receipt().add(Logo(tmp_path / "missing.png")))


def test_the_emulator_understands_every_command_the_codec_emits(tmp_path):
    from PIL import Image

    from devices.receipt.document import (
        Align,
        Barcode,
        BarcodeKind,
        Cut,
        Feed,
        Logo,
        QrErrorLevel,
    )
    from devices.receipt.emulator import EscposEmulator

    logo = tmp_path / "emblem.png"
    Image.new("1", (40, 16), 0).save(logo)
    receipt = Receipt(Paper.MM58)
    receipt.add(Logo(logo, align=Align.RIGHT))
    receipt.text("ｶﾅ と 漢字 ¥~\\", bold=True, underline=True, width=3, height=4)
    receipt.add(Feed(2))
    receipt.add(Qr("{data}", module=3, error_level=QrErrorLevel.H, align=Align.LEFT))
    receipt.add(Barcode("AB{12", BarcodeKind.CODE128))
    receipt.add(Cut(partial=True))
    emulator = EscposEmulator(Paper.MM58)
    assert emulator.feed(encode(receipt)) == b""
    assert emulator.unknown == []
    assert emulator.text_lines()[:2] == ["ｶﾅ と 漢字", " ¥～＼"]  # 10 columns at width 3
    assert emulator.qr_codes() == [b"{data}"]
