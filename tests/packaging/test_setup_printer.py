"""machikado-setup-printer against a private cupsd: the A4 queue as a terminal needs it."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from tools.rigs.cups import CUPS_PDF_PPD

SCRIPT = Path(__file__).resolve().parents[2] / "packaging" / "cups" / "machikado-setup-printer"


def setup_printer(server, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, CUPS_SERVER=f"{server.address}:{server.port}")
    return subprocess.run(
        [str(SCRIPT), *args], env=env, capture_output=True, text=True, timeout=120, check=False
    )


def test_the_queue_gets_a4_simplex_abort_job_and_only_the_terminal_user(private_cups):
    done = setup_printer(private_cups, "--queue-only", "cups-pdf:/", str(CUPS_PDF_PPD))
    assert done.returncode == 0, done.stderr
    assert 'document_printer = "cups://machikado-a4"' in done.stdout
    connection = private_cups.connection()
    try:
        assert connection.getDefault() == "machikado-a4"
        attributes = connection.getPrinterAttributes("machikado-a4")
        assert attributes["printer-error-policy"] == "abort-job"
        assert attributes["printer-is-shared"] is False
        assert attributes["requesting-user-name-allowed"] == ["machikado", "root"]
        assert attributes["media-default"] == "iso_a4_210x297mm"
        assert attributes["printer-is-accepting-jobs"] is True
    finally:
        connection.deletePrinter("machikado-a4")


@pytest.mark.parametrize(
    ("args", "says"),
    [
        ((), "usage: machikado-setup-printer"),
        (("a", "b", "c"), "usage: machikado-setup-printer"),
        (("printer.local",), "'printer.local' is not a device URI"),
        (("ipp://printer.local/ipp/print", "/nonexistent.ppd"), "cannot read the PPD file"),
    ],
)
def test_bad_arguments_are_refused_with_a_reason(private_cups, args, says):
    done = setup_printer(private_cups, "--queue-only", *args)
    assert done.returncode == 1
    assert says in done.stderr
    assert "machikado-a4" not in private_cups.connection().getPrinters()
