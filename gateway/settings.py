"""Settings city IT gives the gateway once, kept in its database for every gateway process."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from gateway.storage import gateway_settings, now_iso

PUBLISHING_KEY = "publishing_key"
SCAN_SECRET = "scan_secret"


def get_setting(engine: Engine, name: str) -> str | None:
    """The value of setting ``name``, or ``None`` when it was never set."""
    with engine.connect() as conn:
        value = conn.execute(
            sa.select(gateway_settings.c.value).where(gateway_settings.c.name == name)
        ).scalar()
    return None if value is None else str(value)


def put_setting(engine: Engine, name: str, value: str) -> None:
    """Set ``name`` to ``value`` (replacing what it was)."""
    with engine.begin() as conn:
        done = conn.execute(
            gateway_settings.update()
            .where(gateway_settings.c.name == name)
            .values(value=value, updated_at=now_iso())
        )
        if done.rowcount == 0:
            conn.execute(
                gateway_settings.insert().values(name=name, value=value, updated_at=now_iso())
            )


def setting_once(engine: Engine, name: str, make: str) -> str:
    """The value of ``name``, set to ``make`` first if it has none (the first writer wins)."""
    found = get_setting(engine, name)
    if found is not None:
        return found
    try:
        with engine.begin() as conn:
            conn.execute(
                gateway_settings.insert().values(name=name, value=make, updated_at=now_iso())
            )
    except sa.exc.IntegrityError:  # another gateway process set it at the same moment
        pass
    found = get_setting(engine, name)
    assert found is not None
    return found
