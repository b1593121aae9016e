"""The job search's tile, where it runs and what it needs."""

from __future__ import annotations

from kiosk.shell.core.messages import translate
from kiosk.shell.core.services import ServiceSpec

DEVICES = ("receipt_printer",)

SERVICE = ServiceSpec(
    id="jobs",
    icon="briefcase",
    #: Title of the home screen's tile for the job search (Hello Work listings).
    title=translate("jobs", "Job search"),
    #: Description on the home screen's tile for the job search.
    description=translate(
        "jobs", "Hello Work job listings. Print a slip to take to the Hello Work counter."
    ),
    devices=DEVICES,
    datasets=("jobs",),
    config_table="jobs",
)
