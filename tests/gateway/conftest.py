import pytest

from tools.rigs.gateway import LiveGateway
from tools.rigs.postgres import PrivatePostgres


@pytest.fixture
def live(tmp_path):
    gateway = LiveGateway(tmp_path).start()
    yield gateway
    gateway.stop()


@pytest.fixture(scope="session")
def postgres():
    """A private PostgreSQL server for the session; each test takes a fresh database in it."""
    server = PrivatePostgres()
    yield server
    server.stop()
