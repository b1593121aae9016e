"""The fictional sample city's designated sites, shipped as national-format CSV files.

``sample/99999_2.csv`` (指定緊急避難場所) and ``sample/99999_1.csv`` (指定避難所) carry the
columns of the national open data 国土地理院 publishes (hinanmap.gsi.go.jp, per-city files
``<5-digit city code>_2.csv`` and ``_1.csv``). Names, addresses and coordinates are the sample
city's and illustrative only: no row is a real site.
"""

from __future__ import annotations

from importlib import resources

from content.shelters.opendata import Loaded, combine, read_sites

SAMPLE_CITY = "99999"  # the sample city's code (999999) without its check digit


def load_sample_sites() -> Loaded:
    """The sample city's sites from ``sample/99999_2.csv`` and ``sample/99999_1.csv``."""
    folder = resources.files("content.shelters") / "sample"
    emergency = (folder / f"{SAMPLE_CITY}_2.csv").read_bytes()
    shelters = (folder / f"{SAMPLE_CITY}_1.csv").read_bytes()
    return combine(read_sites(emergency, emergency=True), read_sites(shelters, emergency=False))
