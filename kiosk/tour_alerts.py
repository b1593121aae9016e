"""The tour's disaster part: the city's desk issues alerts on the embedded gateway, the kiosk
shows them — a banner for an advisory, the whole screen for an evacuation order — and lets
them go when the desk cancels them. The same path as a city's: operator API, stream, cache."""

from __future__ import annotations

import datetime as dt
import subprocess
import time
from collections.abc import Callable
from typing import Any

import requests

from offline_cache.service import OfflineCache

DESK = "tour-bousai"
OPENED_SHELTER = "E999990000201"  # 南小学校 in the sample city's national-format list
WAIT_S = 30.0


class CityDesk:
    """The city's disaster desk on the embedded gateway: an operator with its own token."""

    def __init__(self, cache: OfflineCache) -> None:
        embedded, client = cache.embedded, cache.client
        if embedded is None or client is None:
            raise RuntimeError("the tour's alerts need the embedded gateway, started")
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


def wait_for(done: Callable[[], bool], settle: Callable[[int], None], failure: str) -> None:
    """Let the kiosk run until ``done``; ``TimeoutError`` naming ``failure`` if it never is."""
    deadline = time.monotonic() + WAIT_S
    while not done():
        if time.monotonic() > deadline:
            raise TimeoutError(failure)
        settle(50)
