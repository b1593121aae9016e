"""After a resident's document prints, nothing of it stays in CUPS: no file, no job, no log line.

The private cupsd is set up as a terminal's must be (``PreserveJobFiles No``, ``PreserveJobHistory
No``, no page log); the printer checks that at start and says when a server keeps documents.
"""

from __future__ import annotations

import contextlib
import gzip
import logging
import re
import subprocess
import tempfile
import time
import zlib
from pathlib import Path

import pytest

from devices.docprint.cups_printer import (
    KEEPS_JOBS,
    Retention,
    retention_problems,
)
from devices.docprint.model import PrintOptions
from devices.monitor import Health
from tools.rigs.cups import PrivateCups

# A resident who exists only in this test, as a 住民票 would print them.
NAME = "試験 椿姫"
ADDRESS = "はなみずき市寿町9丁目8番7号"
LATIN = "TSUBAKIHIME SHIKEN"
PLANTED = (NAME, NAME.replace(" ", ""), ADDRESS, LATIN)


@pytest.fixture(scope="module")
def resident_pdf(tmp_path_factory, qapp):
    """A one-page A4 certificate naming the planted resident, in Japanese and in Latin letters."""
    from PySide6.QtGui import QFont, QPageSize, QPainter, QPdfWriter

    path = tmp_path_factory.mktemp("resident") / "juminhyo.pdf"
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(300)
    painter = QPainter(writer)
    font = QFont("Noto Sans CJK JP")
    font.setPointSize(14)
    painter.setFont(font)
    painter.drawText(200, 300, "住民票の写し")
    painter.drawText(200, 500, f"氏名　{NAME}")
    painter.drawText(200, 700, f"住所　{ADDRESS}")
    painter.drawText(200, 900, LATIN)
    painter.end()
    return path


def _views(path: Path) -> list[bytes]:
    """A file's bytes as stored, ungzipped, its PDF streams inflated and its PDF text."""
    data = path.read_bytes()
    views = [data]
    if data[:2] == b"\x1f\x8b":
        with contextlib.suppress(OSError, EOFError):
            views.append(gzip.decompress(data))
    for view in list(views):
        for stream in re.finditer(rb"stream\r?\n(.*?)endstream", view, re.DOTALL):
            with contextlib.suppress(zlib.error):
                views.append(zlib.decompress(stream.group(1)))
        if b"%PDF-" in view[:1024]:
            with tempfile.NamedTemporaryFile(suffix=".pdf") as copy:
                copy.write(view)
                copy.flush()
                text = subprocess.run(
                    ["pdftotext", copy.name, "-"], capture_output=True, check=False
                ).stdout
            views.append(text)
    return views


CODECS = ("utf-8", "utf-16-be", "utf-16-le", "shift_jis", "euc_jp")


def _forms(text: str) -> set[bytes]:
    return {text.encode(codec) for codec in CODECS}


def planted_in(folders: list[Path]) -> list[str]:
    """Every file under ``folders`` that holds the planted resident, in any form searched."""
    wanted = set().union(*(_forms(text) for text in PLANTED))
    found = []
    for folder in folders:
        for path in sorted(p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()):
            if any(form in view for view in _views(path) for form in wanted):
                found.append(str(path))
    return found


def job_files(server: PrivateCups) -> list[str]:
    """The spool's job files (cNNNNN control, dNNNNN-NNN documents)."""
    spool = server.root / "spool"
    return sorted(p.name for p in spool.iterdir() if re.fullmatch(r"[cd]\d{5}(-\d{3})?", p.name))


def test_after_a_certificate_prints_nothing_of_it_remains_in_cups(private_cups, resident_pdf):
    connection = private_cups.connection()
    printer = private_cups.printer()
    # The search can see a resident in the spool: a held copy of the document is found there.
    held = connection.printFile(
        private_cups.queue, str(resident_pdf), "juminhyo-1", {"job-hold-until": "indefinite"}
    )
    assert planted_in(private_cups.kept_folders()), "the search does not find a spooled document"
    printer.cancel(held)

    job = printer.submit(resident_pdf, "juminhyo-1", PrintOptions())
    printer.follow(job, timeout=120)
    printed = private_cups.output_of(job)
    assert printed is not None and planted_in([printed.parent]), "the printout names the resident"

    assert connection.getJobs(which_jobs="all") == {}  # no job, not even a finished one
    private_cups.stop()  # cupsd writes its job cache and state when it stops
    try:
        assert job_files(private_cups) == []
        assert planted_in(private_cups.kept_folders()) == []
        page_log = private_cups.root / "log" / "page_log"
        assert not page_log.exists() or page_log.stat().st_size == 0  # no list of jobs either
    finally:
        private_cups.start()
        printed.unlink()


def test_the_terminals_server_keeps_nothing(private_cups):
    printer = private_cups.printer()
    assert printer.check_retention() == Retention(())
    assert printer.health() == Health(True)


