import pytest

from tests.gateway.live import LiveGateway


@pytest.fixture
def live(tmp_path):
    gateway = LiveGateway(tmp_path).start()
    yield gateway
    gateway.stop()
