"""The gateway's one error type, its JSON body, how routes document it, and its handlers.

Every 4xx/5xx answer is ``{"error": {"code", "message"}}``: a stable code for programs and a
sentence for people. Routes raise :class:`ApiError` (or a domain's subclass of it); the handlers
here turn it, FastAPI's validation errors, Starlette's 404/405 and any crash into that body.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any

from fastapi import Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException

Responses = dict[int | str, dict[str, Any]]
Handler = Callable[[Request, Any], Coroutine[Any, Any, Response]]


class ApiError(Exception):
    """An error answered as ``{"error": {"code", "message"}}`` with an HTTP status."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message


def error_body(code: str, message: str) -> dict[str, Any]:
    """The JSON body of every error answer."""
    return {"error": {"code": code, "message": message}}


class ErrorDetail(BaseModel):
    """What went wrong: a stable code for programs and a sentence for people."""

    code: str
    message: str


class ErrorResponse(BaseModel):
    """The body of every 4xx/5xx answer."""

    error: ErrorDetail


def described(status: int, description: str) -> Responses:
    """An OpenAPI ``responses`` entry: ``status`` answers with the error body, for this reason."""
    return {status: {"model": ErrorResponse, "description": description}}


INVALID: Responses = described(422, "a field is missing or malformed")
"""The error of every route with a parameter or a body (FastAPI would document its own)."""

AUTHENTICATED: Responses = {
    **described(401, "missing, unknown or revoked terminal token"),
    **described(413, "request body over the size limit"),
    **INVALID,
}
"""The errors of every route that takes a terminal token."""

WRITE: Responses = {
    **AUTHENTICATED,
    **described(400, "missing or malformed Idempotency-Key"),
}
"""The errors of every write a terminal sends with an Idempotency-Key."""


def _location(loc: tuple[Any, ...]) -> str:
    return ".".join(str(part) for part in loc)


async def _api_error(_request: Request, err: ApiError) -> JSONResponse:
    headers = {"WWW-Authenticate": "Bearer"} if err.status == 401 else None
    return JSONResponse(error_body(err.code, err.message), err.status, headers=headers)


async def _invalid(_request: Request, err: RequestValidationError) -> JSONResponse:
    problems = [f"{_location(e['loc'])}: {e['msg']}" for e in err.errors()]
    return JSONResponse(error_body("invalid_request", "; ".join(problems)[:2000]), 422)


async def _http_error(_request: Request, err: StarletteHTTPException) -> JSONResponse:
    code = {404: "not_found", 405: "method_not_allowed"}.get(err.status_code, "http_error")
    return JSONResponse(error_body(code, str(err.detail)), err.status_code)


async def _crash(_request: Request, _err: Exception) -> JSONResponse:
    return JSONResponse(error_body("internal_error", "the gateway failed; try again"), 500)


EXCEPTION_HANDLERS: dict[int | type[Exception], Handler] = {
    ApiError: _api_error,
    RequestValidationError: _invalid,
    StarletteHTTPException: _http_error,
    Exception: _crash,
}
"""The handlers that give every error answer the same body, for ``FastAPI(exception_handlers=)``."""
