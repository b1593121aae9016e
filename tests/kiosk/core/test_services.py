"""The service registry: services per terminal profile and their device needs."""

import pytest

from content.config import Profile
from kiosk.core.screens import Screen
from kiosk.core.services import (
    BUILT_IN_SERVICES,
    ConfiguredDevices,
    DeviceState,
    ServiceRegistry,
    ServiceSpec,
)

JOB_SLIP = ServiceSpec(
    id="job_slip", icon="jobs", entry=Screen.NOTICES, devices=("receipt_printer",)
)
STATION_ONLY = ServiceSpec(
    id="timetable", icon="train", entry=Screen.NOTICES, profiles=frozenset({Profile.STATION})
)


def ids(registry):
    return [s.spec.id for s in registry.statuses()]


def test_configured_devices():
    devices = ConfiguredDevices({"receipt_printer": "escpos+tcp://10.0.0.5:9100", "led_sign": ""})
    assert devices.state("receipt_printer") == DeviceState(True)
    assert devices.state("led_sign") == DeviceState(False, "device.led_sign.not_installed")
    assert devices.state("card_reader") == DeviceState(False, "device.card_reader.not_installed")


@pytest.mark.parametrize("profile", list(Profile))
def test_built_in_services_everywhere(profile):
    registry = ServiceRegistry(BUILT_IN_SERVICES, profile, ConfiguredDevices({}))
    assert ids(registry) == ["notices"]
    assert registry.status("notices").available


def test_registry_filters_by_profile():
    specs = (*BUILT_IN_SERVICES, STATION_ONLY)
    station = ServiceRegistry(specs, Profile.STATION, ConfiguredDevices({}))
    centre = ServiceRegistry(specs, Profile.COMMUNITY_CENTRE, ConfiguredDevices({}))
    assert ids(station) == ["notices", "timetable"]
    assert ids(centre) == ["notices"]


def test_service_unavailable_without_its_device():
    registry = ServiceRegistry([JOB_SLIP], Profile.COMMUNITY_CENTRE, ConfiguredDevices({}))
    status = registry.status("job_slip")
    assert not status.available
    assert status.reason == "device.receipt_printer.not_installed"


def test_service_available_with_its_device():
    devices = ConfiguredDevices({"receipt_printer": "emulated://"})
    registry = ServiceRegistry([JOB_SLIP], Profile.COMMUNITY_CENTRE, devices)
    status = registry.status("job_slip")
    assert status.available
    assert status.reason == ""


def test_status_of_a_service_not_enabled():
    registry = ServiceRegistry(
        [*BUILT_IN_SERVICES, STATION_ONLY], Profile.CONVENIENCE_STORE, ConfiguredDevices({})
    )
    with pytest.raises(KeyError):
        registry.status("timetable")
    with pytest.raises(KeyError):
        registry.status("no_such_service")
