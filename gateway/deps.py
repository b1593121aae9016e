"""The dependencies routes share: the database, the calling terminal, the write's Idempotency-Key.

Routes take them as annotated parameters (``engine: Database``, ``who: TerminalAuth``,
``write: Write``). FastAPI runs a route's dependencies before it reads the body, so a request is
refused for its token (401), then for its Idempotency-Key (400), and only then for its body (422).
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Header, Request
from fastapi.concurrency import run_in_threadpool
from sqlalchemy.engine import Engine

from gateway.errors import ApiError
from gateway.idempotency import IDEMPOTENCY_KEY, IdempotentWrite
from gateway.terminals import Terminal, find_by_token
from gateway.tls import check_client_certificate
from gateway.token_cache import TokenCache


async def database(request: Request) -> Engine:
    """The gateway's database engine (migrated), set by ``create_app``."""
    engine: Engine = request.app.state.engine
    return engine


Database = Annotated[Engine, Depends(database)]


async def terminal(
    request: Request, engine: Database, authorization: Annotated[str | None, Header()] = None
) -> Terminal:
    """The calling terminal, from its bearer token; 401 for a missing, unknown or revoked one.

    A token checked in the last few seconds is not looked up again (``gateway.token_cache``).

    With client certificates required, 403 unless the connection's certificate names it.
    """
    if not authorization:
        raise ApiError(401, "missing_token", "send 'Authorization: Bearer <terminal token>'")
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise ApiError(401, "missing_token", "expected 'Authorization: Bearer <terminal token>'")
    address = request.client.host if request.client else ""
    tokens: TokenCache = request.app.state.tokens
    # A cached token costs no thread and no query; only a lookup goes to the thread pool.
    found = tokens.cached(token.strip()) or await run_in_threadpool(
        tokens.find, token.strip(), lambda: find_by_token(engine, token.strip(), address=address)
    )
    if found is None:
        raise ApiError(401, "unknown_terminal", "this token belongs to no registered terminal")
    if found.revoked_at is not None:
        raise ApiError(
            401, "terminal_revoked", f"terminal {found.id} was revoked at {found.revoked_at}"
        )
    if getattr(request.app.state, "client_certificates", False):
        check_client_certificate(request.scope, found.id)
    return found


TerminalAuth = Annotated[Terminal, Depends(terminal)]


async def idempotent_write(
    engine: Database,
    who: TerminalAuth,
    idempotency_key: Annotated[str | None, Header()] = None,
) -> IdempotentWrite:
    """The calling terminal's write and its Idempotency-Key; 400 for a missing or malformed key."""
    if idempotency_key is None:
        raise ApiError(400, "missing_idempotency_key", "every write needs an Idempotency-Key")
    if not IDEMPOTENCY_KEY.fullmatch(idempotency_key):
        raise ApiError(
            400, "invalid_idempotency_key", "Idempotency-Key: expected 8-128 of A-Z a-z 0-9 _ -"
        )
    return IdempotentWrite(engine, who, idempotency_key)


Write = Annotated[IdempotentWrite, Depends(idempotent_write)]
