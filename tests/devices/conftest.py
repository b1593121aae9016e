"""Fixtures shared by the device tests: a socat pty pair."""

import pytest

from devices.serial_emulation import PtyPair


@pytest.fixture
def pty_pair(tmp_path):
    pair = PtyPair(tmp_path)
    try:
        pair.start()
    except RuntimeError as err:
        pytest.fail(f"{err}: run make setup (tools/bootstrap.sh installs socat)")
    yield pair
    pair.stop()
