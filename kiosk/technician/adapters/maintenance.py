"""Maintenance actions: purge and resync the cache, out of service and back, restart.

The out-of-service flag is kept in the store, so it holds across a restart and ``machikado
diag`` sees it; ``apply`` tells the running kiosk to show (or leave) its out-of-service screen.
A restart ends the app with :data:`RESTART_EXIT_CODE`; its unit has ``Restart=always``, so
systemd starts it again.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from kiosk.technician.adapters import records
from kiosk.technician.core.model import ActionResult, Detail
from offline_cache.store import Store

log = logging.getLogger(__name__)
RESTART_EXIT_CODE = 75  # EX_TEMPFAIL: ended on purpose, to be started again


def purge_datasets(store: Store) -> list[str]:
    """Drop every cached dataset and its version, so the next sync fetches all of it again."""
    names = [meta.name for meta in store.all_meta()]
    with store.transaction() as db:
        for name in names:
            db.execute(f"DROP TABLE IF EXISTS ds_{name}")  # names are checked on the way in
        db.execute("DELETE FROM dataset_meta")
    return names


class TerminalMaintenance:
    """The :class:`~kiosk.technician.core.ports.Maintenance` of a terminal.

    ``resync`` asks for a sync now (the kiosk's cache worker; None when only the running kiosk
    can); ``apply`` puts the kiosk's screens in or out of service; ``quit`` ends the app with an
    exit code (None where there is no app to end, as in ``machikado diag``).
    """

    def __init__(
        self,
        store: Store,
        *,
        resync: Callable[[], None] | None = None,
        apply: Callable[[bool], None] | None = None,
        quit: Callable[[int], None] | None = None,
    ) -> None:
        self._store = store
        self._resync = resync
        self._apply = apply
        self._quit = quit

    def purge_cache(self) -> ActionResult:
        """Drop the datasets; ask for a sync at once when this process can."""
        names = purge_datasets(self._store)
        log.warning("cache purged by a technician: %d dataset(s)", len(names))
        details = (Detail("action.detail.datasets", str(len(names))),)
        if self._resync is None:
            return ActionResult(True, "action.purged_resync_pending", details)
        self._resync()
        return ActionResult(True, "action.purged_resyncing", details)

    def out_of_service(self) -> bool:
        """Whether the terminal is out of service now."""
        return records.out_of_service(self._store)

    def set_out_of_service(self, out: bool) -> ActionResult:
        """Keep the flag and show it."""
        records.set_out_of_service(self._store, out)
        log.warning("terminal %s by a technician", "out of service" if out else "back in service")
        if self._apply is not None:
            self._apply(out)
        return ActionResult(True, "action.out_of_service" if out else "action.in_service")

    def restart(self) -> ActionResult:
        """Record why, then end the app so systemd starts it again."""
        if self._quit is None:
            return ActionResult(False, "action.restart_unavailable")
        records.note_stop(self._store, "technician")
        log.warning("restart asked by a technician")
        self._quit(RESTART_EXIT_CODE)
        return ActionResult(True, "action.restarting")
