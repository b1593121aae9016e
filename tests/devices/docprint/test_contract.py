"""One contract for document printers: the private cupsd with cups-pdf, and the emulator."""

import subprocess

import pytest

from devices.docprint.errors import (
    DocumentError,
    JobFailedError,
    JobTimeoutError,
    PrintServiceDownError,
    QueueNotFoundError,
    QueuePausedError,
)
from devices.docprint.model import PrintOptions
from devices.monitor import Health

TIMEOUT = 120


def pdf_pages(path):
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    fields = dict(line.split(":", 1) for line in info.stdout.splitlines() if ":" in line)
    return int(fields["Pages"]), fields["Page size"].strip()


def test_queue_is_listed_and_idle(doc_rig):
    assert doc_rig.printer.queue in doc_rig.printer.queues()
    state = doc_rig.printer.state()
    assert state.problem is None and state.accepting
    assert doc_rig.printer.health() == Health(True)


def test_japanese_a4_pdf_prints_with_its_pages_and_text(doc_rig, japanese_pdf):
    options = PrintOptions(copies=1, media="A4", duplex=True)
    job = doc_rig.printer.submit(japanese_pdf, "certificate", options)
    doc_rig.printer.follow(job, timeout=TIMEOUT)
    output = doc_rig.output_of(job)
    assert output is not None and output.exists()
    pages, size = pdf_pages(output)
    assert pages == 2
    assert size.startswith("595") and "842" in size  # A4 in points
    text = subprocess.run(
        ["pdftotext", str(output), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "証明書 まちかど市役所 ページ1" in text
    assert "予約確認 ページ2" in text


def test_paused_queue_refuses_the_job(doc_rig, japanese_pdf):
    doc_rig.pause()
    with pytest.raises(QueuePausedError) as info:
        doc_rig.printer.submit(japanese_pdf, "certificate", PrintOptions())
    assert info.value.key == "docprint.queue_paused"
    assert doc_rig.printer.health().available is False
    doc_rig.resume()
    assert doc_rig.printer.health() == Health(True)


def test_stopped_print_service_is_its_own_error(doc_rig, japanese_pdf):
    doc_rig.stop_service()
    try:
        with pytest.raises(PrintServiceDownError) as info:
            doc_rig.printer.submit(japanese_pdf, "certificate", PrintOptions())
        assert info.value.key == "docprint.service_down"
        assert doc_rig.printer.health() == Health(False, "docprint.service_down")
    finally:
        doc_rig.start_service()
    assert doc_rig.printer.health().available


def test_failing_backend_aborts_the_job(doc_rig, japanese_pdf):
    job = doc_rig.broken.submit(japanese_pdf, "certificate", PrintOptions())
    with pytest.raises(JobFailedError) as info:
        doc_rig.broken.follow(job, timeout=TIMEOUT)
    assert info.value.state == "aborted"
    assert info.value.key == "docprint.job_aborted"


def test_bad_documents_and_options_are_refused(doc_rig, tmp_path):
    not_pdf = tmp_path / "notes.txt"
    not_pdf.write_text("hello")
    with pytest.raises(DocumentError):
        doc_rig.printer.submit(not_pdf, "x", PrintOptions())
    with pytest.raises(DocumentError):
        doc_rig.printer.submit(tmp_path / "missing.pdf", "x", PrintOptions())
    with pytest.raises(DocumentError):
        PrintOptions(copies=0)
    with pytest.raises(DocumentError):
        PrintOptions(media="A0")


def test_missing_queue_is_unavailable(private_cups):
    printer = private_cups.printer("NoSuchQueue")
    with pytest.raises(QueueNotFoundError):
        printer.state()
    assert printer.health() == Health(False, "docprint.no_queue")


def test_held_job_times_out_and_can_be_canceled(doc_rig, japanese_pdf):
    held = PrintOptions(extra={"job-hold-until": "indefinite"})
    job = doc_rig.printer.submit(japanese_pdf, "certificate", held)
    with pytest.raises(JobTimeoutError):
        doc_rig.printer.follow(job, timeout=1)
    doc_rig.printer.cancel(job)
    with pytest.raises(JobFailedError) as info:
        doc_rig.printer.follow(job, timeout=TIMEOUT)
    assert info.value.key == "docprint.job_canceled"
    assert doc_rig.output_of(job) is None


def test_copies_and_duplex_become_ipp_attributes():
    options = PrintOptions(copies=2, media="A4", duplex=True)
    assert options.ipp() == {"copies": "2", "media": "A4", "sides": "two-sided-long-edge"}
