"""The payment units the contract runs against.

Only the emulator: there is no real payment hardware on this machine, and an adapter for a
real cash unit or IC terminal needs that unit's vendor protocol.
"""

import pytest

from devices.payment.emulator import EmulatedPaymentUnit


class EmulatorRig:
    """A unit plus the hands of a resident and a technician (the emulator's scripting)."""

    def __init__(self, tmp_path):
        self.state = tmp_path / "payment.json"
        self.unit = EmulatedPaymentUnit(state_file=self.state)
        self.hands = self.unit

    def reopen(self):
        self.unit.close()
        self.unit = EmulatedPaymentUnit(state_file=self.state)
        self.hands = self.unit
        return self.unit


@pytest.fixture(params=["emulator"])
def rig(request, tmp_path):
    made = EmulatorRig(tmp_path)
    yield made
    made.unit.close()
