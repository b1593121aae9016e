"""An emulated document printer: a queue that keeps the PDFs it prints and can be made to fail."""

from __future__ import annotations

import shutil
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import SplitResult, parse_qs

from devices.docprint.cups_printer import refuse
from devices.docprint.errors import (
    JobFailedError,
    JobTimeoutError,
    PrintServiceDownError,
    QueueNotFoundError,
)
from devices.docprint.model import PrinterState, PrintOptions, check_pdf, read_state
from devices.errors import DeviceConfigError, DeviceError
from devices.monitor import Health


@dataclass
class EmulatedJob:
    """A job the emulated queue received."""

    job_id: int
    title: str
    options: dict[str, str]
    output: Path | None
    state: str


class EmulatedDocumentPrinter:
    """A single queue; ``output_dir`` receives each printed PDF as ``<title>-job_<id>.pdf``."""

    def __init__(self, queue: str = "Emulated", output_dir: Path | None = None) -> None:
        self.queue = queue
        self.output_dir = output_dir or Path(tempfile.mkdtemp(prefix="machikado-docprint-"))
        self.jobs: dict[int, EmulatedJob] = {}
        self.running = True
        self.paused = False
        self.reasons: list[str] = ["none"]
        self.fail_jobs = False
        self._lock = threading.Lock()

    def _service(self) -> None:
        if not self.running:
            raise PrintServiceDownError("the print service does not answer")

    def queues(self) -> list[str]:
        """The one emulated queue."""
        self._service()
        return [self.queue]

    def state(self) -> PrinterState:
        """The queue's state as set by the operator methods."""
        self._service()
        reasons = [*self.reasons, "paused"] if self.paused else self.reasons
        return read_state(self.queue, 5 if self.paused else 3, reasons, not self.paused)

    def submit(self, document: Path, title: str, options: PrintOptions) -> int:
        """Take the PDF: copy it to the output folder, or abort the job when told to fail."""
        check_pdf(document)
        refuse(self.state())
        with self._lock:
            job_id = len(self.jobs) + 1
            output = None
            held = options.extra.get("job-hold-until", "no-hold") != "no-hold"
            if not self.fail_jobs and not held:
                safe = "".join(c if c.isalnum() else "_" for c in title)[:64]
                output = self.output_dir / f"{safe}-job_{job_id}.pdf"
                shutil.copyfile(document, output)
            state = "aborted" if self.fail_jobs else "completed"
            if options.extra.get("job-hold-until", "no-hold") != "no-hold":
                state = "held"
            self.jobs[job_id] = EmulatedJob(job_id, title, options.ipp(), output, state)
        return job_id

    def follow(self, job_id: int, timeout: float) -> None:
        """Jobs finish at once: return, or raise JobFailedError for an aborted one."""
        self._service()
        job = self.jobs.get(job_id)
        if job is None:
            raise QueueNotFoundError(f"no print job {job_id}")
        if job.state == "held":
            raise JobTimeoutError(f"print job {job_id} is held and did not finish")
        if job.state != "completed":
            raise JobFailedError(f"print job {job_id} was {job.state}", state=job.state)

    def cancel(self, job_id: int) -> None:
        """Mark a job canceled."""
        self._service()
        if job_id in self.jobs and self.jobs[job_id].state != "completed":
            self.jobs[job_id].state = "canceled"

    def health(self) -> Health:
        """The queue's availability."""
        try:
            return self.state().health()
        except DeviceError as err:
            return Health(False, err.key)


def open_url(url: SplitResult) -> EmulatedDocumentPrinter:
    """``emulated://document[?output=/folder]`` opens an emulated A4 queue.

    Its "paper" is the output folder: each printed PDF lands there (a private temporary folder
    when none is given).
    """
    query = parse_qs(url.query)
    unknown = set(query) - {"output"}
    if unknown:
        raise DeviceConfigError(f"unknown option(s) for an emulated document printer: {unknown}")
    output = Path(query["output"][-1]) if "output" in query else None
    if output is not None:
        output.mkdir(parents=True, exist_ok=True)
    return EmulatedDocumentPrinter(output_dir=output)
