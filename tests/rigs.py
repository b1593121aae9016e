"""Fixtures of the certificate adapter tests, on the real stacks the device tests start.

Test modules import the fixtures they use from here.
"""

import io
import itertools

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from devices.receipt.emulator import EscposEmulator
from devices.receipt.emulator_link import EmulatorOnSerial
from devices.receipt.printer import EscposPrinter
from devices.receipt.transport import SerialTransport
from devices.serial_emulation import PtyPair
from tools.rigs.cups import CUPS_PDF_PPD

__all__ = ["make_pdf", "own_queue", "receipt_rig"]
_names = itertools.count(1)


def make_pdf(text: str) -> bytes:
    """A one-page A4 PDF carrying ``text``."""
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=A4)
    page.drawString(72, 720, text)
    page.showPage()
    page.save()
    return out.getvalue()


@pytest.fixture
def own_queue(private_cups):
    """Make a fresh queue on the private cupsd with a given backend; deleted afterwards."""
    made = []

    def make(device: str) -> str:
        name = f"MachikadoAdapter{next(_names)}"
        c = private_cups.connection()
        c.addPrinter(name, filename=str(CUPS_PDF_PPD), device=device)
        c.enablePrinter(name)
        c.acceptJobs(name)
        made.append(name)
        return name

    yield make
    c = private_cups.connection()
    for name in made:
        c.deletePrinter(name)


@pytest.fixture
def receipt_rig(tmp_path):
    """Make a receipt printer on one end of a socat pty pair, the ESC/POS emulator on the other."""
    made = []

    def make():
        folder = tmp_path / f"pty{len(made)}"
        folder.mkdir()
        pair = PtyPair(folder)
        pair.start()
        emulator = EscposEmulator()
        link = EmulatorOnSerial(emulator, str(pair.device))
        printer = EscposPrinter(SerialTransport(str(pair.host), 38400))
        made.append((pair, link, printer))
        return printer, emulator

    yield make
    for pair, link, printer in made:
        printer.close()
        link.close()
        pair.stop()
