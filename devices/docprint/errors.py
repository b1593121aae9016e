"""Errors of document printers, each with the message key the kiosk words for residents."""

from __future__ import annotations

from devices.errors import DeviceError, DeviceUnavailableError


class DocPrintError(DeviceError):
    """The document printer failed or refused a job."""

    key = "docprint.error"


class PrintServiceDownError(DocPrintError, DeviceUnavailableError):
    """The print service (cupsd) does not answer."""

    key = "docprint.service_down"


class QueueNotFoundError(DocPrintError, DeviceUnavailableError):
    """The configured print queue does not exist."""

    key = "docprint.no_queue"


class QueuePausedError(DocPrintError):
    """The queue is paused or does not accept jobs."""

    key = "docprint.queue_paused"


class PrinterNotReadyError(DocPrintError):
    """The printer reports a condition that stops printing; ``reason`` is the IPP keyword."""

    key = "docprint.not_ready"

    def __init__(self, message: str, *, reason: str) -> None:
        super().__init__(message, key=f"docprint.not_ready.{reason.replace('-', '_')}")
        self.reason = reason


class JobFailedError(DocPrintError):
    """A job ended without printing: ``state`` is ``aborted`` or ``canceled``."""

    key = "docprint.job_failed"

    def __init__(self, message: str, *, state: str) -> None:
        super().__init__(message, key=f"docprint.job_{state}")
        self.state = state


class JobTimeoutError(DocPrintError):
    """A job did not finish within the time allowed."""

    key = "docprint.job_timeout"


class DocumentError(DocPrintError):
    """The document or its options cannot be printed (missing file, not a PDF, bad option)."""

    key = "docprint.bad_document"
