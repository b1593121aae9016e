"""The outbox: writes for the gateway kept on disk until delivered, each exactly once."""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from typing import Any

from offline_cache.client import GatewayClient
from offline_cache.errors import GatewayAuthError, GatewayError, GatewayServerError
from offline_cache.store import Store, utc_now

log = logging.getLogger("machikado.offline_cache")

# What a terminal tells the gateway, by outbox endpoint name → API path.
ENDPOINTS = {
    "heartbeat": "telemetry/heartbeat",
    "counters": "telemetry/counters",
}


@dataclass(frozen=True)
class DeliveryReport:
    """What one delivery run did."""

    delivered: int
    failed: int
    pending: int


class Outbox:
    """Durable queue of writes; delivery is retried until the gateway confirms each one."""

    def __init__(self, store: Store, client: GatewayClient | None = None) -> None:
        self.store = store
        self.client = client

    def enqueue(self, endpoint: str, body: dict[str, Any]) -> str:
        """Keep ``body`` for ``endpoint`` on disk; returns its idempotency key."""
        if endpoint not in ENDPOINTS:
            raise ValueError(f"unknown outbox endpoint {endpoint!r}; known: {', '.join(ENDPOINTS)}")
        key = uuid.uuid4().hex
        self.store.enqueue(key, endpoint, body, utc_now().isoformat())
        return key

    def deliver(self, limit: int = 500) -> DeliveryReport:
        """Send pending items oldest first; stops at the first network failure.

        An item is removed only after the gateway confirmed it. If the confirmation is lost,
        the next run sends it again with the same key and the gateway answers without applying
        it twice. An item the gateway refuses (4xx) is parked as failed, kept for the technician.
        """
        if self.client is None:
            raise RuntimeError("this outbox has no gateway client")
        delivered = failed = 0
        for item in self.store.outbox("pending", limit):
            try:
                self.client.post(ENDPOINTS[item.endpoint], item.body, item.key)
            except GatewayAuthError:
                raise
            except GatewayServerError as err:
                self.store.attempted(item.id, f"{err.status} {err.code}")
                raise
            except GatewayError as err:
                self.store.attempted(
                    item.id, f"{err.status} {err.code}: {err.message}", failed=True
                )
                log.warning("outbox item %s refused by the gateway: %s", item.key, err.code)
                failed += 1
                continue
            except Exception as err:
                self.store.attempted(item.id, type(err).__name__)
                raise
            self.store.delivered(item.id)
            delivered += 1
        return DeliveryReport(delivered, failed, self.store.outbox_count("pending"))
