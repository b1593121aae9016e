"""The city's disaster desk for the demo and its tour: an operator on the embedded gateway.

It issues and cancels city alerts through the gateway's operator API — the path a city's own
desk takes — so the kiosk hears them as it would in the field: over the alert stream, into its
cache, onto its screens. The "Demo devices" window has buttons for it; the tour drives it.
"""

from __future__ import annotations

import datetime as dt
import logging
import subprocess
import threading
from collections.abc import Callable
from typing import Any

import requests
from PySide6.QtCore import Property, QObject, Signal, Slot

from offline_cache.service import OfflineCache

log = logging.getLogger(__name__)

DESK = "tour-bousai"
OPENED_SHELTER = "E999990000201"  # 南小学校 in the sample city's national-format list


class CityDesk:
    """The city's disaster desk on the embedded gateway: an operator with its own token."""

    def __init__(self, cache: OfflineCache) -> None:
        embedded, client = cache.embedded, cache.client
        if embedded is None or client is None:
            raise RuntimeError("the desk needs the embedded gateway, started")
        added = subprocess.run(
            [
                *embedded.command,
                "gateway",
                "--db",
                embedded.db_url,
                "add-operator",
                DESK,
                "--description",
                "防災課 (the tour's desk)",
            ],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        if added.returncode != 0 or not added.stdout.strip():
            raise RuntimeError(f"the tour's desk was not registered: {added.stderr[-800:]}")
        self._token = added.stdout.strip().splitlines()[0]
        self._url = f"{client.base_url}/api/v1/alerts/city"

    def _post(self, path: str, body: dict[str, Any] | None = None) -> dict[str, Any]:
        answer = requests.post(
            f"{self._url}{path}",
            json=body,
            headers={"Authorization": f"Bearer {self._token}"},
            timeout=10,
        )
        if answer.status_code not in (200, 201):
            raise RuntimeError(f"the desk's request was refused: {answer.text[:400]}")
        result = answer.json().get("result", {})
        return result if isinstance(result, dict) else {}

    def issue(self, **fields: Any) -> str:
        """Issue a city alert for the next six hours; its id."""
        expires = dt.datetime.now(dt.UTC) + dt.timedelta(hours=6)
        issued = self._post("", {"expires": expires.isoformat(), **fields})
        return str(issued["id"])

    def cancel(self, alert_id: str) -> None:
        """Retract the alert ``alert_id``."""
        self._post(f"/{alert_id}/cancel")


ADVISORY = {
    "kind": "heavy_rain",
    "level": "advisory",
    "texts": {
        "ja": {"headline": "大雨注意報：川や用水路に近づかないでください"},
        "en": {"headline": "Heavy rain advisory: keep away from rivers and channels"},
    },
}

ORDER = {
    "kind": "evacuation",
    "evacuation_level": 4,
    "shelters": [{"id": OPENED_SHELTER, "open": True}],
    "texts": {
        "ja": {
            "headline": "南町・田無町に避難指示を発令しました",
            "description": "石神井川が氾濫するおそれがあります。",
            "instruction": "川の近くにいる人は、開設した避難所へ直ちに避難してください。",
        },
        "en": {
            "headline": "Evacuation order for Minami-cho and Tanashi-cho",
            "description": "The Shakujii River may overflow.",
            "instruction": "If you are near the river, go to an open shelter now.",
        },
    },
}


class DemoDesk(QObject):
    """The demo window's desk buttons: each request runs on a thread, its outcome in ``status``.

    The desk is registered on the embedded gateway at the first press (the gateway starts with
    the cache's first sync); what it issued it can cancel.
    """

    changed = Signal()
    _done = Signal(str)  # from the desk's thread to the UI thread

    def __init__(self, cache: OfflineCache, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cache = cache
        self._desk: CityDesk | None = None
        self._issued: list[str] = []
        self._busy = False
        self._status = ""
        self._done.connect(self._finish)

    @Property(bool, notify=changed)
    def busy(self) -> bool:
        """True while a request is on its way."""
        return self._busy

    @Property(str, notify=changed)
    def status(self) -> str:
        """What the last request did."""
        return self._status

    @Property(bool, notify=changed)
    def issued(self) -> bool:
        """True while an alert this desk issued is in force."""
        return bool(self._issued)

    def _run(self, work: Callable[[CityDesk], str]) -> None:
        if self._busy:
            return
        self._busy = True
        self.changed.emit()

        def go() -> None:
            try:
                if self._desk is None:
                    self._desk = CityDesk(self._cache)
                outcome = work(self._desk)
            except (RuntimeError, requests.RequestException, OSError) as err:
                log.warning("the demo desk's request failed: %s", err)
                outcome = "The city's gateway is not ready yet; try again in a moment."
            self._done.emit(outcome)

        threading.Thread(target=go, name="demo-desk", daemon=True).start()

    @Slot(str)
    def _finish(self, outcome: str) -> None:
        self._busy = False
        self._status = outcome
        self.changed.emit()

    def _issue(self, fields: dict[str, Any], said: str) -> Callable[[CityDesk], str]:
        def work(desk: CityDesk) -> str:
            self._issued.append(desk.issue(**fields))
            return said

        return work

    @Slot()
    def issueAdvisory(self) -> None:  # noqa: N802 (a Qt slot, named as QML calls it)
        """Issue the sample heavy-rain advisory: a banner on every screen."""
        self._run(self._issue(ADVISORY, "Heavy rain advisory issued: a banner on every screen."))

    @Slot()
    def issueOrder(self) -> None:  # noqa: N802
        """Issue the sample evacuation order (level 4): the kiosk takes over between steps."""
        said = "Evacuation order issued: the kiosk takes over between steps."
        self._run(self._issue(ORDER, said))

    @Slot()
    def cancelAll(self) -> None:  # noqa: N802
        """Cancel every alert this desk issued."""

        def work(desk: CityDesk) -> str:
            while self._issued:
                desk.cancel(self._issued.pop())
            return "The city's alerts are cancelled: the banner and the takeover leave."

        self._run(work)
