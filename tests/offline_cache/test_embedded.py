"""The embedded gateway registers its terminal on a new database, a kept one and another id's."""

from __future__ import annotations

import requests

from offline_cache.embedded import EmbeddedGateway


def _me(url: str, token: str) -> str:
    answer = requests.get(
        f"{url}/api/v1/terminals/me", headers={"Authorization": f"Bearer {token}"}, timeout=10
    )
    answer.raise_for_status()
    return str(answer.json()["id"])


def test_each_start_gives_the_terminal_a_working_token(tmp_path):
    for terminal_id in ("kiosk-a", "kiosk-a", "kiosk-b"):  # new, kept, kept from another id
        gateway = EmbeddedGateway(tmp_path / "gw", terminal_id)
        url, token = gateway.start()
        try:
            assert _me(url, token) == terminal_id
        finally:
            gateway.stop()
