"""The gateway's OpenAPI document; ``python -m gateway.openapi`` rewrites gateway/openapi.json."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from gateway.app import create_app

DOCUMENT = Path(__file__).with_name("openapi.json")


def document() -> dict[str, Any]:
    """The OpenAPI document of the current code."""
    return create_app(sa.create_engine("sqlite://")).openapi()


def render() -> str:
    """The document as the text kept in the repository."""
    return json.dumps(document(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


if __name__ == "__main__":
    DOCUMENT.write_text(render(), encoding="utf-8")
    print(f"wrote {DOCUMENT}")
