"""The document printer interface, its value types, and the reading of IPP state reasons."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Protocol

from devices.docprint.errors import DocumentError
from devices.monitor import Health

MEDIA = ("A4", "A3", "B4", "B5", "Letter")
# Reasons that stop printing even without an "-error" suffix.
BLOCKING = {
    "media-empty",
    "media-needed",
    "media-jam",
    "cover-open",
    "door-open",
    "offline",
    "paused",
    "shutdown",
    "stopped",
    "input-tray-missing",
    "toner-empty",
    "marker-supply-empty",
}


class QueueState(Enum):
    """IPP printer-state."""

    IDLE = 3
    PROCESSING = 4
    STOPPED = 5


@dataclass(frozen=True)
class PrinterState:
    """A queue's state: ``problem`` is the first reason it cannot print, ``warnings`` the rest."""

    queue: str
    state: QueueState
    accepting: bool
    problem: str | None = None
    warnings: tuple[str, ...] = ()
    message: str = ""

    def health(self) -> Health:
        """Availability for the device monitor."""
        if self.problem is not None:
            return Health(False, f"docprint.{self.problem.replace('-', '_')}")
        return Health(True, warning=",".join(self.warnings))


def split_reason(keyword: str) -> tuple[str, str]:
    """``media-empty-error`` → (``media-empty``, ``error``); no suffix → severity ``""``."""
    for severity in ("error", "warning", "report"):
        if keyword.endswith("-" + severity):
            return keyword[: -len(severity) - 1], severity
    return keyword, ""


def read_state(
    queue: str, state: int, reasons: list[str], accepting: bool, message: str = ""
) -> PrinterState:
    """PrinterState from the IPP attributes of a queue."""
    problems, warnings = [], []
    for keyword in reasons:
        reason, severity = split_reason(keyword)
        if reason == "none":
            continue
        if severity == "error" or (severity == "" and reason in BLOCKING):
            problems.append(reason)
        else:
            warnings.append(reason)
    queue_state = QueueState(state) if state in (3, 4, 5) else QueueState.STOPPED
    if queue_state is QueueState.STOPPED and not problems:
        problems.append("stopped")
    if not accepting and not problems:
        problems.append("not-accepting")
    return PrinterState(
        queue,
        queue_state,
        accepting,
        problems[0] if problems else None,
        tuple(warnings),
        message,
    )


@dataclass(frozen=True)
class PrintOptions:
    """What a resident's document needs: copies, paper size, two-sided."""

    copies: int = 1
    media: str = "A4"
    duplex: bool = False
    extra: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not 1 <= self.copies <= 99:
            raise DocumentError(f"copies must be 1..99, got {self.copies}")
        if self.media not in MEDIA:
            raise DocumentError(f"media must be one of {', '.join(MEDIA)}, got {self.media!r}")

    def ipp(self) -> dict[str, str]:
        """IPP job attributes (keys and values are strings, as pycups requires)."""
        return {
            "copies": str(self.copies),
            "media": self.media,
            "sides": "two-sided-long-edge" if self.duplex else "one-sided",
            **self.extra,
        }


def check_pdf(document: Path) -> None:
    """DocumentError unless ``document`` is a readable PDF file."""
    try:
        with document.open("rb") as file:
            head = file.read(5)
    except OSError as err:
        raise DocumentError("the document file cannot be read") from err
    if head != b"%PDF-":
        raise DocumentError("the document is not a PDF")


class DocumentPrinter(Protocol):
    """A document printer queue; calls block and are made from a worker thread.

    Raises PrintServiceDownError, QueueNotFoundError, QueuePausedError, PrinterNotReadyError,
    JobFailedError, JobTimeoutError and DocumentError.
    """

    def queues(self) -> list[str]:
        """Names of the queues the print service offers."""
        ...

    def state(self) -> PrinterState:
        """The configured queue's state and reasons."""
        ...

    def submit(self, document: Path, title: str, options: PrintOptions) -> int:
        """Queue a PDF; returns the job id. Refuses a queue that cannot print."""
        ...

    def follow(self, job_id: int, timeout: float) -> None:
        """Wait until the job completed; raise if it was aborted, canceled or took too long."""
        ...

    def cancel(self, job_id: int) -> None:
        """Cancel a job."""
        ...

    def health(self) -> Health:
        """Availability for the device monitor (never raises)."""
        ...
