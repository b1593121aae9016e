"""A kiosk built offscreen for each test, with a clock the test moves and the mock speech engine."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator

import pytest

from content.config import MachikadoConfig
from kiosk.app import Kiosk, build_kiosk
from kiosk.service_list import SERVICES
from kiosk.services.notices.wiring import NoticeService
from kiosk.shell.core.services import ServiceSpec
from kiosk.shell.host import ServiceWiring


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
        services: tuple[Callable[[], ServiceWiring], ...] = SERVICES,
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


def tile_only(spec: ServiceSpec) -> Callable[[], ServiceWiring]:
    """A service that shows its tile but has no flow on this kiosk (for the home screen)."""

    class TileOnly:
        ui = NoticeService.ui  # a catalogue and QML folder that exist; never loaded as a screen

        def __init__(self) -> None:
            self.spec = spec

        def build_flow(self, host):
            return None

    return TileOnly  # type: ignore[return-value]
