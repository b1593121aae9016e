"""The counter slip through the ESC/POS emulator on a socat pty: text, big 求人番号, QR codes."""

import datetime as dt
import os

import pytest
import zxingcpp
from PIL import Image

from content.jobs.generator import generate
from content.jobs.schema import public_record
from devices.receipt.document import Qr, Text
from devices.receipt.render import save_png
from kiosk.services.jobs.adapters.slip import (
    MAX_LISTINGS,
    JobSlipPrinter,
    listing_url,
    wage_text,
)
from kiosk.services.jobs.core.model import HelloWorkOffice, JobQuery
from kiosk.services.jobs.core.search import NgramJobSearch
from kiosk.shell.core.errors import FlowError
from offline_cache.jobs_index import JobsIndex, build_index
from tests.rigs import receipt_rig  # noqa: F401

TODAY = dt.date(2026, 12, 2)
NOW = dt.datetime(2026, 12, 2, 1, 0, tzinfo=dt.UTC)  # 10:00 in Japan
OFFICE = HelloWorkOffice(
    "ハローワーク三鷹",
    "181-0013",
    "東京都三鷹市下連雀4-15-18",
    "0422-47-8609",
    "月〜金 8:30〜17:15（土日祝・年末年始を除く）",
)


@pytest.fixture(scope="module")
def search(tmp_path_factory):
    path = tmp_path_factory.mktemp("jobs") / "jobs-index.sqlite"
    build_index([public_record(r) for r in generate(400, seed=3, today=TODAY)], path, as_of=TODAY)
    index = JobsIndex(path)
    yield NgramJobSearch(lambda: index, OFFICE, clock=lambda: NOW)
    index.close()


def listings(search, *, hidden=False, n=1):
    found = []
    page = 0
    while len(found) < n:
        results = search.search(JobQuery(page=page, page_size=50))
        assert results.items, "not enough listings of that kind"
        for item in results.items:
            if (item.employer_name is None) == hidden:
                found.append(search.listing(item.kyujin_no))
        page += 1
    return found[:n]


def printer_for(printer):
    return JobSlipPrinter(printer, clock=lambda: NOW)


def test_wage_is_written_as_on_the_listing():
    assert wage_text("monthly", 245000, 350000) == "月給 245,000円〜350,000円"
    assert wage_text("hourly", 1200, None) == "時給 1,200円"
    assert listing_url("13150-01234561").endswith("kJNo=1315001234561&kJKbn=1")


def test_one_listing_prints_every_fact_in_the_printers_own_font(
    receipt_rig,  # noqa: F811
    search,
    tmp_path,
):
    printer, emulator = receipt_rig()
    (listing,) = listings(search)
    printer_for(printer).print_slip([listing], OFFICE)
    printed = emulator.printed()
    assert printed and emulator.lost == 0
    text = "\n".join(emulator.text_lines())
    for expected in (
        "求人番号",
        f"職種：{listing.title[:10]}",
        f"事業所：{listing.employer_name[:8]}",
        f"就業場所：{listing.work_city_name}",
        f"最寄り駅：{listing.station}駅から徒歩{listing.walk_min}分",
        "賃金：",
        "ハローワーク三鷹",
        "〒181-0013",
        "0422-47-8609",
        "8:30",
        "17:15",
        "2026年12月2日 10:00",
    ):
        assert expected in text, expected
    png = save_png(emulator, tmp_path / "jobs-slip.png")
    with Image.open(png) as image:
        decoded = [code.text for code in zxingcpp.read_barcodes(image)]
        review = os.environ.get("MACHIKADO_REVIEW_DIR")
        if review:
            image.save(os.path.join(review, "machikado-jobs-slip.png"))
    assert decoded == [listing_url(listing.kyujin_no)]


def test_the_number_is_in_large_type(search, tmp_path):
    (listing,) = listings(search)
    receipt = JobSlipPrinter(object(), clock=lambda: NOW).layout([listing], OFFICE, tmp_path)
    big = [b for b in receipt.blocks if isinstance(b, Text) and b.width == 2]
    assert any(b.text.strip() == listing.kyujin_no for b in big)


def test_several_listings_each_have_their_qr_code(receipt_rig, search, tmp_path):  # noqa: F811
    printer, emulator = receipt_rig()
    chosen = listings(search, n=3)
    receipt = printer_for(printer).layout(chosen, OFFICE, tmp_path)
    assert [b.data for b in receipt.blocks if isinstance(b, Qr)] == [
        listing_url(x.kyujin_no) for x in chosen
    ]
    printer_for(printer).print_slip(chosen, OFFICE)
    png = save_png(emulator, tmp_path / "jobs-slip-3.png")
    with Image.open(png) as image:
        decoded = sorted(code.text for code in zxingcpp.read_barcodes(image))
    assert decoded == sorted(listing_url(x.kyujin_no) for x in chosen)


def test_a_hidden_employer_is_never_printed(receipt_rig, search):  # noqa: F811
    printer, emulator = receipt_rig()
    (listing,) = listings(search, hidden=True)
    assert listing.employer_name is None
    printer_for(printer).print_slip([listing], OFFICE)
    text = "\n".join(emulator.text_lines())
    assert "事業所：" not in text and listing.kyujin_no in text


def test_a_slip_holds_one_to_five_listings(search, tmp_path):
    slips = JobSlipPrinter(object(), clock=lambda: NOW)
    with pytest.raises(FlowError):
        slips.layout([], OFFICE, tmp_path)
    with pytest.raises(FlowError):
        slips.layout(listings(search, n=MAX_LISTINGS + 1), OFFICE, tmp_path)


def test_paper_out_has_the_printers_key(receipt_rig, search):  # noqa: F811
    printer, emulator = receipt_rig()
    emulator.run_out_of_paper()
    with pytest.raises(FlowError) as empty:
        printer_for(printer).print_slip(listings(search), OFFICE)
    assert empty.value.key == "receipt.paper_out"
