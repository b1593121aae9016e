"""Errors of receipt printers, each with the message key the kiosk words for residents."""

from __future__ import annotations

from devices.errors import DeviceError, DeviceUnavailableError


class ReceiptError(DeviceError):
    """A receipt printer failed or refused a job."""

    key = "receipt.error"


class ReceiptContentError(ReceiptError):
    """The receipt cannot be printed as written (bad size, unprintable character, …)."""

    key = "receipt.bad_content"


class PrinterUnavailableError(ReceiptError, DeviceUnavailableError):
    """The printer's port or address cannot be opened (unplugged, powered off)."""

    key = "receipt.unavailable"


class PrinterNotReadyError(ReceiptError):
    """The printer reported a condition that stops printing; ``reason`` names it."""

    key = "receipt.not_ready"

    def __init__(self, message: str, *, reason: str, during_job: bool = False) -> None:
        prefix = "receipt.job_failed" if during_job else "receipt.not_ready"
        super().__init__(message, key=f"{prefix}.{reason}")
        self.reason = reason
        self.during_job = during_job


class PrinterTimeoutError(ReceiptError):
    """The printer stopped taking data or did not answer within the time allowed."""

    key = "receipt.timeout"


class StatusLineError(ReceiptError):
    """The printer answered a status request with bytes that are not a status reply."""

    key = "receipt.status_garbage"
