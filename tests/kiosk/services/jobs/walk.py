"""A kiosk whose job search runs on a generated index and a receipt printer the test gives."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from content.jobs.generator import generate
from content.jobs.schema import public_record
from kiosk.app import Kiosk
from kiosk.services.jobs.adapters.office import MITAKA
from kiosk.services.jobs.adapters.slip import JobSlipPrinter
from kiosk.services.jobs.core.flow import JobsFlow
from kiosk.services.jobs.core.search import NgramJobSearch
from kiosk.services.jobs.ui.qt_jobs import QtJobs
from kiosk.services.jobs.wiring import JobService
from kiosk.services.notices.wiring import NoticeService
from kiosk.shell.host import Host
from offline_cache.jobs_index import JobsIndex, build_index
from tests.kiosk.blocks.fakes import SyncRunner

TODAY = dt.date(2026, 12, 2)
NOW = dt.datetime(2026, 12, 2, 1, 0, tzinfo=dt.UTC)  # 10:00 in Japan


def make_index(folder: Path, count: int = 600) -> JobsIndex:
    """An index of ``count`` generated listings, open on the tests' day."""
    path = folder / "jobs-index.sqlite"
    build_index([public_record(r) for r in generate(count, seed=7, today=TODAY)], path, as_of=TODAY)
    return JobsIndex(path)


class RigJobService(JobService):
    """The job search on a flow the test built, needing no device nor synced dataset."""

    spec = dataclasses.replace(JobService.spec, devices=(), datasets=())
    given: JobsFlow | None = None

    def build_flow(self, host: Host) -> JobsFlow | None:
        self.flow = self.given
        return self.flow

    def build_ui(self, session, connection, parent):
        return QtJobs(session, self.given, parent)


def jobs_flow(index: JobsIndex, printer: object) -> JobsFlow:
    """The flow on ``index``, printing on ``printer`` (a ReceiptPrinter, or anything that fails)."""
    search = NgramJobSearch(lambda: index, MITAKA, clock=lambda: NOW)
    return JobsFlow(search, JobSlipPrinter(printer, clock=lambda: NOW), SyncRunner())


def jobs_kiosk(make_kiosk, flow: JobsFlow) -> Kiosk:
    """A kiosk offering the job search on ``flow`` (and the notices)."""
    service = type("Service", (RigJobService,), {"given": flow})
    return make_kiosk(services=(service, NoticeService))


def open_jobs(kiosk: Kiosk) -> None:
    """From wherever the session is, to the job search's first screen."""
    session = kiosk.session
    if not session.inSession:
        session.start()
    session.home()
    session.openService("jobs")
    assert session.screen == "jobs"
