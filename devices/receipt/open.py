"""Openers for the registry: ``escpos+serial``, ``escpos+usblp``, ``escpos+tcp`` and ``emulated``.

Options go in the query: ``baud`` (serial, default 38400), ``rtscts=1`` (serial hardware flow
control) and ``paper=58|80`` (roll width, default 80).
"""

from __future__ import annotations

from urllib.parse import SplitResult, parse_qs

from devices.errors import DeviceConfigError
from devices.receipt.document import Paper
from devices.receipt.emulator import EscposEmulator
from devices.receipt.emulator_link import InProcessTransport
from devices.receipt.printer import EscposPrinter
from devices.receipt.transport import SerialTransport, TcpTransport, UsbLpTransport

_KNOWN = {"baud", "rtscts", "paper"}


def _options(url: SplitResult) -> dict[str, str]:
    options = {key: values[-1] for key, values in parse_qs(url.query).items()}
    unknown = sorted(set(options) - _KNOWN)
    if unknown:
        raise DeviceConfigError(f"unknown receipt printer option(s): {', '.join(unknown)}")
    return options


def _paper(options: dict[str, str]) -> Paper:
    value = options.get("paper", "80")
    try:
        return Paper(int(value))
    except ValueError as err:
        raise DeviceConfigError(f"paper must be 58 or 80 (mm), got {value!r}") from err


def _path(url: SplitResult) -> str:
    if not url.path or url.netloc:
        raise DeviceConfigError(f"expected a device path like {url.scheme}:///dev/…")
    return url.path


def open_serial(url: SplitResult) -> EscposPrinter:
    """A printer on a serial port: ``escpos+serial:///dev/ttyUSB0?baud=38400``."""
    options = _options(url)
    try:
        baud = int(options.get("baud", "38400"))
    except ValueError as err:
        raise DeviceConfigError("baud must be a number") from err
    if baud not in (2400, 4800, 9600, 19200, 38400, 57600, 115200):
        raise DeviceConfigError(f"baud {baud} is not a serial printer speed")
    transport = SerialTransport(_path(url), baud, rtscts=options.get("rtscts") == "1")
    return EscposPrinter(transport, paper=_paper(options))


def open_usblp(url: SplitResult) -> EscposPrinter:
    """A printer on the kernel's USB printer class: ``escpos+usblp:///dev/usb/lp0``."""
    options = _options(url)
    return EscposPrinter(UsbLpTransport(_path(url)), paper=_paper(options))


def open_tcp(url: SplitResult) -> EscposPrinter:
    """A network printer: ``escpos+tcp://10.0.0.5:9100``."""
    options = _options(url)
    try:
        port = url.port or 9100
    except ValueError as err:
        raise DeviceConfigError("the printer's TCP port is not a number") from err
    if not url.hostname:
        raise DeviceConfigError("escpos+tcp needs a host, e.g. escpos+tcp://10.0.0.5:9100")
    return EscposPrinter(TcpTransport(url.hostname, port), paper=_paper(options))


def open_emulated(url: SplitResult) -> EscposPrinter:
    """An in-process emulated printer: ``emulated://receipt?paper=58``."""
    options = _options(url)
    paper = _paper(options)
    return EscposPrinter(InProcessTransport(EscposEmulator(paper)), paper=paper)
