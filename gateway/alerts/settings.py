"""What the alert routes need from ``[alerts]``: whether drills show, and the city's shelters."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from content.config.alerts import AlertsConfig
from content.shelters.model import Site
from content.shelters.opendata import Loaded, ShelterDataError, combine, read_sites
from content.shelters.sample import load_sample_sites


@dataclass(frozen=True)
class AlertSettings:
    """The city's drill switch and its designated sites (those a city alert may open)."""

    show_drills: bool = False
    sites: tuple[Site, ...] = ()

    @property
    def shelter_ids(self) -> frozenset[str]:
        """The ids a city alert may name in its shelters."""
        return frozenset(site.id for site in self.sites)

    @classmethod
    def from_config(cls, config: AlertsConfig) -> AlertSettings:
        """The settings of ``[alerts]``; ``ValueError`` naming a shelter file it cannot read."""
        return cls(config.show_drills, load_sites(config).sites)


def load_sites(config: AlertsConfig) -> Loaded:
    """The city's sites from its shelter files, or the sample city's when none are set."""
    if not config.shelters_file:
        return load_sample_sites()
    loaded = []
    for key, emergency in (("shelters_file", True), ("shelters_stay_file", False)):
        path = Path(getattr(config, key))
        try:
            loaded.append(read_sites(path.read_bytes(), emergency=emergency))
        except OSError as err:
            raise ValueError(f"alerts.{key}: cannot read {path}: {err.strerror}") from err
        except ShelterDataError as err:
            raise ValueError(f"alerts.{key}: {path}: {err}") from err
    return combine(loaded[0], loaded[1])
