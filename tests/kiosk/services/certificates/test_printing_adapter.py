"""The document printer adapter against a private cupsd with a cups-pdf queue."""

import stat
import subprocess
import time

import pytest

from devices.docprint.cups_printer import CupsPrinter
from kiosk.services.certificates.adapters.printing import DocumentPrinterAdapter
from kiosk.services.certificates.core.ports import PrintError
from tests.rigs import make_pdf, own_queue  # noqa: F401
from tools.rigs.cups import free_port


class SpoolWatch(CupsPrinter):
    """A CupsPrinter that notes the spool file's mode and folder when it is submitted."""

    seen: list[tuple[int, int]]

    def submit(self, document, title, options):
        self.seen.append(
            (stat.S_IMODE(document.stat().st_mode), stat.S_IMODE(document.parent.stat().st_mode))
        )
        return super().submit(document, title, options)


def watched(server, queue):
    printer = SpoolWatch(queue, host="127.0.0.1", port=server.port)
    printer.seen = []
    return printer


def wait_for_output(folder, before, deadline_s=60):
    deadline = time.monotonic() + deadline_s
    while time.monotonic() < deadline:
        new = set(folder.rglob("*.pdf")) - before
        if new:
            return new
        time.sleep(0.1)
    return set()


def open_jobs(server, queue):
    jobs = server.connection().getJobs(
        which_jobs="not-completed", requested_attributes=["job-printer-uri"]
    )
    return [j for j, a in jobs.items() if a.get("job-printer-uri", "").endswith("/" + queue)]


def test_pdf_comes_out_of_cups_pdf_and_the_spool_file_is_gone(private_cups, tmp_path):
    printer = watched(private_cups, private_cups.queue)
    adapter = DocumentPrinterAdapter(printer, spool_dir=tmp_path / "spool", timeout_s=120)
    adapter.check(1)
    before = set(private_cups.output.rglob("*.pdf"))
    adapter.print_pdf(make_pdf("MACHIKADO ADAPTER PAGE"), "20261122-0000ABCD-1")
    new = wait_for_output(private_cups.output, before)
    assert len(new) == 1
    text = subprocess.run(
        ["pdftotext", str(new.pop()), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "MACHIKADO ADAPTER PAGE" in text
    assert printer.seen == [(0o600, 0o700)]
    assert list((tmp_path / "spool").iterdir()) == []


def test_paper_out_during_the_job_then_before_the_next(private_cups, own_queue, tmp_path):  # noqa: F811
    queue = own_queue("machikado-nopaper:/")
    adapter = DocumentPrinterAdapter(
        watched(private_cups, queue), spool_dir=tmp_path / "spool", timeout_s=120
    )
    adapter.check(1)  # the tray looks fine until a job finds it empty
    with pytest.raises(PrintError) as during:
        adapter.print_pdf(make_pdf("page"), "20261122-0000ABCD-1")
    assert during.value.key == "docprint.media_empty"
    assert open_jobs(private_cups, queue) == []  # cancelled: a reprint will not come out twice
    assert list((tmp_path / "spool").iterdir()) == []
    with pytest.raises(PrintError) as before:
        adapter.check(1)
    assert before.value.key == "docprint.media_empty"


def test_paused_and_missing_queues_are_refused(private_cups, own_queue, tmp_path):  # noqa: F811
    queue = own_queue(f"cups-pdf:/{private_cups.queue}")
    private_cups.connection().disablePrinter(queue)
    with pytest.raises(PrintError) as paused:
        DocumentPrinterAdapter(private_cups.printer(queue), spool_dir=tmp_path).check(1)
    assert paused.value.key == "docprint.queue_paused"
    missing = DocumentPrinterAdapter(private_cups.printer("NoSuchQueue"), spool_dir=tmp_path)
    with pytest.raises(PrintError) as absent:
        missing.check(1)
    assert absent.value.key == "docprint.no_queue"


def test_print_service_down(tmp_path):
    down = CupsPrinter("Anything", host="127.0.0.1", port=free_port())
    adapter = DocumentPrinterAdapter(down, spool_dir=tmp_path / "spool")
    with pytest.raises(PrintError) as checked:
        adapter.check(1)
    assert checked.value.key == "docprint.service_down"
    with pytest.raises(PrintError) as printing:
        adapter.print_pdf(make_pdf("page"), "title")
    assert printing.value.key == "docprint.service_down"
    assert list((tmp_path / "spool").iterdir()) == []


def test_own_spool_folder_is_private_and_removed_on_close(tmp_path):
    adapter = DocumentPrinterAdapter(CupsPrinter("Anything", host="127.0.0.1", port=free_port()))
    assert stat.S_IMODE(adapter.spool_dir.stat().st_mode) == 0o700
    adapter.close()
    assert not adapter.spool_dir.exists()


def test_not_a_pdf_is_refused_without_touching_the_printer(tmp_path):
    adapter = DocumentPrinterAdapter(
        CupsPrinter("Anything", host="127.0.0.1", port=free_port()), spool_dir=tmp_path
    )
    with pytest.raises(PrintError) as info:
        adapter.print_pdf(b"<html>", "title")
    assert info.value.key == "docprint.bad_document"
