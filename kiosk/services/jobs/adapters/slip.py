"""The slip a job seeker takes to the Hello Work counter: one or more listings, each with a QR code.

The slip is printed in Japanese whatever the screen's language: it is read at the counter, and
the listings themselves are Japanese. Its text goes out in the printer's own Shift_JIS font
through the shared slip layout; each listing's QR code is printed natively after its lines.
"""

from __future__ import annotations

import datetime as dt
import logging
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from zoneinfo import ZoneInfo

from devices.live import LiveDevice, device_source
from devices.receipt.document import Align, Cut, Paper, Qr, Receipt
from devices.receipt.document import Feed as PaperFeed
from devices.receipt.errors import ReceiptError
from devices.receipt.printer import ReceiptPrinter
from kiosk.blocks.slips.receipt_printer import SlipPrinter, error_key
from kiosk.blocks.slips.slip import Feed, Line, Pair, Rule, Slip, Text
from kiosk.services.jobs.core.model import WAGE_UNITS, HelloWorkOffice, Listing
from kiosk.shell.core.errors import FlowError

log = logging.getLogger(__name__)

JAPAN = ZoneInfo("Asia/Tokyo")
MAX_LISTINGS = 5  # a slip a counter clerk can read at a glance, and short paper
_UNIT = {c.key: c.label_ja for c in WAGE_UNITS}
_HWIS = (
    "https://www.hellowork.mhlw.go.jp/kensaku/GECA110010.do"
    "?screenId=GECA110010&action=kyujinhyoBtn&kJNo={number}&kJKbn=1"
)


def listing_url(kyujin_no: str) -> str:
    """The public 求人票 page of a listing on the Hello Work Internet Service."""
    return _HWIS.format(number=kyujin_no.replace("-", ""))


def wage_text(unit: str, low: int, high: int | None) -> str:
    """賃金 as the 求人票 writes it: 月給 245,000円〜350,000円."""
    label = _UNIT.get(unit, unit)
    if high is None or high == low:
        return f"{label} {low:,}円"
    return f"{label} {low:,}円〜{high:,}円"


def _listing_lines(listing: Listing) -> list[Line]:
    lines: list[Line] = [
        Rule(),
        Text("求人番号"),
        Text(listing.kyujin_no, align=Align.CENTER, bold=True, big=True),
        Text(f"職種：{listing.title}", bold=True),
    ]
    if listing.employer_name:  # None whenever 公開範囲 hides the employer
        lines.append(Text(f"事業所：{listing.employer_name}"))
    lines.append(Text(f"就業場所：{listing.work_city_name}"))
    if listing.station:
        # A line of its own: a station's name in kana (はなみずき中央) is no phrase the line
        # breaker knows, so after the city's name it was broken in the middle.
        walk = f"から徒歩{listing.walk_min}分" if listing.walk_min is not None else ""
        lines.append(Text(f"最寄り駅：{listing.station}駅{walk}"))
    lines += [
        Text(f"賃金：{wage_text(listing.wage_unit, listing.wage_min, listing.wage_max)}"),
        Pair("紹介期限日", _date(listing.expires)),
    ]
    return lines


def _date(day: dt.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


class JobSlipPrinter:
    """Lays out and prints the counter slip for the listings a job seeker chose."""

    def __init__(
        self,
        printer: ReceiptPrinter | LiveDevice[ReceiptPrinter],
        *,
        paper: Paper | None = None,
        clock: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC),
    ) -> None:
        self._printer = device_source(printer)
        self._slips = SlipPrinter(printer, paper=paper)
        self._clock = clock

    def parts(self, listings: Sequence[Listing], office: HelloWorkOffice) -> list[Slip]:
        """The slip's text: a head, one part per listing (its QR code follows it), a foot."""
        if not 1 <= len(listings) <= MAX_LISTINGS:
            raise FlowError("jobs.slip_count", f"a slip holds 1 to {MAX_LISTINGS} listings")
        now = self._clock().astimezone(JAPAN)
        head: list[Line] = [
            Text("求人情報の控え", align=Align.CENTER, bold=True, big=True),
            Text(f"{_date(now.date())} {now:%H:%M} 印刷", align=Align.CENTER),
            Text("この紙をハローワークの窓口でお見せください。求人番号で紹介を受けられます。"),
        ]
        foot: list[Line] = [
            Rule(),
            Text("応募・相談の窓口", bold=True),
            Text(office.name_ja, bold=True),
            Text(f"〒{office.postcode} {office.address_ja}"),
            Pair("電話", office.phone),
            # The hours on a line of their own: after the label they broke before 除く.
            Text("受付時間"),
            Text(office.hours_ja),
            Feed(1),
            Text("QRコードで求人票が見られます（紹介期限日まで）"),
        ]
        body = [Slip("ja", tuple(_listing_lines(item))) for item in listings]
        return [Slip("ja", tuple(head)), *body, Slip("ja", tuple(foot))]

    def layout(self, listings: Sequence[Listing], office: HelloWorkOffice, folder: Path) -> Receipt:
        """The printer's document; any raster lines are written under ``folder``."""
        parts = self.parts(listings, office)
        receipt = Receipt(paper=self._slips.paper)
        for number, slip in enumerate(parts):
            sub = folder / f"part-{number}"
            sub.mkdir(parents=True, exist_ok=True)
            blocks = self._slips.layout(slip, sub).blocks
            # The shared layout ends every slip with a feed and a cut: one slip, one cut.
            receipt.blocks.extend(b for b in blocks if not isinstance(b, (Cut, PaperFeed)))
            if 0 < number <= len(listings):
                receipt.add(Qr(listing_url(listings[number - 1].kyujin_no), module=5))
        receipt.add(PaperFeed(3))
        receipt.add(Cut(partial=True))
        return receipt

    def print_slip(self, listings: Sequence[Listing], office: HelloWorkOffice) -> None:
        """Print the slip; FlowError with the printer's key ('receipt.paper_out', …) when not."""
        with tempfile.TemporaryDirectory(prefix="machikado-jobs-slip-") as folder:
            try:
                receipt = self.layout(listings, office, Path(folder))
                self._printer().print_receipt(receipt)
            except ReceiptError as err:
                key = error_key(err)
                log.warning("job slip not printed: %s", key)
                raise FlowError(key, str(err)) from err
