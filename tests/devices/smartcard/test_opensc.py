"""OpenSC, software we did not write, reads the emulator's certificates through pcscd."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from cryptography import x509

from devices.smartcard.mynumber import JPKI_AID


def test_pkcs15_tool_lists_the_emulated_cards_certificates(pcscd, records):
    from .conftest import Harness

    tool = shutil.which("pkcs15-tool")
    if tool is None:
        pytest.fail("pkcs15-tool is missing; run tools/bootstrap.sh (Debian: opensc)")
    harness = Harness("pcsc")
    try:
        card = records["my_number"].build()
        harness.insert(card)
        done = subprocess.run(
            [tool, "--reader", harness.names[0], "--list-certificates"],
            capture_output=True,
            text=True,
            timeout=120,
        )
        pins = subprocess.run(
            [tool, "--reader", harness.names[0], "--list-pins"],
            capture_output=True,
            text=True,
            timeout=120,
        )
    finally:
        harness.close()
    assert done.returncode == 0, done.stderr
    assert "User Authentication Certificate" in done.stdout
    serial = x509.load_der_x509_certificate(records["my_number"].auth_cert).serial_number
    serial_hex = f"{serial:X}"
    printed = "".join(done.stdout.split("Path           : 000a", 1)[1].split("\n\n")[0].split())
    assert serial_hex.rjust(len(serial_hex) + len(serial_hex) % 2, "0") in printed
    assert "Path           : 000a" in done.stdout
    assert any(c.startswith(bytes.fromhex("00A4040C0A") + JPKI_AID) for c in card.commands)
    assert pins.returncode == 0, pins.stderr
    assert "User Authentication PIN" in pins.stdout
    assert "Tries left     : 3" in pins.stdout
