"""The outbox: writes for the gateway kept on disk until delivered, each exactly once."""

from __future__ import annotations

import logging
import re
import sqlite3
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
    "signage_plays": "signage/plays",
    # ``issuance_outcome/<issuance id>``: the endpoint name carries the path's one argument.
    "issuance_outcome": "issuance/{}/outcome",
    "issuance_settlement": "issuance/{}/settlement",
}
PATH_ARGUMENT = re.compile(r"[A-Za-z0-9_-]{1,64}")


def api_path(endpoint: str) -> str:
    """The API path of an outbox endpoint (``name`` or ``name/argument``); ValueError if unknown."""
    name, _, argument = endpoint.partition("/")
    template = ENDPOINTS.get(name)
    if template is None:
        raise ValueError(f"unknown outbox endpoint {name!r}; known: {', '.join(ENDPOINTS)}")
    if "{}" not in template:
        if argument:
            raise ValueError(f"outbox endpoint {name!r} takes no argument")
        return template
    if not PATH_ARGUMENT.fullmatch(argument):
        raise ValueError(f"outbox endpoint {name!r} needs an argument ({name}/<id>)")
    return template.format(argument)


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

    def enqueue(self, endpoint: str, body: dict[str, Any], *, key: str | None = None) -> str:
        """Keep ``body`` for ``endpoint`` on disk; returns its idempotency key.

        A caller that gives its own ``key`` may enqueue the same write again (after a crash,
        say): a key already waiting in the outbox is not stored twice.
        """
        api_path(endpoint)
        if key is None:
            key = uuid.uuid4().hex
        try:
            self.store.enqueue(key, endpoint, body, utc_now().isoformat())
        except sqlite3.IntegrityError:
            log.info("outbox item %s is already queued", key)
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
                self.client.post(api_path(item.endpoint), item.body, item.key)
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
