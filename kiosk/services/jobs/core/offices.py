"""The Hello Work office for the terminal's municipality, as the job search shows it."""

from __future__ import annotations

from content.jobs.generator import SAMPLE_CITY_CODE
from content.jobs.offices import office_for
from kiosk.services.jobs.core.model import HelloWorkOffice


def office_for_city(city_code: str) -> HelloWorkOffice:
    """The office serving ``city_code``; the sample city's office when it is not listed."""
    office = office_for(city_code) or office_for(SAMPLE_CITY_CODE)
    assert office is not None
    return HelloWorkOffice(
        office.name_ja,
        office.postcode,
        office.address_ja,
        office.phone,
        office.hours_ja,
        office.city_codes,
    )
