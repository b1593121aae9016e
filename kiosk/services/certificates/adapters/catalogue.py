"""The fees of the city's certificates, from the catalogue the cache keeps of the gateway's."""

from __future__ import annotations

import logging
from typing import Any, Protocol

log = logging.getLogger(__name__)


class _Rows(Protocol):
    def rows(self, name: str) -> list[tuple[str, Any]]: ...


class _Cache(Protocol):
    @property
    def store(self) -> _Rows | None: ...


def certificate_fees(cache: _Cache) -> list[int]:
    """Every certificate's fee per copy in yen, as synced ([] before the first sync)."""
    store = cache.store
    if store is None:
        return []
    try:
        rows = store.rows("certificates")
    except Exception as err:  # the store is being replaced or is unreadable: say nothing
        log.warning("certificate catalogue unreadable: %s", type(err).__name__)
        return []
    fees = [row.get("fee_yen") for _key, row in rows if isinstance(row, dict)]
    return [fee for fee in fees if isinstance(fee, int) and not isinstance(fee, bool) and fee >= 0]
