"""Who may open the technician menu: per-technician PINs, backoff, lockout, idle exit.

PINs are kept as scrypt hashes (``scrypt$n$r$p$salt$hash``, base64) in the configuration's
``[technician]`` table. After each wrong PIN the next try waits twice as long as the last; after
``max_failures`` in a row the menu is locked for ``lockout_s``. The failure count and the lockout
are kept in an :class:`AccessStateStore`, so a restart does not reset them. Entry is refused
while a resident's session is active.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import secrets
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from kiosk.technician.core.model import AuditAction, AuditEntry
from kiosk.technician.core.ports import AccessStateStore, AuditLog

# scrypt cost: 2**14 rounds, 8 blocks, 1 lane — about 16 MB and tens of milliseconds.
SCRYPT_N = 2**14
SCRYPT_R = 8
SCRYPT_P = 1
PIN_DIGITS = (4, 12)


def hash_pin(pin: str, *, n: int = SCRYPT_N, r: int = SCRYPT_R, p: int = SCRYPT_P) -> str:
    """The hash string of ``pin`` for the configuration: ``scrypt$n$r$p$salt$hash``."""
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=n, r=r, p=p, maxmem=64 * 1024 * 1024)
    encode = base64.b64encode
    return f"scrypt${n}${r}${p}${encode(salt).decode()}${encode(digest).decode()}"


def pin_matches(pin: str, stored: str) -> bool:
    """True when ``pin`` hashes to ``stored``; False for a malformed hash as well."""
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest, validate=True)
        actual = hashlib.scrypt(
            pin.encode(),
            salt=base64.b64decode(salt, validate=True),
            n=int(n),
            r=int(r),
            p=int(p),
            maxmem=64 * 1024 * 1024,
            dklen=len(expected),
        )
    except ValueError:
        return False
    return hmac.compare_digest(actual, expected)


@dataclass(frozen=True)
class AccessPolicy:
    """The rules: backoff from ``backoff_s`` doubling, lockout after ``max_failures``."""

    max_failures: int = 5
    backoff_s: float = 2.0
    lockout_s: float = 900.0
    idle_timeout_s: float = 300.0


@dataclass(frozen=True)
class Granted:
    """The PIN is right: ``who`` is the technician's id from the configuration."""

    who: str


@dataclass(frozen=True)
class Wrong:
    """A wrong PIN: ``remaining`` tries before the lockout, the next not before ``retry_after``."""

    remaining: int
    retry_after: dt.datetime


@dataclass(frozen=True)
class TooSoon:
    """A try inside the backoff after a wrong PIN: not checked, and not counted."""

    retry_after: dt.datetime


@dataclass(frozen=True)
class Locked:
    """Too many wrong PINs: no PIN is checked until ``until``."""

    until: dt.datetime


@dataclass(frozen=True)
class ResidentPresent:
    """A resident's session is active: the menu opens only between sessions."""


@dataclass(frozen=True)
class NoTechnicians:
    """The configuration names no technician, so no PIN can be right."""


AccessResult = Granted | Wrong | TooSoon | Locked | ResidentPresent | NoTechnicians

Clock = Callable[[], dt.datetime]


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class TechnicianAccess:
    """Checks PINs by the :class:`AccessPolicy` and writes every attempt to the audit log."""

    def __init__(
        self,
        pins: Mapping[str, str],
        *,
        state: AccessStateStore,
        audit: AuditLog,
        resident_active: Callable[[], bool],
        policy: AccessPolicy | None = None,
        clock: Clock = _utc_now,
    ) -> None:
        self._pins = dict(pins)
        self._state = state
        self._audit = audit
        self._resident_active = resident_active
        self.policy = policy or AccessPolicy()
        self._clock = clock

    @property
    def idle_timeout_s(self) -> float:
        """Seconds without a touch after which the menu closes itself."""
        return self.policy.idle_timeout_s

    def _record(self, action: AuditAction, who: str = "", outcome: str = "ok") -> None:
        self._audit.record(AuditEntry(self._clock(), who, action, "technician_menu", outcome))

    def gate(self) -> AccessResult | None:
        """Why the PIN pad may not be used now (a resident, a lockout, a backoff), or None."""
        if self._resident_active():
            return ResidentPresent()
        if not self._pins:
            return NoTechnicians()
        now = self._clock()
        failures, last, locked_until = self._state.load()
        if locked_until is not None and now < locked_until:
            return Locked(locked_until)
        if failures and last is not None:
            retry = last + dt.timedelta(seconds=self._delay(failures))
            if now < retry:
                return TooSoon(retry)
        return None

    def open_pad(self) -> AccessResult | None:
        """The hidden gesture was made: record it; None when the PIN pad may be shown."""
        refused = self.gate()
        if isinstance(refused, ResidentPresent):
            self._record(AuditAction.ENTRY_REFUSED, outcome="access.resident_present")
        else:
            self._record(AuditAction.MENU_OPENED, outcome="ok" if refused is None else "refused")
        return refused

    def check(self, pin: str) -> AccessResult:
        """Check ``pin`` against every technician's hash; record the attempt (never the PIN)."""
        refused = self.gate()
        if refused is not None:
            if isinstance(refused, ResidentPresent):
                self._record(AuditAction.ENTRY_REFUSED, outcome="access.resident_present")
            return refused
        # Every hash is tried, so the time taken does not tell whose PIN came closest.
        matches = [who for who, stored in sorted(self._pins.items()) if pin_matches(pin, stored)]
        now = self._clock()
        failures, _last, _locked = self._state.load()
        if matches:
            self._state.save(0, None, None)
            self._record(AuditAction.ENTRY, matches[0])
            return Granted(matches[0])
        failures += 1
        if failures >= self.policy.max_failures:
            until = now + dt.timedelta(seconds=self.policy.lockout_s)
            self._state.save(0, None, until)
            self._record(AuditAction.LOCKED, outcome="access.locked")
            return Locked(until)
        self._state.save(failures, now, None)
        self._record(AuditAction.PIN_WRONG, outcome=f"access.wrong.{failures}")
        retry = now + dt.timedelta(seconds=self._delay(failures))
        return Wrong(self.policy.max_failures - failures, retry)

    def _delay(self, failures: int) -> float:
        return float(self.policy.backoff_s * 2 ** (failures - 1))


class TechnicianSession:
    """An open menu: who is in it, and whether it has been idle for the policy's timeout."""

    def __init__(self, who: str, *, idle_timeout_s: float, now: float) -> None:
        self.who = who
        self.idle_timeout_s = idle_timeout_s
        self._last = now

    def touched(self, now: float) -> None:
        """The technician did something at monotonic time ``now``."""
        self._last = now

    def idle(self, now: float) -> bool:
        """True once ``idle_timeout_s`` have passed since the last touch."""
        return now - self._last >= self.idle_timeout_s

    def remaining_s(self, now: float) -> float:
        """Seconds left before the menu closes by itself."""
        return max(0.0, self.idle_timeout_s - (now - self._last))
