"""A kiosk built offscreen for each test, with a clock the test moves and the mock speech engine."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from content.config import MachikadoConfig
from kiosk.app import Kiosk, build_kiosk
from kiosk.core.services import BUILT_IN_SERVICES, ServiceSpec


class FakeClock:
    """Monotonic time the test advances by hand."""

    def __init__(self) -> None:
        self.now = time.monotonic()

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def make_kiosk(qapp, clock) -> Iterator:
    built: list[Kiosk] = []

    def make(
        config: MachikadoConfig | None = None,
        services: tuple[ServiceSpec, ...] = BUILT_IN_SERVICES,
    ) -> Kiosk:
        kiosk = build_kiosk(
            config or MachikadoConfig(),
            services=services,
            kiosk_mode=False,
            speech_engine="mock",
            clock=clock,
        )
        built.append(kiosk)
        return kiosk

    yield make
    for kiosk in built:
        kiosk.close()
    qapp.processEvents()


@pytest.fixture
def kiosk(make_kiosk) -> Kiosk:
    return make_kiosk()
