"""The job search's parts, built for the kiosk: the search over the cache's index, slip, flow."""

from __future__ import annotations

from devices.live import LiveDevice
from devices.receipt.errors import PrinterUnavailableError
from devices.receipt.printer import ReceiptPrinter
from kiosk.services.jobs.adapters.office import MITAKA
from kiosk.services.jobs.adapters.slip import JobSlipPrinter
from kiosk.services.jobs.core.search import NgramJobSearch
from kiosk.services.jobs.core.flow import JobsFlow
from kiosk.shell.host import Host


def build_jobs_flow(host: Host) -> JobsFlow | None:
    """The flow on the cache's job index and the receipt printer; None without a cache."""
    cache = host.cache
    if cache is None:
        return None
    receipts: LiveDevice[ReceiptPrinter] = LiveDevice(
        lambda: host.monitor.device("receipt_printer"),
        lambda: PrinterUnavailableError("the receipt printer is not available"),
    )
    search = NgramJobSearch(cache.jobs_index.index, MITAKA)
    return JobsFlow(search, JobSlipPrinter(receipts), host.runner)
