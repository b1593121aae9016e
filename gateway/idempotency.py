"""Writes applied once per Idempotency-Key: a retry gets the first answer again, replayed.

The key is stored with a digest of the request beside the answer, in the same transaction as the
write itself; the table's primary key (terminal, key) is what makes "once" hold across gateway
processes. The same key with a different request is refused.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from sqlalchemy.engine import Connection, Engine

from gateway.errors import ApiError
from gateway.storage import idempotency, now_iso
from gateway.terminals import Terminal

IDEMPOTENCY_KEY = re.compile(r"[A-Za-z0-9_-]{8,128}")

Change = Callable[[Connection], dict[str, Any]]


class Accepted(BaseModel):
    """A write the gateway has applied (once, whatever the number of retries)."""

    accepted: bool
    received_at: str
    result: dict[str, Any]


@dataclass(frozen=True)
class IdempotentWrite:
    """One terminal's write under one (well-formed) Idempotency-Key, applied at most once."""

    engine: Engine
    terminal: Terminal
    key: str

    def apply(self, endpoint: str, payload: BaseModel, change: Change) -> JSONResponse:
        """Run ``change`` and answer 201 with its result, or replay the key's first answer."""
        digest = hashlib.sha256(
            (endpoint + "\n" + payload.model_dump_json()).encode("utf-8")
        ).hexdigest()
        try:
            return self._once(endpoint, digest, change)
        except sa.exc.IntegrityError:
            # The same key raced in from a retry and committed first: answer with its result.
            return self._once(endpoint, digest, change)

    def _once(self, endpoint: str, digest: str, change: Change) -> JSONResponse:
        where = sa.and_(
            idempotency.c.terminal_id == self.terminal.id, idempotency.c.key == self.key
        )
        with self.engine.begin() as conn:
            seen = conn.execute(
                sa.select(
                    idempotency.c.request_hash, idempotency.c.status_code, idempotency.c.response
                ).where(where)
            ).first()
            if seen is None:
                received = now_iso()
                body = {"accepted": True, "received_at": received, "result": change(conn)}
                conn.execute(
                    idempotency.insert().values(
                        terminal_id=self.terminal.id,
                        key=self.key,
                        endpoint=endpoint,
                        request_hash=digest,
                        status_code=201,
                        response=json.dumps(body),
                        created_at=received,
                    )
                )
                return JSONResponse(body, 201)
        if seen.request_hash != digest:
            raise ApiError(
                422,
                "idempotency_key_reused",
                "this Idempotency-Key was already used for a different request",
            )
        return JSONResponse(
            json.loads(seen.response), seen.status_code, headers={"Idempotent-Replayed": "true"}
        )
