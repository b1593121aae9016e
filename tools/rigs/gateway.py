"""A real gateway on uvicorn: 127.0.0.1, a free port, a private SQLite file."""

from __future__ import annotations

import socket
import threading
import time
from pathlib import Path
from typing import Any

import requests
import uvicorn

from gateway.app import create_app
from gateway.seed import load_sample
from gateway.server import server_config
from gateway.storage import create_db_engine, migrate
from gateway.terminals import add_terminal
from gateway.tls import TlsSettings


class LiveGateway:
    """Serves the gateway app from a background thread until ``stop``."""

    def __init__(
        self,
        folder: Path,
        *,
        sample: bool = True,
        max_body_bytes: int = 64 * 1024,
        url: str | None = None,
        tls: TlsSettings | None = None,
        trusted_proxies: tuple[str, ...] = (),
        proxy_client_certs: bool = False,
        **app_options: Any,
    ) -> None:
        self.engine = create_db_engine(url or f"sqlite:///{folder / 'gateway.db'}")
        migrate(self.engine)
        if sample:
            load_sample(self.engine)
        self.token = add_terminal(self.engine, "test-kiosk-01")
        # Tests revoke tokens or publish and look at once; the caches have their own tests.
        app_options.setdefault("token_cache_s", 0.0)
        app_options.setdefault("etag_cache_s", 0.0)
        self.app = create_app(self.engine, max_body_bytes=max_body_bytes, **app_options)
        self._sock = socket.socket()
        self._sock.bind(("127.0.0.1", 0))
        self.port = self._sock.getsockname()[1]
        self.url = f"{'https' if tls else 'http'}://127.0.0.1:{self.port}"
        # The gateway's own uvicorn settings (TLS, trusted proxies), quicker to stop in tests.
        config = server_config(
            self.app,
            tls=tls,
            trusted_proxies=trusted_proxies,
            proxy_client_certs=proxy_client_certs,
        )
        config.lifespan = "off"
        config.timeout_graceful_shutdown = 1
        self._ready = tls is None
        self.server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self._sock]})

    def start(self) -> LiveGateway:
        """Serve, and return once the gateway answers its health check."""
        self._thread.start()
        if not self._ready:  # a TLS gateway is checked by its tests, through their own clients
            while not self.server.started and self._thread.is_alive():
                time.sleep(0.02)
            if not self.server.started:
                raise RuntimeError("gateway did not start")
            return self
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                if requests.get(f"{self.url}/api/v1/health", timeout=1).status_code == 200:
                    return self
            except requests.RequestException:
                time.sleep(0.05)
        raise RuntimeError("gateway did not start")

    def stop(self) -> None:
        """Stop serving and close the database."""
        self.server.should_exit = True
        self._thread.join(30)
        self._sock.close()
        self.engine.dispose()

    def headers(self, token: str | None = None) -> dict[str, str]:
        """The bearer header of the sample terminal (or of ``token``)."""
        return {"Authorization": f"Bearer {token or self.token}"}
