"""A private cupsd on a loopback port with its own config, spool and a cups-pdf queue.

The system's cupsd and its queues are never touched. cups-pdf reads its settings only from
/etc/cups, so the queue gets its own ``cups-pdf-<queue>.conf`` there (removed afterwards) that
sends output into the server's own folder.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from pathlib import Path

import cups

from devices.docprint.cups_printer import CupsPrinter

CUPS_LIB = Path("/usr/lib/cups")
CUPS_PDF_PPD = Path("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd")
FAILING_BACKEND = """#!/bin/sh
if [ $# -eq 0 ]; then echo 'direct machikado-fail "Unknown" "Always fails"'; exit 0; fi
echo "ERROR: the printer does not respond" >&2
exit 1
"""
# Like a printer whose tray is empty: CUPS holds the job and shows media-empty-error.
NO_PAPER_BACKEND = """#!/bin/sh
if [ $# -eq 0 ]; then echo 'direct machikado-nopaper "Unknown" "No paper"'; exit 0; fi
echo "STATE: +media-empty-error" >&2
echo "ERROR: out of paper" >&2
exit 1
"""


def free_port() -> int:
    """A loopback TCP port nobody listens on now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# What the terminal's cupsd.conf says about finished jobs (see packaging/cups/cupsd.conf):
# nothing of a resident's document stays once it is printed.
KEEP_NOTHING = "PreserveJobFiles No\nPreserveJobHistory No\nPageLogFormat\n"


class PrivateCups:
    """cupsd -f with its own ServerRoot, ServerBin, spool, cache, state and logs under ``root``.

    It keeps no finished job, as a terminal's must; ``retention`` replaces those settings (''
    leaves CUPS' defaults, which keep documents for a day and their history for good), and
    ``extra`` is added to its cupsd.conf.
    """

    def __init__(
        self,
        root: Path,
        *,
        retention: str = KEEP_NOTHING,
        tag: str = "",
        extra: str = "",
        address: str = "127.0.0.1",
    ) -> None:
        self.root = root
        self.retention = retention
        self.extra = extra
        # Another loopback address for a second server: libcups keeps the settings it read
        # from a host for a while, and reads them from /etc/cups for "localhost".
        self.address = address
        self.port = free_port()
        self.queue = f"MachikadoPDF{os.getpid()}{tag}"
        self.broken = "MachikadoBroken"
        self.no_paper = "MachikadoNoPaper"
        self.output = root / "pdf"
        self.cups_pdf_conf = Path(f"/etc/cups/cups-pdf-{self.queue}.conf")
        self.process: subprocess.Popen | None = None
        self._configure()

    def _configure(self) -> None:
        root = self.root
        root.chmod(0o755)  # filters run as lp and read the spool
        for sub in ("etc/ppd", "etc/ssl", "spool/tmp", "cache", "state", "log", "bin/backend"):
            (root / sub).mkdir(parents=True, exist_ok=True)
        self.output.mkdir(mode=0o755)
        for sub in ("cgi-bin", "daemon", "driver", "filter", "monitor", "notifier"):
            (root / "bin" / sub).symlink_to(CUPS_LIB / sub)
        for backend in (CUPS_LIB / "backend").iterdir():
            (root / "bin/backend" / backend.name).symlink_to(backend)
        # AppArmor profiles attach by path: Debian's confine /usr/sbin/cupsd and the cups-pdf
        # backend to the system's folders. Copies under our folder run with our config.
        (root / "bin/backend/cups-pdf").unlink()
        shutil.copy2(CUPS_LIB / "backend/cups-pdf", root / "bin/backend/cups-pdf")
        (root / "sbin").mkdir()
        shutil.copy2("/usr/sbin/cupsd", root / "sbin/cupsd")
        for name, script in (("fail", FAILING_BACKEND), ("nopaper", NO_PAPER_BACKEND)):
            backend = root / f"bin/backend/machikado-{name}"
            backend.write_text(script)
            backend.chmod(0o755)
        (root / "etc/cupsd.conf").write_text(
            f"Listen {self.address}:{self.port}\nServerAlias *\n"
            "LogLevel info\nBrowsing No\nWebInterface No\nDefaultAuthType None\n"
            f"{self.retention}"
            "<Location />\n  Order allow,deny\n  Allow all\n</Location>\n"
            "<Policy default>\n  <Limit All>\n    Order deny,allow\n    Allow all\n"
            "  </Limit>\n</Policy>\n"
            f"{self.extra}"
        )
        (root / "etc/cups-files.conf").write_text(
            f"ServerRoot {root}/etc\nRequestRoot {root}/spool\nTempDir {root}/spool/tmp\n"
            f"CacheDir {root}/cache\nStateDir {root}/state\nServerBin {root}/bin\n"
            f"ErrorLog {root}/log/error_log\nAccessLog {root}/log/access_log\n"
            f"PageLog {root}/log/page_log\nFileDevice No\nPrintcap {root}/printcap\n"
            f"ServerKeychain {root}/etc/ssl\n"
        )
        self.cups_pdf_conf.write_text(
            f"Out {self.output}\nAnonDirName {self.output}\nSpool {root}/spool/cups-pdf\n"
            f"Log {root}/log\nGrp root\nLabel 2\n"
        )

    def start(self) -> None:
        """Start cupsd and wait until it answers."""
        self.process = subprocess.Popen(
            [
                str(self.root / "sbin/cupsd"),
                "-f",
                "-c",
                str(self.root / "etc/cupsd.conf"),
                "-s",
                str(self.root / "etc/cups-files.conf"),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 30
        while True:
            try:
                self.connection()
                return
            except RuntimeError as err:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    log = (self.root / "log/error_log").read_text(errors="replace")
                    raise RuntimeError(f"the private cupsd did not start:\n{log[-2000:]}") from err
                time.sleep(0.1)

    def stop(self) -> None:
        """Stop cupsd (``start`` again brings it back with its queues)."""
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=30)
            self.process = None

    def connection(self) -> cups.Connection:
        """A pycups connection to this server."""
        cups.setServer(self.address)
        cups.setPort(self.port)
        return cups.Connection(host=self.address, port=self.port)

    def add_queues(self) -> None:
        """Add the cups-pdf queue and the two broken ones (failing, out of paper)."""
        c = self.connection()
        c.addPrinter(self.queue, filename=str(CUPS_PDF_PPD), device=f"cups-pdf:/{self.queue}")
        # poppler's pdftops turns CJK text into Type 3 glyphs without text; cairo keeps it.
        c.addPrinterOptionDefault(self.queue, "pdftops-renderer", "pdftocairo")
        c.addPrinter(self.broken, filename=str(CUPS_PDF_PPD), device="machikado-fail:/")
        c.addPrinter(self.no_paper, filename=str(CUPS_PDF_PPD), device="machikado-nopaper:/")
        for queue in (self.queue, self.broken, self.no_paper):
            c.enablePrinter(queue)
            c.acceptJobs(queue)
        subprocess.run(
            [
                "lpadmin",
                "-h",
                f"{self.address}:{self.port}",
                "-p",
                self.broken,
                "-o",
                "printer-error-policy=abort-job",
            ],
            check=True,
            capture_output=True,
        )

    def kept_folders(self) -> list[Path]:
        """Where cupsd and cups-pdf keep anything of a job: spool, cache, state and logs."""
        return [self.root / name for name in ("spool", "cache", "state", "log")]

    def printer(self, queue: str | None = None) -> CupsPrinter:
        """The terminal's CUPS adapter on one of this server's queues."""
        return CupsPrinter(queue or self.queue, host=self.address, port=self.port)

    def output_of(self, job_id: int) -> Path | None:
        """The PDF cups-pdf wrote for a job, if it has."""
        found = sorted(self.output.rglob(f"*-job_{job_id}.pdf"))
        return found[0] if found else None

    def cleanup(self) -> None:
        """Stop cupsd and remove the queue's cups-pdf settings from /etc/cups."""
        self.stop()
        self.cups_pdf_conf.unlink(missing_ok=True)
