"""What only the real print service shows: a printer whose tray runs empty."""

import pytest

from devices.docprint.emulator import EmulatedDocumentPrinter
from devices.docprint.errors import PrinterNotReadyError
from devices.docprint.model import PrintOptions
from devices.monitor import Health


def test_empty_tray_reported_during_the_job_then_refused_before_the_next(
    private_cups, japanese_pdf
):
    printer = private_cups.printer(private_cups.no_paper)
    job = printer.submit(japanese_pdf, "certificate", PrintOptions())
    with pytest.raises(PrinterNotReadyError) as info:
        printer.follow(job, timeout=120)
    assert info.value.reason == "media-empty"
    assert info.value.key == "docprint.not_ready.media_empty"
    printer.cancel(job)
    with pytest.raises(PrinterNotReadyError):
        printer.submit(japanese_pdf, "certificate", PrintOptions())
    assert printer.health() == Health(False, "docprint.media_empty")


def test_emulated_queue_reports_its_reasons_the_same_way(japanese_pdf, tmp_path):
    printer = EmulatedDocumentPrinter(output_dir=tmp_path)
    printer.reasons = ["toner-low-report", "media-empty-error"]
    with pytest.raises(PrinterNotReadyError) as info:
        printer.submit(japanese_pdf, "certificate", PrintOptions())
    assert info.value.key == "docprint.not_ready.media_empty"
    printer.reasons = ["toner-low-report"]
    assert printer.health() == Health(True, warning="toner-low")
