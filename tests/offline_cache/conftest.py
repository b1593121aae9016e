import pytest

from tests.offline_cache.faults import Faults, FaultyProxy, Impostor, PlantedFailures
from tools.rigs.gateway import LiveGateway


@pytest.fixture
def live(tmp_path):
    gateway = LiveGateway(tmp_path).start()
    yield gateway
    gateway.stop()


@pytest.fixture
def faulty(tmp_path):
    """A real gateway that fails the writes a test plants: ``(gateway, faults)``."""
    gateway = LiveGateway(tmp_path)
    faults = Faults()
    gateway.app.add_middleware(PlantedFailures, faults=faults)
    gateway.start()
    yield gateway, faults
    gateway.stop()


@pytest.fixture
def impostor():
    server = Impostor()
    yield server
    server.close()


@pytest.fixture
def proxy(live):
    faulty = FaultyProxy(live.port)
    yield faulty
    faulty.close()
