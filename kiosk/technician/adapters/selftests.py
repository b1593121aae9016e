"""One self-test per device kind, each through the device's own interface, and one of the gateway.

A test never raises: a device error becomes a failed result carrying the error's message key.
The card reader test lists readers, reads a card's ATR and sends a harmless SELECT of the JPKI
application — never a VERIFY, which would use up one of the resident's PIN tries. The printers
print a test slip and a test page; the document printer test first puts a queue stopped for an
empty tray back in service (after a refill). Serial devices opened through a
:class:`~kiosk.technician.adapters.trace.TraceFile` also return their traffic as hex lines.
"""

from __future__ import annotations

import datetime as dt
import logging
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from PIL import Image

from devices.docprint.model import DocumentPrinter, PrintOptions, QueueState
from devices.errors import DeviceError
from devices.ledsign.interface import LedSign
from devices.payment.model import Method
from devices.receipt.printer import ReceiptPrinter
from devices.smartcard.interface import CardReader
from devices.smartcard.mynumber import JPKI_AID
from kiosk.blocks.slips.receipt_printer import SlipPrinter
from kiosk.blocks.slips.slip import Pair, Rule, Slip, Text
from kiosk.shell.core.errors import FlowError
from kiosk.technician.adapters.sample_page import sample_page_pdf
from kiosk.technician.adapters.system import check_network
from kiosk.technician.adapters.trace import TraceFile
from kiosk.technician.core.model import Detail, Outcome, SelfTestResult
from kiosk.technician.core.ports import CounterStore
from offline_cache.tls import GatewayTls

log = logging.getLogger(__name__)
PASSED = "selftest.passed"
# SELECT by DF name, no answer data wanted (P2 = 0C): the card only says whether it has the AP.
SELECT_JPKI = bytes([0x00, 0xA4, 0x04, 0x0C, len(JPKI_AID)]) + JPKI_AID
PAGE_TIMEOUT_S = 90.0

Body = Callable[[list[Detail]], str]


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class _Test:
    """Runs ``_body`` timed; a device error fails the test with its key, never raises."""

    target = ""

    def __init__(self, device: Callable[[], Any], *, trace: TraceFile | None = None) -> None:
        self._device = device
        self._trace = trace

    def _body(self, details: list[Detail]) -> str:
        raise NotImplementedError

    def run(self) -> SelfTestResult:
        """Run the test once; the result says how it went."""
        started, clock = _utc_now(), time.monotonic()
        details: list[Detail] = []
        if self._trace is not None:
            self._trace.clear()
        try:
            key = self._body(details)
        except DeviceError as err:
            key = err.key
        except FlowError as err:
            key = err.key
        except Exception as err:  # a test must report, whatever the device library does
            log.exception("self-test of %s failed unexpectedly", self.target)
            key = "selftest.error"
            details.append(Detail("selftest.detail.error", type(err).__name__))
        trace = self._trace.lines() if self._trace is not None else ()
        return SelfTestResult(
            self.target,
            Outcome.PASSED if key == PASSED else Outcome.FAILED,
            key,
            started,
            time.monotonic() - clock,
            tuple(details),
            trace,
        )


def not_installed(target: str) -> SelfTestResult:
    """The result for a device the terminal does not have."""
    return SelfTestResult(target, Outcome.NOT_INSTALLED, "selftest.not_installed", _utc_now(), 0.0)


class NotInstalledTest:
    """The self-test of a device kind the configuration does not name."""

    def __init__(self, target: str) -> None:
        self.target = target

    def run(self) -> SelfTestResult:
        """Nothing to try."""
        return not_installed(self.target)


class CardReaderTest(_Test):
    """Readers present; with a card, its ATR and the answer to SELECT of the JPKI AP."""

    target = "card_reader"

    def _body(self, details: list[Detail]) -> str:
        reader: CardReader = self._device()
        names = reader.readers()
        details.append(Detail("selftest.detail.readers", ", ".join(names) or "-"))
        if not names:
            return "card.no_reader"
        if not reader.card_present():
            details.append(Detail("selftest.detail.card", "selftest.card.none"))
            return PASSED
        with reader.transaction() as channel:
            details.append(Detail("selftest.detail.atr", channel.atr.hex(" ").upper()))
            answer = channel.transmit(SELECT_JPKI)
        status = answer[-2:].hex().upper()
        details.append(Detail("selftest.detail.select_sw", status))
        return PASSED if status == "9000" else "selftest.card.select_refused"


def sample_slip(terminal_id: str, zone: ZoneInfo, now: dt.datetime) -> Slip:
    """The receipt printer's test slip: Japanese text, the terminal and the time in its zone."""
    return Slip(
        "ja",
        (
            Text("テスト印字", bold=True, big=True),
            Text("まちかど端末 レシートプリンター"),
            Rule(),
            Pair("端末", terminal_id),
            Pair("日時", now.astimezone(zone).strftime("%Y-%m-%d %H:%M")),
            Text("あいうえお アイウエオ 漢字 ABC 123"),
        ),
    )


