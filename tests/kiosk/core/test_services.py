"""The service registry: services per terminal profile and their device needs."""

import pytest

from content.config import Profile
from kiosk.core.screens import Screen
from kiosk.core.services import BUILT_IN_SERVICES, ServiceRegistry, ServiceSpec, SyncedData
from tests.kiosk.core.fakes import FakeDevices, State

JOB_SLIP = ServiceSpec(
    id="job_slip", icon="jobs", entry=Screen.NOTICES, devices=("receipt_printer",)
)
STATION_ONLY = ServiceSpec(
    id="timetable", icon="train", entry=Screen.NOTICES, profiles=frozenset({Profile.STATION})
)


def ids(registry):
    return [s.spec.id for s in registry.statuses()]


@pytest.mark.parametrize("profile", list(Profile))
def test_built_in_services_everywhere(profile):
    registry = ServiceRegistry(BUILT_IN_SERVICES, profile, FakeDevices(), SyncedData(["notices"]))
    assert ids(registry) == ["notices"]
    assert registry.status("notices").available


def test_registry_filters_by_profile():
    specs = (*BUILT_IN_SERVICES, STATION_ONLY)
    station = ServiceRegistry(specs, Profile.STATION, FakeDevices())
    centre = ServiceRegistry(specs, Profile.COMMUNITY_CENTRE, FakeDevices())
    assert ids(station) == ["notices", "timetable"]
    assert ids(centre) == ["notices"]


def test_service_unavailable_without_its_device():
    registry = ServiceRegistry([JOB_SLIP], Profile.COMMUNITY_CENTRE, FakeDevices())
    status = registry.status("job_slip")
    assert not status.available
    assert status.reason == "device.receipt_printer.not_installed"


def test_service_available_with_its_device():
    devices = FakeDevices({"receipt_printer": State(True)})
    registry = ServiceRegistry([JOB_SLIP], Profile.COMMUNITY_CENTRE, devices)
    status = registry.status("job_slip")
    assert status.available
    assert status.reason == ""


def test_the_first_reason_a_device_gives_is_shown():
    devices = FakeDevices({"receipt_printer": State(False, "receipt.paper_out")})
    registry = ServiceRegistry([JOB_SLIP], Profile.COMMUNITY_CENTRE, devices)
    assert registry.status("job_slip").reason == "receipt.paper_out"
    devices.states["receipt_printer"] = State(True)
    assert registry.status("job_slip").available


def test_status_of_a_service_not_enabled():
    registry = ServiceRegistry(
        [*BUILT_IN_SERVICES, STATION_ONLY], Profile.CONVENIENCE_STORE, FakeDevices()
    )
    with pytest.raises(KeyError):
        registry.status("timetable")
    with pytest.raises(KeyError):
        registry.status("no_such_service")
