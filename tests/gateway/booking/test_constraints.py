"""The database itself refuses overlapping live claims and a passed cap (SQLite, PostgreSQL)."""

import itertools

import pytest
import sqlalchemy as sa

from gateway.storage import booking_claims, booking_quota, create_db_engine, migrate

_names = itertools.count()


@pytest.fixture(params=["sqlite", "postgres"])
def engine(request, tmp_path):
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'claims.db'}"
    else:
        url = request.getfixturevalue("postgres").fresh_database(f"claims_{next(_names)}")
    engine = create_db_engine(url)
    migrate(engine)
    yield engine
    engine.dispose()


def claim(conn, booking, division, starts, ends, live=True):
    conn.execute(
        booking_claims.insert().values(
            booking_id=booking,
            resource="hall/room",
            use_date="2027-03-02",
            division=division,
            starts_s=starts,
            ends_s=ends,
            live=live,
        )
    )


def test_a_second_live_claim_of_a_division_is_refused(engine):
    with engine.begin() as conn:
        claim(conn, "A", "am", 0, 100)
    with pytest.raises(sa.exc.IntegrityError), engine.begin() as conn:
        claim(conn, "B", "am", 0, 100)


def test_an_overlapping_time_under_another_division_name_is_refused(engine):
    with engine.begin() as conn:
        claim(conn, "A", "am", 0, 100)
        claim(conn, "C", "pm", 100, 200)  # half-open ranges: touching is not overlapping
    with pytest.raises(sa.exc.IntegrityError), engine.begin() as conn:
        claim(conn, "B", "h10", 50, 150)


def test_released_claims_block_nothing_and_cannot_come_back_over_a_live_one(engine):
    with engine.begin() as conn:
        claim(conn, "A", "am", 0, 100, live=False)
        claim(conn, "B", "am", 0, 100)
    with pytest.raises(sa.exc.IntegrityError), engine.begin() as conn:
        conn.execute(
            booking_claims.update().where(booking_claims.c.booking_id == "A").values(live=True)
        )


def test_a_quota_row_never_passes_its_cap(engine):
    with engine.begin() as conn:
        conn.execute(booking_quota.insert().values(holder="u", scope="s", used=3, cap=4))
        conn.execute(booking_quota.update().values(used=booking_quota.c.used + 1))
    with pytest.raises(sa.exc.IntegrityError), engine.begin() as conn:
        conn.execute(booking_quota.update().values(used=booking_quota.c.used + 1))