class ReceiptPrinterTest(_Test):
    """The printer's real-time status, then a test slip (counted as a receipt)."""

    target = "receipt_printer"

    def __init__(
        self,
        device: Callable[[], Any],
        *,
        terminal_id: str,
        zone: ZoneInfo,
        counters: CounterStore | None = None,
        trace: TraceFile | None = None,
    ) -> None:
        super().__init__(device, trace=trace)
        self._terminal_id = terminal_id
        self._zone = zone
        self._counters = counters

    def _body(self, details: list[Detail]) -> str:
        printer: ReceiptPrinter = self._device()
        status = printer.status()
        flags = [
            name
            for name in ("offline", "cover_open", "paper_end", "paper_near_end", "error")
            if getattr(status, name)
        ]
        details.append(Detail("selftest.detail.status", ", ".join(flags) or "ok"))
        if status.problem is not None:
            return f"receipt.{status.problem}"
        SlipPrinter(printer).print_slip(sample_slip(self._terminal_id, self._zone, _utc_now()))
        if self._counters is not None:
            self._counters.add("receipts")
            self._counters.add("paper_mm", SLIP_MM)
        details.append(Detail("selftest.detail.printed", "selftest.printed.slip"))
        return PASSED


SLIP_MM = 90  # the test slip's length on the roll, cut included


class DocumentPrinterTest(_Test):
    """Queue state and reasons; a queue stopped by an empty tray is resumed; then a test page."""

    target = "document_printer"

    def __init__(
        self,
        device: Callable[[], Any],
        *,
        terminal_id: str,
        zone: ZoneInfo,
        resume: Callable[[], bool] | None = None,
        counters: CounterStore | None = None,
    ) -> None:
        super().__init__(device)
        self._terminal_id = terminal_id
        self._zone = zone
        self._resume = resume
        self._counters = counters

    def _body(self, details: list[Detail]) -> str:
        printer: DocumentPrinter = self._device()
        state = printer.state()
        details.append(Detail("selftest.detail.queue", state.queue))
        details.append(Detail("selftest.detail.state", state.state.name.lower()))
        reasons = [r for r in (state.problem, *state.warnings) if r]
        details.append(Detail("selftest.detail.reasons", ", ".join(reasons) or "none"))
        stopped = state.state is QueueState.STOPPED or not state.accepting
        needs_resume = stopped or state.problem is not None
        if needs_resume and self._resume is not None and self._resume():
            details.append(Detail("selftest.detail.resumed", "selftest.queue.resumed"))
            state = printer.state()
        if state.problem is not None:
            return f"docprint.{state.problem.replace('-', '_')}"
        with tempfile.TemporaryDirectory(prefix="machikado-testpage-") as folder:
            page = Path(folder) / "test-page.pdf"
            page.write_bytes(sample_page_pdf(self._terminal_id, _utc_now().astimezone(self._zone)))
            job = printer.submit(page, "machikado-test-page", PrintOptions())
            printer.follow(job, PAGE_TIMEOUT_S)
        if self._counters is not None:
            self._counters.add("pages")
        details.append(Detail("selftest.detail.printed", "selftest.printed.page"))
        return PASSED


def sample_pattern(rows: int, cols: int) -> Image.Image:
    """A test picture for an LED board: a frame, a diagonal and a checkerboard in its middle."""
    image = Image.new("1", (cols, rows), 0)
    pixels = image.load()
    assert pixels is not None
    for x in range(cols):
        for y in range(rows):
            edge = x in (0, cols - 1) or y in (0, rows - 1)
            diagonal = x % rows == y
            middle = cols // 3 <= x < 2 * cols // 3 and (x + y) % 2 == 0
            pixels[x, y] = 1 if edge or diagonal or middle else 0
    return image


class LedSignTest(_Test):
    """A test pattern, then the words テスト TEST (the board acknowledges each)."""

    target = "led_sign"

    def _body(self, details: list[Detail]) -> str:
        sign: LedSign = self._device()
        details.append(Detail("selftest.detail.matrix", f"{sign.matrix.rows}x{sign.matrix.cols}"))
        sign.show_picture(sample_pattern(sign.matrix.rows, sign.matrix.cols))
        sign.show_text("TEST テスト")
        return PASSED


class PaymentTest(_Test):
    """The payment unit's health and the methods it takes now."""

    target = "payment"

    def _body(self, details: list[Detail]) -> str:
        unit = self._device()
        health = unit.health()
        methods: frozenset[Method] = unit.methods()
        details.append(
            Detail("selftest.detail.methods", ", ".join(sorted(m.value for m in methods)) or "-")
        )
        if health.warning:
            details.append(Detail("selftest.detail.warning", health.warning))
        if not health.available:
            return health.reason or "payment.unavailable"
        return PASSED


class GatewayTest(_Test):
    """Name, connection, TLS, health answer and clock offset of the gateway."""

    target = "gateway"

    def __init__(
        self,
        url: Callable[[], str | None],
        *,
        tls: GatewayTls | None = None,
        token: Callable[[], str | None] | None = None,
    ) -> None:
        super().__init__(lambda: None)
        self._url = url
        self._tls = tls
        self._token = token

    def _body(self, details: list[Detail]) -> str:
        network = check_network(self._url(), self._tls, token=self._token)
        details.append(Detail("selftest.detail.url", network.gateway_url))
        for name, value in (("dns", network.dns_ok), ("tls", network.tls_ok)):
            if value is not None:
                details.append(Detail(f"selftest.detail.{name}", "ok" if value else "failed"))
        if network.round_trip_ms is not None:
            details.append(Detail("selftest.detail.round_trip_ms", f"{network.round_trip_ms:g}"))
        if network.clock_offset_s is not None:
            details.append(Detail("selftest.detail.clock_offset_s", f"{network.clock_offset_s:+g}"))
        return network.problem or PASSED
