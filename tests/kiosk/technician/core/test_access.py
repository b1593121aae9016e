"""The PIN policy: per-technician hashes, doubling backoff, lockout kept over a restart, no entry
while a resident is using the kiosk, every attempt audited without the PIN."""

import datetime as dt

import pytest

from content.config.model import MachikadoConfig
from content.config.schema import ConfigError, build
from content.config.technician import hash_problem
from kiosk.technician.core.access import (
    AccessPolicy,
    Granted,
    Locked,
    NoTechnicians,
    ResidentPresent,
    TechnicianAccess,
    TechnicianSession,
    TooSoon,
    Wrong,
    hash_pin,
    pin_matches,
)
from tests.kiosk.technician.core.fakes import Clock, MemoryAudit, MemoryState

# Cheap scrypt for the tests; the default cost is checked once below.
FAST = {"n": 2**10, "r": 8, "p": 1}
PINS = {"sato": hash_pin("270418", **FAST), "suzuki": hash_pin("5133", **FAST)}


def make(state=None, audit=None, clock=None, resident=lambda: False, pins=PINS):
    return TechnicianAccess(
        pins,
        state=state or MemoryState(),
        audit=audit if audit is not None else MemoryAudit(),
        resident_active=resident,
        policy=AccessPolicy(max_failures=4, backoff_s=2.0, lockout_s=600.0, idle_timeout_s=120.0),
        clock=clock or Clock(),
    )


def test_the_default_hash_carries_its_salt_and_parameters_and_checks():
    stored = hash_pin("904512")
    assert stored.startswith("scrypt$16384$8$1$") and hash_problem(stored) is None
    assert "904512" not in stored
    assert pin_matches("904512", stored) and not pin_matches("904513", stored)
    assert hash_pin("904512") != stored  # a new salt each time
    assert not pin_matches("904512", "scrypt$bad") and not pin_matches("1", "plain")


def test_each_technician_enters_with_their_own_pin():
    audit = MemoryAudit()
    access = make(audit=audit)
    assert access.check("5133") == Granted("suzuki")
    assert access.check("270418") == Granted("sato")
    assert [(e.action.value, e.who) for e in audit.entries] == [
        ("entry", "suzuki"),
        ("entry", "sato"),
    ]


def test_wrong_pins_back_off_doubling_then_lock_and_the_lock_survives_a_restart():
    clock, state, audit = Clock(), MemoryState(), MemoryAudit()
    access = make(state, audit, clock)
    first = access.check("0000")
    assert first == Wrong(3, clock.now + dt.timedelta(seconds=2))
    # Inside the backoff the PIN is not even checked, and the try is not counted.
    assert access.check("270418") == TooSoon(first.retry_after)
    clock.advance(2)
    second = access.check("1111")
    assert second == Wrong(2, clock.now + dt.timedelta(seconds=4))
    clock.advance(4)
    assert access.check("2222") == Wrong(1, clock.now + dt.timedelta(seconds=8))
    clock.advance(8)
    locked = access.check("3333")
    assert locked == Locked(clock.now + dt.timedelta(seconds=600))

    restarted = make(state, audit, clock)  # same stored state, as after a reboot
    assert restarted.open_pad() == locked
    assert restarted.check("270418") == locked  # even the right PIN waits for the lock
    clock.advance(600)
    assert restarted.check("270418") == Granted("sato")
    assert audit.actions() == [
        "pin_wrong", "pin_wrong", "pin_wrong", "locked", "menu_opened", "entry",
    ]  # fmt: skip
    assert not any("270418" in str(e) or "3333" in str(e) for e in audit.entries)


def test_a_right_pin_clears_the_failures():
    clock, state = Clock(), MemoryState()
    access = make(state, clock=clock)
    access.check("0000")
    clock.advance(2)
    assert access.check("5133") == Granted("suzuki")
    assert state.value == (0, None, None)


def test_no_entry_while_a_resident_is_in_a_session():
    audit, resident = MemoryAudit(), [True]
    access = make(audit=audit, resident=lambda: resident[0])
    assert access.open_pad() == ResidentPresent()
    assert access.check("270418") == ResidentPresent()
    resident[0] = False
    assert access.open_pad() is None
    assert access.check("270418") == Granted("sato")
    assert audit.actions() == ["entry_refused", "entry_refused", "menu_opened", "entry"]


def test_no_technicians_configured_means_no_entry():
    assert make(pins={}).check("1234") == NoTechnicians()


def test_the_menu_closes_itself_when_idle():
    session = TechnicianSession("sato", idle_timeout_s=120, now=1000.0)
    assert not session.idle(1119.0) and session.remaining_s(1100.0) == 20.0
    session.touched(1100.0)
    assert not session.idle(1219.0) and session.idle(1220.0)


def test_the_config_table_takes_hashes_and_refuses_a_pin_without_echoing_it():
    config = build(MachikadoConfig, {"technician": {"pins": PINS}}, source="t")
    assert config.technician.pins == PINS
    with pytest.raises(ConfigError) as refused:
        build(
            MachikadoConfig,
            {"technician": {"pins": {"sato": "270418", "Bad Id": PINS["sato"]}, "lockout_s": 5}},
            source="t",
        )
    text = str(refused.value)
    assert "technician.pins.sato" in text and "technician.lockout_s" in text
    assert "technician ids are" in text and "270418" not in text
