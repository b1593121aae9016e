"""The idle countdown: phases at their boundaries and the seconds shown in the warning."""

import pytest

from kiosk.shell.core.idle import IdlePhase, IdleTimer


@pytest.fixture
def timer():
    timer = IdleTimer(timeout_s=60, warning_s=20)
    timer.restart(1000.0)
    return timer


@pytest.mark.parametrize(
    ("now", "phase"),
    [
        (1000.0, IdlePhase.ACTIVE),
        (1059.999, IdlePhase.ACTIVE),
        (1060.0, IdlePhase.WARNING),
        (1079.999, IdlePhase.WARNING),
        (1080.0, IdlePhase.EXPIRED),
        (5000.0, IdlePhase.EXPIRED),
    ],
)
def test_phase_boundaries(timer, now, phase):
    assert timer.phase(now) is phase


def test_restart_starts_over(timer):
    assert timer.phase(1070.0) is IdlePhase.WARNING
    timer.restart(1070.0)
    assert timer.phase(1129.0) is IdlePhase.ACTIVE
    assert timer.phase(1130.0) is IdlePhase.WARNING


@pytest.mark.parametrize(
    ("now", "left"),
    [
        (1060.0, 20),
        (1060.1, 20),
        (1060.999, 20),
        (1061.0, 19),
        (1079.5, 1),
        (1079.999, 1),
        (1080.0, 0),
        (1080.5, 0),
        (9999.0, 0),
    ],
)
def test_seconds_left_rounds_up_and_never_goes_negative(timer, now, left):
    assert timer.seconds_left(now) == left
