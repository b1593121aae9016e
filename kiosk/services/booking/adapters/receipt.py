"""The booking receipt: number, facility, room, day, time, fee and payment, with a QR code.

Worded from the service's catalogue in the resident's language and printed as a slip; the QR
code holds the booking number, which the facility's counter scans. It names no resident.
"""

from __future__ import annotations

import functools
import logging
import tempfile
from pathlib import Path
from zoneinfo import ZoneInfo

from content.languages import LANGUAGE_CODES, format_date, group_digits
from devices.live import LiveDevice, device_source
from devices.receipt.document import Align, Cut, Paper, Qr, Receipt
from devices.receipt.document import Feed as PaperFeed
from devices.receipt.errors import ReceiptError
from devices.receipt.printer import ReceiptPrinter
from kiosk.blocks.slips.receipt_printer import SlipPrinter, error_key
from kiosk.blocks.slips.slip import Feed, Line, Pair, Rule, Slip, Text
from kiosk.services.booking.core.ports import BookingReceipt, PrintError
from kiosk.services.booking.messages import RECEIPT
from kiosk.shell.core.messages import Catalogue, Message

log = logging.getLogger(__name__)

MESSAGES_DIR = Path(__file__).resolve().parent.parent / "messages"
JAPAN = ZoneInfo("Asia/Tokyo")


@functools.cache
def catalogue() -> Catalogue:
    """The booking service's catalogue in every language the kiosk speaks."""
    return Catalogue.load([MESSAGES_DIR], LANGUAGE_CODES)


def _name(names: object, code: str) -> str:
    if not isinstance(names, dict):
        return ""
    return str(names.get(code) or names.get("ja") or next(iter(names.values()), ""))


class BookingReceiptAdapter:
    """:class:`~kiosk.services.booking.core.ports.ReceiptPort` over a receipt printer."""

    def __init__(
        self,
        printer: ReceiptPrinter | LiveDevice[ReceiptPrinter],
        *,
        paper: Paper | None = None,
        words: Catalogue | None = None,
        zone: ZoneInfo = JAPAN,
    ) -> None:
        self.slips = SlipPrinter(printer, paper=paper)
        self._printer = device_source(printer)
        self._words = words
        self._zone = zone

    def slip(self, receipt: BookingReceipt) -> Slip:
        """The receipt's lines in its language."""
        code = receipt.language
        words = self._words or catalogue()

        def say(message: Message, value: object = None) -> str:
            text = words.text(message, code)
            return text if value is None else text.replace("%1", str(value))

        booking = receipt.booking
        comma = "、" if code in ("ja", "ja-easy", "zh-Hans") else ", "
        when = comma.join(_name(n, code) for n in receipt.division_names)
        method = {"cash": RECEIPT.cash, "ic": RECEIPT.ic, "counter": RECEIPT.counter}
        lines: list[Line] = [
            Text(say(RECEIPT.title), align=Align.CENTER, bold=True, big=True),
            Rule(),
            Text(say(RECEIPT.number), align=Align.CENTER),
            Text(booking.id, align=Align.CENTER, bold=True, big=True),
            Rule(),
            Pair(say(RECEIPT.facility), _name(receipt.facility_names, code)),
            Pair(say(RECEIPT.room), _name(receipt.unit_names, code)),
            Pair(say(RECEIPT.date), format_date(booking.date.isoformat(), code)),
            Pair(say(RECEIPT.time), when),
            Pair(say(RECEIPT.fee), say(RECEIPT.yen, group_digits(booking.fee_yen, code))),
            Text(say(method[receipt.method]) if receipt.method in method else receipt.method),
        ]
        if receipt.method == "counter" and booking.expires_at is not None:
            last = booking.expires_at.astimezone(self._zone)
            day = format_date(last.date().isoformat(), code)
            lines.append(Pair(say(RECEIPT.pay_by), f"{day} {last:%H:%M}"))
        printed = receipt.printed_at.astimezone(self._zone)
        lines += [
            Rule(),
            Text(say(RECEIPT.keep)),
            Feed(1),
            Text(f"{format_date(printed.date().isoformat(), code)} {printed:%H:%M}"),
        ]
        return Slip(code, tuple(lines))

    def layout(self, receipt: BookingReceipt, folder: Path) -> Receipt:
        """The printer's document: the slip, then the booking number as a QR code."""
        document = self.slips.layout(self.slip(receipt), folder)
        document.blocks[:] = [b for b in document.blocks if not isinstance(b, (Cut, PaperFeed))]
        document.add(Qr(receipt.booking.id, module=6))
        document.add(PaperFeed(3))
        document.add(Cut(partial=True))
        return document

    def print_receipt(self, receipt: BookingReceipt) -> None:
        """Print it; PrintError with the printer's key ('receipt.paper_out', …) when not."""
        with tempfile.TemporaryDirectory(prefix="machikado-booking-receipt-") as folder:
            try:
                document = self.layout(receipt, Path(folder))
                self._printer().print_receipt(document)
            except ReceiptError as err:
                key = error_key(err)
                log.warning("booking receipt not printed: %s", key)
                raise PrintError(key, str(err)) from err
