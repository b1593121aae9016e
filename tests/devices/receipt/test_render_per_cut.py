"""The emulator's picture is one receipt as the cutter left it, not the whole roll since start."""

from __future__ import annotations

import zxingcpp
from PIL import Image

from devices.receipt.document import Align, Cut, Qr, Receipt
from devices.receipt.emulator import CutMark
from devices.receipt.render import receipts, render, render_roll, save_png


def slip(title: str, link: str) -> Receipt:
    receipt = Receipt()
    receipt.text(title, align=Align.CENTER, width=2, height=2, bold=True)
    receipt.pair("手数料", "200円")
    receipt.add(Qr(link))
    receipt.add(Cut(partial=True))
    return receipt


def decoded(image: Image.Image) -> set[str]:
    return {code.text for code in zxingcpp.read_barcodes(image)}


def test_each_cut_is_its_own_picture(rig, tmp_path):
    rig.printer.print_receipt(slip("一人目", "https://example.jp/first"))
    rig.printer.print_receipt(slip("二人目", "https://example.jp/second"))
    cut = receipts(rig.emulator.printed())
    assert len(cut) == 2 and all(isinstance(receipt[-1], CutMark) for receipt in cut)

    latest = render(rig.emulator)
    assert decoded(latest) == {"https://example.jp/second"}
    assert decoded(render(rig.emulator, 0)) == {"https://example.jp/first"}
    roll = render_roll(rig.emulator)
    assert decoded(roll) == {"https://example.jp/first", "https://example.jp/second"}
    assert latest.height < roll.height * 0.6

    path = save_png(rig.emulator, tmp_path / "receipt.png")
    with Image.open(path) as saved:
        assert saved.size == latest.size


def test_what_is_printed_after_the_last_cut_is_the_next_receipt(rig):
    rig.printer.print_receipt(slip("一人目", "https://example.jp/first"))
    uncut = Receipt()
    uncut.text("まだ切っていない")
    rig.printer.print_receipt(uncut)
    assert len(receipts(rig.emulator.printed())) == 2
    assert decoded(render(rig.emulator)) == set()


def test_nothing_printed_draws_an_empty_slip(rig):
    image = render(rig.emulator)
    assert image.getextrema() == (255, 255)
