"""A private PostgreSQL server: its own data dir, a free loopback port, trust auth."""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time

import sqlalchemy as sa

from gateway.storage import create_db_engine


def _bin(name: str) -> str:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    if not found:
        raise RuntimeError("PostgreSQL server binaries are missing (Debian package postgresql-15)")
    return found[-1]


class PrivatePostgres:
    """``initdb`` + ``postgres`` as an unprivileged user; removed again by ``stop``."""

    def __init__(self) -> None:
        self.folder = tempfile.mkdtemp(prefix="machikado-pg-")
        as_root = os.geteuid() == 0
        self._user = (
            {"user": "postgres", "group": "postgres", "extra_groups": []} if as_root else {}
        )
        if as_root:
            shutil.chown(self.folder, "postgres", "postgres")
        data = os.path.join(self.folder, "data")
        subprocess.run(
            [
                _bin("initdb"),
                "-D",
                data,
                "-A",
                "trust",
                "-U",
                "machikado",
                "-E",
                "UTF8",
                "--no-sync",
            ],
            check=True,
            capture_output=True,
            **self._user,
        )
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self._log = open(os.path.join(self.folder, "server.log"), "wb")  # noqa: SIM115
        self.process = subprocess.Popen(
            [
                _bin("postgres"),
                "-D",
                data,
                "-h",
                "127.0.0.1",
                "-p",
                str(self.port),
                "-k",
                self.folder,
                "-c",
                "fsync=off",
            ],
            stdout=self._log,
            stderr=subprocess.STDOUT,
            **self._user,
        )
        self.url = f"postgresql://machikado@127.0.0.1:{self.port}/postgres"
        engine = create_db_engine(self.url)
        deadline = time.monotonic() + 60
        try:
            while True:
                try:
                    with engine.connect():
                        break
                except sa.exc.OperationalError:
                    if time.monotonic() > deadline or self.process.poll() is not None:
                        self.stop()
                        raise
                    time.sleep(0.1)
        finally:
            engine.dispose()

    def fresh_database(self, name: str) -> str:
        """Create an empty database and return its URL."""
        engine = create_db_engine(self.url)
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
        engine.dispose()
        return self.url.rsplit("/", 1)[0] + f"/{name}"

    def stop(self) -> None:
        """Stop the server and remove its data."""
        if self.process.poll() is None:
            self.process.send_signal(2)  # SIGINT: fast shutdown
            try:
                self.process.wait(30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self._log.close()
        shutil.rmtree(self.folder, ignore_errors=True)
