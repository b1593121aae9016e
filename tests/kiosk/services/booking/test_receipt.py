"""The booking receipt through the ESC/POS emulator on a socat pty: number, slot, fee, QR code."""

import datetime as dt
import os

import pytest
import zxingcpp
from PIL import Image

from devices.receipt.render import save_png
from kiosk.services.booking.adapters.receipt import BookingReceiptAdapter
from kiosk.services.booking.core.ports import Booking, BookingReceipt, PrintError
from tests.rigs import receipt_rig  # noqa: F401

BOOKING = Booking(
    "BK-7KQ3-M2XP",
    "tanashi-kominkan",
    "meeting-1",
    dt.date(2027, 3, 2),
    ("am", "pm"),
    "confirmed",
    "counter",
    4200,
    expires_at=dt.datetime(2027, 1, 27, 1, 0, tzinfo=dt.UTC),
)


def receipt(language, method="counter"):
    return BookingReceipt(
        language=language,
        booking=BOOKING,
        facility_names={"ja": "田無公民館", "en": "Tanashi Community Centre"},
        unit_names={"ja": "第1会議室", "en": "Meeting room 1"},
        division_names=({"ja": "午前", "en": "Morning"}, {"ja": "午後", "en": "Afternoon"}),
        method=method,
        printed_at=dt.datetime(2027, 1, 20, 1, 5, tzinfo=dt.UTC),
    )


def review(image, name):
    folder = os.environ.get("MACHIKADO_REVIEW_DIR")
    if folder:
        image.save(os.path.join(folder, name))


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "ja",
            (
                "施設予約",
                "予約番号",
                "BK-7KQ3-M2XP",
                "田無公民館",
                "第1会議室",
                "2027年3月2日",
                "午前、午後",
                "4,200円",
                "窓口でお支払い",
                "お支払い期限",
                "2027年1月27日 10:00",
                "2027年1月20日 10:05",
            ),
        ),
        (
            "en",
            (
                "Facility booking",
                "Booking number",
                "BK-7KQ3-M2XP",
                "Tanashi Community Centre",
                "Meeting room 1",
                "Morning, Afternoon",
                "4,200 yen",
                "To pay at the counter",
            ),
        ),
    ],
)
def test_the_receipt_has_the_number_the_slot_the_fee_and_a_qr_code(
    receipt_rig,  # noqa: F811
    tmp_path,
    language,
    expected,
):
    printer, emulator = receipt_rig()
    BookingReceiptAdapter(printer).print_receipt(receipt(language))
    assert emulator.printed() and emulator.lost == 0
    text = "\n".join(emulator.text_lines())
    for words in expected:
        assert words in text.replace("\n", ""), words
    png = save_png(emulator, tmp_path / "receipt.png")
    with Image.open(png) as image:
        assert [code.text for code in zxingcpp.read_barcodes(image)] == ["BK-7KQ3-M2XP"]
        review(image, f"booking-receipt-{language}.png")


def test_out_of_paper_is_a_print_error_with_the_printers_key(receipt_rig):  # noqa: F811
    printer, emulator = receipt_rig()
    emulator.run_out_of_paper()
    with pytest.raises(PrintError) as out:
        BookingReceiptAdapter(printer).print_receipt(receipt("ja", "ic"))
    assert out.value.key == "receipt.paper_out"
