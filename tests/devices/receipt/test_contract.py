"""One contract for every receipt printer link: pty (socat), TCP and the in-process emulator."""

import pytest
import zxingcpp

from devices.monitor import Health
from devices.receipt.document import Align, Barcode, BarcodeKind, Cut, Qr, Receipt
from devices.receipt.emulator import Style, TextLine
from devices.receipt.errors import PrinterNotReadyError
from devices.receipt.render import MARGIN, render, render_text_line, save_png

QR_URL = "https://machikado.example.jp/r/A-0123"


def certificate_slip() -> Receipt:
    receipt = Receipt()
    receipt.text("まちかど市役所", align=Align.CENTER, width=2, height=2, bold=True)
    receipt.text("住民票の写し 交付控え", align=Align.CENTER)
    receipt.rule()
    receipt.pair("住民票の写し ×1", "¥300")
    receipt.pair("手数料合計", "¥300", bold=True)
    receipt.rule()
    receipt.text("受付番号 A-0123 ｳｹﾂｹ")
    receipt.add(Qr(QR_URL))
    receipt.add(Barcode("4901234567894", BarcodeKind.EAN13))
    receipt.add(Cut())
    return receipt


def test_japanese_receipt_prints_and_its_qr_code_decodes(rig, tmp_path):
    rig.printer.print_receipt(certificate_slip())
    lines = rig.emulator.text_lines()
    assert lines[:2] == ["まちかど市役所", "住民票の写し 交付控え"]
    assert lines[3].startswith("住民票の写し ×1") and lines[3].endswith("¥300")
    assert "受付番号 A-0123 ｳｹﾂｹ" in lines
    assert rig.emulator.unknown == []
    png = save_png(rig.emulator, tmp_path / "receipt.png")
    assert png.stat().st_size > 0
    decoded = {code.text for code in zxingcpp.read_barcodes(render(rig.emulator))}
    assert QR_URL in decoded
    assert "4901234567894" in decoded


def test_status_is_ready_and_health_available(rig):
    status = rig.printer.status()
    assert status.problem is None
    assert rig.printer.health() == Health(True)


def test_a_job_never_starts_without_paper(rig):
    rig.emulator.run_out_of_paper()
    with pytest.raises(PrinterNotReadyError) as info:
        rig.printer.print_receipt(certificate_slip())
    assert info.value.reason == "paper_out"
    assert not info.value.during_job
    assert info.value.key == "receipt.not_ready.paper_out"
    assert rig.emulator.printed() == [] and rig.emulator.lost == 0
    assert rig.printer.health() == Health(False, "receipt.paper_out")


def test_paper_running_out_mid_job_is_reported(rig):
    rig.emulator.run_out_of_paper(after_mm=8)
    with pytest.raises(PrinterNotReadyError) as info:
        rig.printer.print_receipt(certificate_slip())
    assert info.value.reason == "paper_out"
    assert info.value.during_job
    assert info.value.key == "receipt.job_failed.paper_out"
    assert rig.emulator.lost > 0
    rig.emulator.load_paper()
    assert rig.printer.health() == Health(True)


def test_cover_open_stops_the_job(rig):
    rig.emulator.set_cover_open(True)
    with pytest.raises(PrinterNotReadyError) as info:
        rig.printer.print_receipt(certificate_slip())
    assert info.value.reason == "cover_open"
    assert rig.printer.health() == Health(False, "receipt.cover_open")
    rig.emulator.set_cover_open(False)
    rig.printer.print_receipt(certificate_slip())
    assert rig.emulator.qr_codes() == [QR_URL.encode()]


def test_offline_printer_refuses_the_job(rig):
    rig.emulator.set_offline(True)
    with pytest.raises(PrinterNotReadyError) as info:
        rig.printer.print_receipt(certificate_slip())
    assert info.value.reason == "offline"


def test_paper_near_end_is_a_warning_not_a_stop(rig):
    rig.emulator.conditions.near_end = True
    rig.printer.print_receipt(certificate_slip())
    assert rig.printer.health() == Health(True, warning="paper_low")


def test_png_shows_the_japanese_lines_exactly_as_written(rig):
    rig.printer.print_receipt(certificate_slip())
    roll = render(rig.emulator)
    paper = rig.emulator.paper_width.dots
    expected = render_text_line(TextLine([("住民票の写し 交付控え", Style())], 1), paper)
    wrong = render_text_line(TextLine([("住民票の写し 交付控之", Style())], 1), paper)
    wanted, unwanted = expected.tobytes(), wrong.tobytes()
    strips = {
        roll.crop((MARGIN, y, MARGIN + paper, y + expected.height)).tobytes()
        for y in range(roll.height - expected.height)
    }
    assert wanted in strips
    assert unwanted not in strips
