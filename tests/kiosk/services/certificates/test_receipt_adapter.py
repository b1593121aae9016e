"""The receipt adapter through the ESC/POS emulator on a socat pty, in every language."""

import os

import pytest
from PIL import Image

from content.languages import LANGUAGE_CODES
from content.municipality import load_sample_municipality
from devices.receipt.emulator import Raster
from devices.receipt.render import save_png
from kiosk.services.certificates import messages
from kiosk.services.certificates.adapters.receipt import ReceiptAdapter, catalogue
from kiosk.services.certificates.core.ports import ReceiptContent
from kiosk.shell.core.errors import FlowError
from tests.rigs import receipt_rig  # noqa: F401

CITY = load_sample_municipality()
JUMINHYO = next(c for c in CITY.certificates if c.id == "juminhyo")


def content(language, method="cash"):
    return ReceiptContent(
        language=language,
        certificate_name=JUMINHYO.name[language],
        copies=2,
        fee_yen=400,
        method=method,
        change_yen=600 if method == "cash" else 0,
        paid_yen=1000 if method == "cash" else 0,
        reference="20261122-0000ABCD",
        terminal_id="hanamizuki-cc-01",
        issued_at="2026-11-22T17:51+09:00",
    )


def test_every_language_has_every_label():
    labels = [v for k, v in vars(messages.ReceiptWords).items() if not k.startswith("_")]
    assert len(labels) == 15
    for code in LANGUAGE_CODES:
        assert all(catalogue().has(label, code) for label in labels), code


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_receipt_prints_in_every_language(receipt_rig, language, tmp_path):  # noqa: F811
    printer, emulator = receipt_rig()
    ReceiptAdapter(printer, city=CITY.city).print_receipt(content(language))
    printed = emulator.printed()
    assert printed and emulator.lost == 0
    text = "\n".join(emulator.text_lines())
    rasters = [item for item in printed if isinstance(item, Raster)]
    if language == "ja":
        for expected in ("領収書", "住民票の写し", "2通", "400円", "600円", "現金", "受付番号"):
            assert expected in text
        # What was put in stands beside the change, then the machine's number in small print.
        lines = emulator.text_lines()
        tendered = next(i for i, line in enumerate(lines) if "お預り" in line)
        assert "1,000円" in lines[tendered] and "おつり" in lines[tendered + 1]
        assert "端末番号" in lines[-1] or any("端末番号" in line for line in lines[-3:])
        assert "2026年11月22日 17:51" in text and "20261122-0000ABCD" in text
        assert rasters == []  # the printer's own Shift_JIS font
    elif language == "ja-easy":
        # kanji with their readings, in the printer's own font
        for expected in ("領収書", "（りょうしゅうしょ）", "400円", "現金（げんきん）"):
            assert expected in text
        assert rasters == []
    elif language == "en":
        for expected in ("Receipt", "¥400", "Change", "¥600", "22 November 2026 17:51"):
            assert expected in text
        assert len(rasters) == 1  # "Jūminhyō": ū has no Shift_JIS code
    else:
        assert len(rasters) >= 10  # drawn in the language's own face
    png = save_png(emulator, tmp_path / f"receipt-{language}.png")
    review = os.environ.get("MACHIKADO_REVIEW_DIR")  # where a person wants receipts to look at
    with Image.open(png) as image:
        assert image.height > 300
        if review and language in ("ja", "en"):
            image.save(os.path.join(review, f"machikado-receipt-{language}.png"))


def test_ic_payment_has_no_change_line(receipt_rig):  # noqa: F811
    printer, emulator = receipt_rig()
    ReceiptAdapter(printer, city=CITY.city).print_receipt(content("ja", method="ic"))
    text = "\n".join(emulator.text_lines())
    assert "電子マネー" in text and "おつり" not in text and "お預り" not in text


def test_paper_out_and_cover_open_have_the_flows_keys(receipt_rig):  # noqa: F811
    printer, emulator = receipt_rig()
    adapter = ReceiptAdapter(printer, city=CITY.city)
    emulator.run_out_of_paper()
    with pytest.raises(FlowError) as empty:
        adapter.print_receipt(content("ja"))
    assert empty.value.key == "receipt.paper_out"
    emulator.load_paper()
    emulator.set_cover_open(True)
    with pytest.raises(FlowError) as cover:
        adapter.print_receipt(content("ko"))
    assert cover.value.key == "receipt.cover_open"
    emulator.set_cover_open(False)
    emulator.run_out_of_paper(after_mm=8)
    with pytest.raises(FlowError) as during:
        adapter.print_receipt(content("vi"))
    assert during.value.key == "receipt.paper_out"
