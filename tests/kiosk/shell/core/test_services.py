"""The service registry: services per terminal profile and their device needs."""

import datetime as dt

import pytest

from content.config import Profile
from kiosk.services.certificates.spec import SERVICE as CERTIFICATES
from kiosk.services.notices.spec import SERVICE as NOTICES
from kiosk.shell.core.hours import ServiceHours
from kiosk.shell.core.services import ServiceRegistry, SyncedData
from tests.kiosk.shell.core.fakes import FakeDevices, State, spec

BUILT_IN_SERVICES = (CERTIFICATES, NOTICES)

JOB_SLIP = spec("job_slip", devices=("receipt_printer",))
STATION_ONLY = spec("timetable", profiles=frozenset({Profile.STATION}))


def ids(registry):
    return [s.spec.id for s in registry.statuses()]


@pytest.mark.parametrize("profile", list(Profile))
def test_built_in_services_per_profile(profile):
    registry = ServiceRegistry(BUILT_IN_SERVICES, profile, FakeDevices(), SyncedData(["notices"]))
    at_station = profile is Profile.STATION
    assert ids(registry) == (["notices"] if at_station else ["certificates", "notices"])
    assert registry.status("notices").available


def test_certificates_need_all_four_devices():
    registry = ServiceRegistry(BUILT_IN_SERVICES, Profile.COMMUNITY_CENTRE, FakeDevices())
    status = registry.status("certificates")
    assert not status.available
    assert status.reason == "device.card_reader.not_installed"


def test_service_outside_its_hours_says_when_it_opens():
    hours = {"notices": ServiceHours.parse("06:30-23:00", ("12-29", "12-31", "01-01"))}
    jst = dt.timezone(dt.timedelta(hours=9))
    now = [dt.datetime(2026, 12, 28, 23, 30, tzinfo=jst)]
    registry = ServiceRegistry(
        BUILT_IN_SERVICES,
        Profile.COMMUNITY_CENTRE,
        FakeDevices(),
        SyncedData(["notices"]),
        hours=hours,
        wall_clock=lambda: now[0],
    )
    status = registry.status("notices")
    assert (status.available, status.reason) == (False, "service.closed")
    assert status.opens_at == dt.datetime(2026, 12, 30, 6, 30, tzinfo=jst)
    now[0] = dt.datetime(2026, 12, 30, 6, 30, tzinfo=jst)
    assert registry.status("notices").available
    now[0] = dt.datetime(2026, 12, 30, 6, 29, tzinfo=jst)
    assert registry.status("notices").opens_at == dt.datetime(2026, 12, 30, 6, 30, tzinfo=jst)


def test_registry_filters_by_profile():
    specs = (*BUILT_IN_SERVICES, STATION_ONLY)
    station = ServiceRegistry(specs, Profile.STATION, FakeDevices())
    centre = ServiceRegistry(specs, Profile.COMMUNITY_CENTRE, FakeDevices())
    assert ids(station) == ["notices", "timetable"]
    assert ids(centre) == ["certificates", "notices"]


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
