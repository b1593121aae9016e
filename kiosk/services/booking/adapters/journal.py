"""The terminal's record of money held for bookings: one JSON line per step, synced to disk.

Staff settle from it what the terminal could not (a fee held when the power went). It names no
resident: the order's reference, the booking number, the hold and the yen.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import threading
from pathlib import Path

from kiosk.blocks.checkout.ports import Held


class BookingJournal:
    """:class:`~kiosk.blocks.checkout.ports.JournalPort` appending to ``path``."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()

    def _add(self, reference: str, event: str, **fields: object) -> None:
        line = {"at": dt.datetime.now(dt.UTC).isoformat(), "reference": reference, "event": event}
        data = json.dumps({**line, **fields}, ensure_ascii=False) + "\n"
        with self._lock:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self.path.open("a", encoding="utf-8") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())

    def held(self, reference: str, held: Held) -> None:
        """Money is held for the booking's fee."""
        self._add(reference, "held", hold=held.hold_id, yen=held.amount_yen, method=held.method)

    def issued(self, reference: str, issuance_id: str) -> None:
        """The gateway confirmed the booking ``issuance_id`` as paid."""
        self._add(reference, "confirmed", booking=issuance_id)

    def printed(self, reference: str) -> None:
        """The fee is about to be taken (the booking is confirmed)."""
        self._add(reference, "taking")

    def failed(self, reference: str, detail: str) -> None:
        """The order ended without a booking (``detail`` is a message key)."""
        self._add(reference, "failed", detail=detail[:100])

    def settled(self, reference: str, result: str, amount_yen: int) -> None:
        """The fee was 'collected' or 'refunded'."""
        self._add(reference, "settled", result=result, yen=amount_yen)

    def entries(self) -> list[dict[str, object]]:
        """Every line written, oldest first."""
        if not self.path.exists():
            return []
        lines = self.path.read_text(encoding="utf-8").splitlines()
        return [json.loads(line) for line in lines if line.strip()]
