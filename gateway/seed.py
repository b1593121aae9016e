"""Loads the bundled sample municipality into the gateway's datasets at first start."""

from __future__ import annotations

import dataclasses
import json
from typing import Any

from sqlalchemy.engine import Engine

from content.municipality import load_sample_municipality, sample_folder
from content.shelters.rows import site_rows
from content.shelters.sample import load_sample_sites
from gateway.datasets import list_datasets, publish

SAMPLE_DATASETS = ("municipality", "notices", "slides", "facilities", "shelters", "certificates")


def _by_id(items: Any) -> dict[str, Any]:
    return {item.id: dataclasses.asdict(item) for item in items}


def sample_rows() -> dict[str, dict[str, Any]]:
    """The sample city's datasets: dataset name → key → row data.

    ``shelters`` holds the sample city's designated sites in the national open-data shape, by
    共通ID (see ``content.shelters.rows``): the ids its alerts open and close.
    """
    city = load_sample_municipality()
    folder = sample_folder()
    notices = json.loads((folder / "notices.json").read_text(encoding="utf-8"))
    slides = json.loads((folder / "attract.json").read_text(encoding="utf-8"))["slides"]
    return {
        "municipality": {
            "city": {"name": city.city, "code": city.code, "note": city.note, "about": city.about}
        },
        "notices": {notice["id"]: notice for notice in notices["notices"]},
        "slides": {
            slide["id"]: {**slide, "position": position} for position, slide in enumerate(slides)
        },
        "facilities": _by_id(city.facilities),
        "shelters": site_rows(load_sample_sites().sites),
        "certificates": _by_id(city.certificates),
    }


def load_sample(engine: Engine, *, only_if_empty: bool = True) -> bool:
    """Publish the sample datasets (by default only into a gateway with no datasets yet)."""
    if only_if_empty and list_datasets(engine):
        return False
    for name, rows in sample_rows().items():
        publish(engine, name, rows, replace=True)
    return True
