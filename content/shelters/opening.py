"""Which shelters are open, from the city's alerts that open and close them."""

from __future__ import annotations

from collections.abc import Iterable

from content.alerts.model import Alert


def open_shelters(alerts: Iterable[Alert]) -> frozenset[str]:
    """The ids of the shelters open now: for each shelter, the latest alert naming it decides.

    ``alerts`` are the alerts in force (a cancelled or expired alert opens nothing).
    """
    latest: dict[str, tuple[float, bool]] = {}
    for alert in alerts:
        moment = alert.sent.timestamp()
        for change in alert.shelters:
            held = latest.get(change.shelter_id)
            if held is None or moment >= held[0]:
                latest[change.shelter_id] = (moment, change.open)
    return frozenset(shelter for shelter, (_moment, is_open) in latest.items() if is_open)
