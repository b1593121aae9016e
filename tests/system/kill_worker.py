"""A kiosk process that pays for a certificate and is killed while it prints (run by a test).

Usage: python -m tests.system.kill_worker FOLDER GATEWAY_URL TOKEN CARD_JSON PIN
Prints ``PRINTING`` once the money is held and the gateway has issued; then waits for its end.
"""

from __future__ import annotations

import sys
import threading
from pathlib import Path
from urllib.parse import urlsplit

from devices.docprint.emulator import EmulatedDocumentPrinter
from devices.receipt.open import open_emulated
from devices.smartcard.emulator.factory import CardRecord
from devices.smartcard.emulator.inprocess import EmulatedCardReader
from kiosk.services.certificates.core.flow import Step
from tests.system.rig import Kiosk


class StuckPrinter(EmulatedDocumentPrinter):
    """A printer whose job never finishes: the kiosk is killed while it waits."""

    def follow(self, job_id: int, timeout: float) -> None:
        """Say the documents are printing, then wait for ever."""
        print("PRINTING", flush=True)
        threading.Event().wait()


def main(folder: str, url: str, token: str, card: str, pin: str) -> None:
    """Run one resident's order up to the printer."""
    tray = Path(folder) / "tray"
    tray.mkdir(parents=True, exist_ok=True)
    reader = EmulatedCardReader()
    receipt = open_emulated(urlsplit("emulated://receipt"))
    kiosk = Kiosk(
        Path(folder),
        url,
        token,
        reader,
        StuckPrinter(output_dir=tray),  # type: ignore[arg-type]
        (receipt, receipt.transport.emulator),  # type: ignore[attr-defined]
    )
    kiosk.start()
    reader.insert(CardRecord.load(Path(card)).build())
    kiosk.flow.card_inserted()
    kiosk.enter_pin(pin)
    reader.remove()
    kiosk.flow.card_removed()
    assert kiosk.flow.step is Step.CHOOSE, (kiosk.flow.step, kiosk.flow.problem)
    kiosk.order("inkan")
    kiosk.pay_cash(500)


if __name__ == "__main__":
    main(*sys.argv[1:6])
