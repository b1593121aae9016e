"""SQLite writers of one process take turns in order, and every way a write ends passes it on."""

import threading
import time

import pytest
import sqlalchemy as sa

from gateway.storage import booking_quota, create_db_engine, migrate, reading


@pytest.fixture
def engine(tmp_path):
    engine = create_db_engine(f"sqlite:///{tmp_path / 'writer.db'}")
    migrate(engine)
    yield engine
    engine.dispose()


def test_concurrent_writers_never_overlap_and_none_meets_a_locked_database(engine):
    inside, most, lock = [0], [0], threading.Lock()
    errors = []

    def write(i):
        try:
            for n in range(10):
                with engine.begin() as conn:
                    with lock:
                        inside[0] += 1
                        most[0] = max(most[0], inside[0])
                    conn.execute(
                        booking_quota.insert().values(holder=f"h{i}", scope=f"s{n}", used=0, cap=1)
                    )
                    time.sleep(0.001)  # the turn is held across a pause, as a slow write's is
                    with lock:
                        inside[0] -= 1
        except Exception as err:  # the test reports whatever a writer met
            errors.append(err)

    threads = [threading.Thread(target=write, args=(i,)) for i in range(12)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert most[0] == 1
    with engine.connect() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(booking_quota)).scalar() == 120


def test_writers_take_their_turns_in_the_order_they_asked(engine):
    order, asked = [], []
    holding = engine.connect()
    holding.begin()  # the turn is taken; the others queue behind it

    def write(i):
        asked.append(i)
        with engine.begin() as conn:
            order.append(i)
            conn.execute(booking_quota.insert().values(holder="h", scope=f"s{i}", used=0, cap=1))

    threads = []
    for i in range(6):
        thread = threading.Thread(target=write, args=(i,))
        thread.start()
        threads.append(thread)
        while len(asked) <= i:
            time.sleep(0.001)
        time.sleep(0.02)  # the thread is waiting in the queue by now
    holding.rollback()
    holding.close()
    for thread in threads:
        thread.join(10)
    assert order == list(range(6))


def test_a_failed_write_a_closed_connection_and_an_invalidated_one_pass_the_turn_on(engine):
    with pytest.raises(sa.exc.IntegrityError), engine.begin() as conn:
        conn.execute(booking_quota.insert().values(holder="h", scope="s", used=2, cap=1))
    conn = engine.connect()
    conn.begin()
    conn.close()  # rolled back on its way back to the pool
    conn = engine.connect()
    conn.begin()
    conn.invalidate()
    conn.close()
    done = []

    def write():
        with engine.begin() as conn:
            conn.execute(booking_quota.insert().values(holder="h", scope="s", used=0, cap=1))
        done.append(True)

    thread = threading.Thread(target=write)
    thread.start()
    thread.join(5)
    assert done == [True]


def test_a_reader_does_not_wait_for_a_writer(engine):
    writer = engine.connect()
    writer.begin()
    writer.execute(booking_quota.insert().values(holder="h", scope="s", used=0, cap=1))
    began = time.monotonic()
    with reading(engine) as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(booking_quota)).scalar() == 0
    assert time.monotonic() - began < 1
    writer.commit()
    writer.close()
