"""A terminal config in a temporary folder, with a planted token, technician and PIN."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from content.config.model import MachikadoConfig
from content.config.schema import build
from kiosk.technician.core.access import hash_pin

TOKEN = "tok-PLANTED-7f3a9c2e1b"
TECHNICIAN = "yamada-hanako"
PIN = "739154"


@pytest.fixture(scope="session")
def pin_hash() -> str:
    return hash_pin(PIN, n=2**10)


def make_config(
    folder: Path, pin_hash: str, *, token: str = TOKEN, url: str = "http://127.0.0.1:9", **tables
) -> MachikadoConfig:
    """A terminal config: data under ``folder``, a token planted, one technician."""
    token_file = folder / "gateway.token"
    token_file.write_text(token + "\n")
    (folder / "usb").mkdir(exist_ok=True)
    data = {
        "terminal": {"id": "test-kiosk-01"},
        "cache": {"data_dir": str(folder / "data")},
        "gateway": {"url": url, "token_file": str(token_file)},
        "technician": {"pins": {TECHNICIAN: pin_hash}, "usb_dir": str(folder / "usb")},
    }
    for name, table in tables.items():
        data.setdefault(name, {}).update(table)
    return build(MachikadoConfig, data, source=str(folder / "machikado.toml"))


@pytest.fixture
def quiet_root_logger():
    """Restore the root logger's handlers a test adds."""
    root = logging.getLogger()
    before = list(root.handlers)
    yield root
    for handler in list(root.handlers):
        if handler not in before:
            root.removeHandler(handler)
            handler.close()
