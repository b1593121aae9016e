"""The certificate's receipt: its wording from the service's catalogue, printed as a slip."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Mapping
from pathlib import Path

from content.languages import LANGUAGE_CODES, format_date, group_digits
from devices.live import LiveDevice
from devices.receipt.document import Align, Paper, Receipt
from devices.receipt.printer import ReceiptPrinter
from kiosk.blocks.slips.receipt_printer import SlipPrinter
from kiosk.blocks.slips.slip import Feed, Pair, Rule, Slip, Text
from kiosk.services.certificates.core.ports import ReceiptContent
from kiosk.services.certificates.messages import RECEIPT
from kiosk.shell.core.messages import Catalogue, Message

MESSAGES_DIR = Path(__file__).resolve().parent.parent / "messages"


@functools.cache
def catalogue() -> Catalogue:
    """The certificate service's catalogue in every language the kiosk speaks."""
    return Catalogue.load([MESSAGES_DIR], LANGUAGE_CODES)


class ReceiptAdapter:
    """:class:`~kiosk.services.certificates.core.ports.ReceiptPrinterPort` over a receipt printer.

    The receipt names no resident: the certificate, copies, fee, payment, time and reference.
    """

    def __init__(
        self,
        printer: ReceiptPrinter | LiveDevice[ReceiptPrinter],
        *,
        city: Mapping[str, str],
        paper: Paper | None = None,
        words: Catalogue | None = None,
    ) -> None:
        self.slips = SlipPrinter(printer, paper=paper)
        self.city = city  # looked up at each receipt: the name may arrive with a sync
        self._words = words

    def slip(self, content: ReceiptContent) -> Slip:
        """The receipt for ``content`` as a slip in its language."""
        code = content.language
        words = self._words or catalogue()

        def say(message: Message, value: object = None) -> str:
            text = words.text(message, code)
            return text if value is None else text.replace("%1", str(value))

        def yen(amount: int) -> str:
            return say(RECEIPT.yen, group_digits(amount, code))

        method = {"cash": RECEIPT.cash, "ic": RECEIPT.ic}.get(content.method)
        lines: list[Text | Pair | Rule | Feed] = []
        city = self.city.get(code) or self.city.get("ja", "")
        if city:
            lines.append(Text(city, align=Align.CENTER, bold=True))
        lines += [
            Text(say(RECEIPT.title), align=Align.CENTER, bold=True, big=True),
            Rule(),
            Text(f"{say(RECEIPT.certificate)}: {content.certificate_name}"),
            Pair(say(RECEIPT.copies), say(RECEIPT.copies_value, content.copies)),
            Pair(say(RECEIPT.fee), yen(content.fee_yen)),
            Pair(say(RECEIPT.method), say(method) if method else content.method),
        ]
        if content.method == "cash":
            if content.paid_yen:
                lines.append(Pair(say(RECEIPT.paid), yen(content.paid_yen)))
            lines.append(Pair(say(RECEIPT.change), yen(content.change_yen)))
        lines += [
            Rule(),
            Pair(say(RECEIPT.date), _when(content.issued_at, code)),
            Pair(say(RECEIPT.reference), content.reference),
            Feed(1),
            Text(say(RECEIPT.thanks), align=Align.CENTER),
            Feed(1),
            # The machine's number as the city configures it, in the small print at the foot.
            Pair(say(RECEIPT.terminal), content.terminal_id),
        ]
        return Slip(language=code, lines=tuple(lines))

    def layout(self, content: ReceiptContent, folder: Path) -> Receipt:
        """The printer's document for the receipt; raster lines are written into ``folder``."""
        return self.slips.layout(self.slip(content), folder)

    def print_receipt(self, content: ReceiptContent) -> None:
        """Print the receipt; FlowError with the printer's key when it cannot."""
        self.slips.print_slip(self.slip(content))


def _when(issued_at: str, code: str) -> str:
    try:
        when = dt.datetime.fromisoformat(issued_at)
    except ValueError:
        return issued_at
    return f"{format_date(when.date().isoformat(), code)} {when:%H:%M}"
