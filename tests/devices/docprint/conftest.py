"""The document printer rigs: a Japanese PDF, and one printer interface on CUPS or the emulator.

The private cupsd itself is tools/rigs/cups.py (benchmarks start it too).
"""

import pytest

from devices.docprint.emulator import EmulatedDocumentPrinter


@pytest.fixture(scope="session")
def japanese_pdf(tmp_path_factory, qapp):
    """A two-page A4 PDF with Japanese text, written by Qt with Noto Sans CJK JP."""
    from PySide6.QtGui import QFont, QPageSize, QPainter, QPdfWriter

    path = tmp_path_factory.mktemp("docs") / "certificate.pdf"
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(300)
    painter = QPainter(writer)
    font = QFont("Noto Sans CJK JP")
    font.setPointSize(14)
    painter.setFont(font)
    painter.drawText(200, 300, "証明書 まちかど市役所 ページ1")
    writer.newPage()
    painter.drawText(200, 300, "予約確認 ページ2")
    painter.end()
    return path


class DocRig:
    """A document printer and the levers to break it, the same for CUPS and the emulator."""

    def __init__(self, printer, broken, output_of, pause, resume, stop, start) -> None:
        self.printer, self.broken, self.output_of = printer, broken, output_of
        self.pause, self.resume, self.stop_service, self.start_service = pause, resume, stop, start


@pytest.fixture(params=["cups", "emulated"])
def doc_rig(request, tmp_path):
    if request.param == "cups":
        server = request.getfixturevalue("private_cups")
        c = server.connection
        yield DocRig(
            server.printer(),
            server.printer(server.broken),
            server.output_of,
            lambda: c().disablePrinter(server.queue),
            lambda: c().enablePrinter(server.queue),
            server.stop,
            lambda: server.start(),
        )
        if server.process is None:
            server.start()
        c().enablePrinter(server.queue)
        return
    printer = EmulatedDocumentPrinter(output_dir=tmp_path)
    broken = EmulatedDocumentPrinter("Broken", output_dir=tmp_path)
    broken.fail_jobs = True

    def output_of(job_id):
        job = printer.jobs.get(job_id)
        return job.output if job else None

    yield DocRig(
        printer,
        broken,
        output_of,
        lambda: setattr(printer, "paused", True),
        lambda: setattr(printer, "paused", False),
        lambda: setattr(printer, "running", False),
        lambda: setattr(printer, "running", True),
    )
