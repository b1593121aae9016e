"""Runs the gateway (``machikado gateway``) and its city-IT commands."""

from __future__ import annotations

import dataclasses
import logging
import os
import socket
from pathlib import Path
from typing import Any

import uvicorn
from fastapi import FastAPI
from sqlalchemy.engine import Engine
from uvicorn.middleware.proxy_headers import ProxyHeadersMiddleware

from content.config.alerts import AlertsConfig
from content.config.model import is_loopback_host
from content.sd_notify import Notifier
from content.shelters.model import Site
from gateway.alerts.poller import AlertPoller, FeedPoller
from gateway.alerts.settings import AlertSettings
from gateway.app import create_app
from gateway.issuance.service import IssuanceSettings
from gateway.jobs.sample import load_sample_jobs
from gateway.jobs.watch import JobFolderWatcher
from gateway.seed import load_sample
from gateway.service_notify import NotifyingServer
from gateway.shelter_sites import SiteFileWatcher, publish_sites
from gateway.storage import create_db_engine, migrate
from gateway.tls import ProxyClientCertificate, TlsPeerProtocol, TlsSettings

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
    if sample and load_sample_jobs(engine):
        log.info("loaded the sample job listings")
    return engine


def server_config(
    app: FastAPI,
    host: str = "127.0.0.1",
    port: int = 8080,
    *,
    tls: TlsSettings | None = None,
    trusted_proxies: tuple[str, ...] = (),
    proxy_client_certs: bool = False,
) -> uvicorn.Config:
    """uvicorn's settings: TLS when given, and X-Forwarded-* read only from ``trusted_proxies``.

    Without a trusted proxy the forwarded headers are ignored whoever sends them: the address a
    terminal's use is recorded under is then always the connection's own. With
    ``proxy_client_certs`` the proxies check client certificates and forward them
    (``X-Client-Cert``), and every terminal request must carry its own terminal's.
    """
    if proxy_client_certs and not trusted_proxies:
        raise ValueError("--proxy-client-certs needs --trusted-proxy: whose header to believe")
    options: dict[str, Any] = {}
    if tls is not None:
        context = tls.context()  # checked here, so a bad file stops start-up with its name
        options = {
            "ssl_context_factory": lambda _config, _default: context,
            "http": TlsPeerProtocol,
        }
        app.state.client_certificates = tls.client_ca is not None
    if tls is None and not is_loopback_host(host):
        log.warning(
            "INSECURE: serving plain HTTP on %s: terminals' tokens cross the network unencrypted"
            " unless TLS is in front (--tls-cert/--tls-key, or a reverse proxy on this machine)",
            host,
        )
    served: Any = app
    if trusted_proxies:
        served = ProxyHeadersMiddleware(served, trusted_hosts=list(trusted_proxies))
    if proxy_client_certs:
        served = ProxyClientCertificate(served, trusted_proxies)
        app.state.client_certificates = True
    return uvicorn.Config(
        served,
        host=host,
        port=port,
        log_level="warning",
        access_log=False,
        timeout_graceful_shutdown=5,
        proxy_headers=False,  # applied above, inside the forwarded certificate's check
        **options,
    )


def _publish_shelters(
    app: FastAPI, engine: Engine, alerts: AlertsConfig, settings: AlertSettings, *, sample: bool
) -> None:
    """Publish the city's sites to terminals now, and again whenever its shelter files change."""
    if not alerts.shelters_file and not sample:
        log.warning("no [alerts] shelters_file: terminals get no list of shelters")
        return
    version = publish_sites(engine, settings.sites)
    log.info("shelters dataset at version %d: %d sites", version, len(settings.sites))

    def adopt(sites: tuple[Site, ...]) -> None:
        app.state.alert_settings = dataclasses.replace(app.state.alert_settings, sites=sites)

    SiteFileWatcher(engine, alerts, on_sites=adopt).start()


def serve(
    url: str | None,
    host: str = "127.0.0.1",
    port: int = 8080,
    *,
    fd: int | None = None,
    sample: bool = True,
    issuance: IssuanceSettings | None = None,
    tls: TlsSettings | None = None,
    trusted_proxies: tuple[str, ...] = (),
    proxy_client_certs: bool = False,
    jobs_folder: Path | None = None,
    alerts: AlertsConfig | None = None,
) -> None:
    """Serve the API until interrupted, on ``host:port`` or on an inherited listening socket.

    With ``jobs_folder``, Hello Work CSV files dropped there are imported as they arrive; with
    ``alerts`` enabled, the disaster feeds are polled.
    """
    notifier = Notifier.from_environment()
    engine = open_database(url, sample=sample)
    alerts = alerts or AlertsConfig()
    settings = AlertSettings.from_config(alerts)
    app = create_app(engine, issuance=issuance, alert_settings=settings)
    _publish_shelters(app, engine, alerts, settings, sample=sample)
    if jobs_folder is not None:
        JobFolderWatcher(engine, jobs_folder).start()
    if alerts.enabled:
        AlertPoller(FeedPoller(engine, alerts)).start()
        log.info(
            "polling %d JMA and %d CAP alert feeds every %g s",
            len(alerts.jma_feeds),
            len(alerts.cap_feeds),
            alerts.poll_interval_s,
        )
    config = server_config(
        app,
        host,
        port,
        tls=tls,
        trusted_proxies=trusted_proxies,
        proxy_client_certs=proxy_client_certs,
    )
    if tls is not None:
        log.info(
            "serving TLS%s", " with client certificates from the city's CA" if tls.client_ca else ""
        )
    server = NotifyingServer(config, notifier)
    if fd is None:
        server.run()
        return
    sock = socket.socket(fileno=fd)
    server.run(sockets=[sock])
