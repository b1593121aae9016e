"""Test setup: Qt offscreen with the on-screen keyboard, before any Qt import; shared services."""

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_IM_MODULE", "qtvirtualkeyboard")
os.environ.setdefault("QT_QUICK_CONTROLS_STYLE", "Basic")

# pytest-qt routes Qt's messages through a Python handler. QtMultimedia's library prints one
# while it initialises; if QML's loader thread is the first to load it (a Video or MediaPlayer
# import), that thread waits for the interpreter lock the main thread holds inside
# engine.load(), and the test hangs. Loading the library here, on the main thread, avoids it.
import PySide6.QtMultimedia  # noqa: F401
from hypothesis import settings

# CI runs the same examples every time, so a red run can be reproduced; developers' runs
# explore new ones (and keep failures in .hypothesis/).
settings.register_profile("ci", derandomize=True, database=None, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")


# -- services shared by the whole session ----------------------------------------------------
# Defined once here: a session fixture imported into several modules would run once per module,
# and two pcscd fixtures would wait on each other's machine-wide vpcd lock.


@pytest.fixture(scope="session")
def pcscd() -> Iterator[list[str]]:
    """pcscd with vpcd's readers; started here only if no pcscd runs, and stopped afterwards."""
    from devices.smartcard.emulator.pcscd import vpcd_service
    from devices.smartcard.errors import PcscUnavailableError

    try:
        with vpcd_service() as readers:
            yield readers
    except PcscUnavailableError as err:
        pytest.fail(f"{err}; run tools/bootstrap.sh")


@pytest.fixture(scope="session")
def private_cups():
    """A private cupsd on a loopback port with a cups-pdf queue (see tests/devices/docprint)."""
    from tools.rigs.cups import CUPS_LIB, CUPS_PDF_PPD, PrivateCups

    if os.geteuid() != 0:
        pytest.fail("the cups-pdf tests need root (cups-pdf's backend runs as root)")
    for needed in (CUPS_PDF_PPD, CUPS_LIB / "backend/cups-pdf", Path("/usr/sbin/cupsd")):
        if not needed.exists():
            pytest.fail(
                f"{needed} is missing: run make setup (cups-daemon, printer-driver-cups-pdf)"
            )
    # Not under pytest's folder: its parents are 0700 and cupsd's filters run as lp.
    root = Path(tempfile.mkdtemp(prefix="machikado-cups-"))
    server = PrivateCups(root)
    try:
        server.start()
        server.add_queues()
        yield server
    finally:
        server.cleanup()
        shutil.rmtree(root, ignore_errors=True)
