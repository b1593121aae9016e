"""The city's designated sites as this terminal last synced them: readable with no network.

The gateway publishes them as the ``shelters`` dataset (``content.shelters.rows``); the kiosk's
takeover and disaster tile and signage read them here. A row that does not fit is left out and
logged, never fatal: one bad row from the gateway does not cost the resident the whole list.
"""

from __future__ import annotations

import logging

from content.shelters.model import Site
from content.shelters.rows import DATASET, site_from_row
from offline_cache.store import Store

log = logging.getLogger("machikado.offline_cache.shelters")


def shelter_sites(store: Store) -> tuple[Site, ...] | None:
    """The synced sites in 共通ID order; ``None`` before the dataset's first sync.

    Reads the store: call it off the UI thread.
    """
    if store.meta(DATASET) is None:
        return None
    sites = []
    skipped = 0
    for key, data in store.rows(DATASET):
        try:
            sites.append(site_from_row(key, data))
        except ValueError as err:
            skipped += 1
            log.warning("shelters row %r left out: %s", key[:64], err)
    if skipped:
        log.warning("shelters: %d row(s) left out, %d sites kept", skipped, len(sites))
    return tuple(sites)