@pytest.fixture(scope="module")
def keeping_cups():
    """A private cupsd left at CUPS' defaults: documents kept a day, their history for good."""
    root = Path(tempfile.mkdtemp(prefix="machikado-cups-keeps-"))
    server = PrivateCups(root, retention="", tag="Keeps", address="127.0.0.2")
    try:
        server.start()
        server.add_queues()
        yield server
    finally:
        server.cleanup()
        subprocess.run(["rm", "-rf", str(root)], check=False)


def test_a_server_that_keeps_documents_is_reported_at_start(keeping_cups, caplog):
    caplog.set_level(logging.WARNING)
    printer = keeping_cups.printer()
    retention = printer.check_retention()
    assert retention.keeps_jobs and retention.known
    assert retention.problems == (
        "PreserveJobFiles 86400 (the default)",
        "PreserveJobHistory Yes (the default)",
    )
    assert printer.health() == Health(True, warning=KEEPS_JOBS)  # it prints, and says so
    (error,) = [r for r in caplog.records if r.levelname == "ERROR"]
    text = error.getMessage()
    assert f"127.0.0.2:{keeping_cups.port}" in text
    assert "'PreserveJobFiles No' and 'PreserveJobHistory No' in cupsd.conf" in text
    printer.health()
    assert len([r for r in caplog.records if r.levelname == "ERROR"]) == 1  # told once


def test_the_printer_purges_its_own_jobs_even_where_the_server_keeps_them(
    keeping_cups, resident_pdf
):
    # What CUPS' defaults do to a document printed without care: it stays in the spool.
    kept = keeping_cups.connection().printFile(keeping_cups.queue, str(resident_pdf), "x", {})
    deadline = time.monotonic() + 60
    while keeping_cups.output_of(kept) is None and time.monotonic() < deadline:
        time.sleep(0.1)
    assert f"d{kept:05d}-001" in job_files(keeping_cups)
    assert planted_in(keeping_cups.kept_folders())
    keeping_cups.connection().cancelJob(kept, purge_job=True)
    assert planted_in(keeping_cups.kept_folders()) == []

    printer = keeping_cups.printer()
    job = printer.submit(resident_pdf, "juminhyo-1", PrintOptions())
    printer.follow(job, timeout=120)
    assert [name for name in job_files(keeping_cups) if name[1:6] == f"{job:05d}"] == []
    assert planted_in(keeping_cups.kept_folders()) == []


# A server that will not show its settings, as a locked-down /admin/conf does.
HIDDEN_SETTINGS = (
    "<Location /admin/conf>\n  AuthType Basic\n  Require user machikado-nobody\n</Location>\n"
)


def test_a_server_hiding_its_settings_is_judged_by_the_history_it_shows(resident_pdf, caplog):
    caplog.set_level(logging.WARNING)
    root = Path(tempfile.mkdtemp(prefix="machikado-cups-hides-"))
    server = PrivateCups(
        root, retention="", tag="Hides", extra=HIDDEN_SETTINGS, address="127.0.0.3"
    )
    try:
        server.start()
        server.add_queues()
        printer = server.printer()
        unknown = printer.check_retention()
        assert (unknown.known, unknown.problems) == (False, ())
        assert "cannot be read" in unknown.detail
        assert printer.health() == Health(True)  # nothing shows it keeps anything, yet
        (warning,) = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]
        assert "cannot check that the print server" in warning and "/admin/conf" in warning
        job = server.connection().printFile(server.queue, str(resident_pdf), "x", {})
        deadline = time.monotonic() + 60
        while server.output_of(job) is None and time.monotonic() < deadline:
            time.sleep(0.1)
        time.sleep(1)  # the job is done when its output is; its record follows
        seen = printer.check_retention()
        assert seen.keeps_jobs and seen.problems == (
            "PreserveJobHistory (finished jobs are listed)",
        )
    finally:
        server.cleanup()
        subprocess.run(["rm", "-rf", str(root)], check=False)


def test_what_the_settings_keep():
    assert retention_problems({"PreserveJobFiles": "No", "PreserveJobHistory": "No"}) == ()
    assert retention_problems({"PreserveJobFiles": "0", "PreserveJobHistory": "off"}) == ()
    assert retention_problems({"PreserveJobFiles": "300", "PreserveJobHistory": "No"}) == (
        "PreserveJobFiles 300",
    )
    assert retention_problems({"PreserveJobFiles": "No"}) == (
        "PreserveJobHistory Yes (the default)",
    )


def test_packaged_cupsd_conf_keeps_nothing_and_is_valid(tmp_path):
    conf = Path(__file__).resolve().parents[3] / "packaging" / "cups" / "cupsd.conf"
    settings = dict(
        line.split(None, 1)
        for line in conf.read_text(encoding="utf-8").splitlines()
        if line and not line[0].isspace() and not line.startswith(("#", "<")) and " " in line
    )
    assert retention_problems(settings) == ()
    assert "PageLogFormat" in conf.read_text(encoding="utf-8").splitlines()  # no page log
    files = tmp_path / "cups-files.conf"
    files.write_text(f"ServerRoot {tmp_path}\n", encoding="utf-8")
    check = subprocess.run(
        ["/usr/sbin/cupsd", "-t", "-c", str(conf), "-s", str(files)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert check.returncode == 0, check.stderr + check.stdout
