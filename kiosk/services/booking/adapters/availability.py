"""Booking's public reads over the terminal's kept copies: the rules, facilities and weeks."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from content.booking.rules import BookingRules
from content.config.schema import ConfigError, build
from kiosk.services.booking.core.find import places
from kiosk.services.booking.core.ports import BookingError, Directory
from kiosk.services.booking.core.week import Week, build_week
from offline_cache import errors as cache
from offline_cache.booking import BookingCache

FacilityRows = Callable[[], list[dict[str, Any]] | None]


@contextmanager
def _translated() -> Iterator[None]:
    try:
        yield
    except cache.CacheError as err:
        raise BookingError(err.key) from err
    except (ConfigError, KeyError, TypeError, ValueError) as err:
        raise BookingError(cache.GatewayProtocolError.key) from err


class AvailabilityAdapter:
    """:class:`~kiosk.services.booking.core.ports.AvailabilityPort` over a :class:`BookingCache`.

    ``facilities`` gives the synced facility list (None before the first sync: the units are
    then named by the rules alone). Every call blocks: run it on a worker.
    """

    def __init__(self, kept: BookingCache, facilities: FacilityRows) -> None:
        self._kept = kept
        self._facilities = facilities

    def directory(self) -> Directory:
        """The rules and the facilities that take bookings, fresh or as kept."""
        with _translated():
            read = self._kept.rules()
            rules = build(BookingRules, read.payload, source="booking/facilities")
            rows = self._facilities() or [
                {"id": f.facility, "name": {"ja": f.facility}, "kind": "", "rooms": []}
                for f in rules.facilities
            ]
            return Directory(rules, places(rows, rules), read.as_of, read.fresh)

    def week(self, directory: Directory, facility: str, start: dt.date) -> Week:
        """The facility's seven days from ``start``, with the rooms' names and capacities."""
        with _translated():
            read = self._kept.week(facility, start)
            place = next((p for p in directory.places if p.facility == facility), None)
            names: Mapping[str, Mapping[str, str]] = (
                {r.unit: r.names for r in place.rooms} if place else {}
            )
            held = {r.unit: r.capacity for r in place.rooms if r.capacity} if place else {}
            return build_week(
                read.payload,
                directory.rules,
                as_of=read.as_of,
                fresh=read.fresh,
                room_names=names,
                capacities=held,
            )
