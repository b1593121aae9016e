"""Runs the gateway (``machikado gateway``) and its city-IT commands."""

from __future__ import annotations

import logging
import os
import socket
from pathlib import Path

import uvicorn
from sqlalchemy.engine import Engine

from gateway.app import create_app
from gateway.issuance.service import IssuanceSettings
from gateway.seed import load_sample
from gateway.storage import create_db_engine, migrate

log = logging.getLogger("machikado.gateway")


def default_db_url() -> str:
    """SQLite in the user's data directory (``$XDG_DATA_HOME/machikado/gateway.db``)."""
    base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    folder = base / "machikado"
    folder.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{folder / 'gateway.db'}"


def open_database(url: str | None, *, sample: bool = True) -> Engine:
    """An engine on ``url`` with the schema migrated (and the sample city loaded if empty)."""
    engine = create_db_engine(url or default_db_url())
    version = migrate(engine)
    log.info("gateway database at schema version %d", version)
    if sample and load_sample(engine):
        log.info("loaded the sample municipality")
    return engine


def serve(
    url: str | None,
    host: str = "127.0.0.1",
    port: int = 8080,
    *,
    fd: int | None = None,
    sample: bool = True,
    issuance: IssuanceSettings | None = None,
) -> None:
    """Serve the API until interrupted, on ``host:port`` or on an inherited listening socket."""
    engine = open_database(url, sample=sample)
    config = uvicorn.Config(
        create_app(engine, issuance=issuance),
        host=host,
        port=port,
        log_level="warning",
        access_log=False,
        timeout_graceful_shutdown=5,
    )
    server = uvicorn.Server(config)
    if fd is None:
        server.run()
        return
    sock = socket.socket(fileno=fd)
    server.run(sockets=[sock])
