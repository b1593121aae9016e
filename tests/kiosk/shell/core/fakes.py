"""Test doubles for what the shell's core sees only through interfaces."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class State:
    """A device state as the device monitor reports it."""

    available: bool
    reason: str = ""


class FakeDevices:
    """Device availability set by the test; kinds not given are not installed."""

    def __init__(self, states: dict[str, State] | None = None) -> None:
        self.states = dict(states or {})

    def state(self, kind: str) -> State:
        return self.states.get(kind, State(False, f"device.{kind}.not_installed"))


def spec(service_id: str, **needs):
    """A test service's spec, worded by its id."""
    from kiosk.shell.core.messages import translate
    from kiosk.shell.core.services import ServiceSpec

    return ServiceSpec(
        id=service_id,
        icon=service_id,
        title=translate("tests", service_id),
        description=translate("tests", service_id),
        **needs,
    )
