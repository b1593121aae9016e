"""Card fixtures: demo cards, pcscd with vpcd (started only if absent), and both readers."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from devices.smartcard.emulator.card import EmulatedCard, Script
from devices.smartcard.emulator.factory import (
    CardRecord,
    DemoCa,
    Resident,
    create_demo_ca,
    issue_card,
)
from devices.smartcard.emulator.inprocess import EmulatedCardReader
from devices.smartcard.emulator.pcscd import VPCD_PREFIX
from devices.smartcard.emulator.vpcd import VPCD_PORT, VpcdCard

PIN = "4821"
RESIDENT = Resident("試験 花子", "まちかど市中央1丁目2番3号", "19850412", "2")


@pytest.fixture(scope="session")
def demo_ca() -> DemoCa:
    return create_demo_ca()


@pytest.fixture(scope="session")
def _record_templates(demo_ca: DemoCa) -> dict[str, str]:
    """Cards issued once per session (RSA key generation is the slow part), kept as JSON."""
    cards = {
        "my_number": issue_card(demo_ca, RESIDENT, auth_pin=PIN),
        "juki": issue_card(demo_ca, RESIDENT, auth_pin=PIN, kind="juki"),
        "other": issue_card(demo_ca, RESIDENT, kind="other"),
    }
    return {kind: record.to_json() for kind, record in cards.items()}


@pytest.fixture
def records(_record_templates: dict[str, str]) -> dict[str, CardRecord]:
    """Fresh copies of the session's cards (full PIN counters) for one test."""
    return {kind: CardRecord.from_json(text) for kind, text in _record_templates.items()}


def wait_for(predicate, what: str, timeout: float = 15.0) -> None:
    """Poll ``predicate`` until true; fail the test naming ``what`` after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            pytest.fail(f"timed out waiting for {what}")
        time.sleep(0.05)


class Harness:
    """One reader of either transport, plus the means to insert and remove emulated cards."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self.slots: dict[int, VpcdCard] = {}
        self.removed_at: dict[int, float] = {}
        if kind == "pcsc":
            from devices.smartcard.pcsc import PcscCardReader

            self.reader = PcscCardReader(VPCD_PREFIX)
            self.emulated: EmulatedCardReader | None = None
        else:
            self.emulated = EmulatedCardReader(slots=2)
            self.reader = self.emulated
        self.names = self.reader.readers()

    def insert(self, card: EmulatedCard, slot: int = 0) -> None:
        if self.emulated is not None:
            self.emulated.insert(card, slot)
            return
        self.remove(slot)
        # pcsc-lite can miss a card that comes back within its poll window: pause ≥ 1 s.
        time.sleep(max(0.0, self.removed_at.get(slot, 0.0) + 1.0 - time.monotonic()))
        vpcd = VpcdCard(card, port=VPCD_PORT + slot)
        self.slots[slot] = vpcd
        vpcd.insert()
        wait_for(lambda: self.reader.card_present(self.names[slot]), "the card to appear")

    def remove(self, slot: int = 0) -> None:
        if self.emulated is not None:
            self.emulated.remove(slot)
            return
        vpcd = self.slots.pop(slot, None)
        if vpcd is not None:
            vpcd.remove()
        wait_for(lambda: not self.reader.card_present(self.names[slot]), "the card to go")
        if vpcd is not None:
            self.removed_at[slot] = time.monotonic()

    def reinsert_after_pull(self, card: EmulatedCard, slot: int = 0) -> None:
        """After a scripted pull: wait until the reader noticed, then insert the card again."""
        card.script = Script()
        if self.emulated is None:
            wait_for(lambda: not self.reader.card_present(self.names[slot]), "the pull to show")
            self.slots.pop(slot, None)
            self.removed_at[slot] = time.monotonic()
        self.insert(card, slot)

    def close(self) -> None:
        for slot in list(self.slots):
            self.remove(slot)
        self.reader.close()


@pytest.fixture(params=["pcsc", "emulated"])
def harness(request: pytest.FixtureRequest) -> Iterator[Harness]:
    """The contract's subject: the pyscard adapter via pcscd+vpcd, or the in-process reader."""
    if request.param == "pcsc":
        request.getfixturevalue("pcscd")
    h = Harness(request.param)
    try:
        yield h
    finally:
        h.close()
