import pytest

from tests.gateway.live import LiveGateway
from tests.offline_cache.faults import FaultyProxy, Impostor


@pytest.fixture
def live(tmp_path):
    gateway = LiveGateway(tmp_path).start()
    yield gateway
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
