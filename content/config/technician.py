"""``[technician]``: who may open the diagnostics menu, and the rules that guard it.

Each technician has an id and a PIN kept only as a scrypt hash string
(``scrypt$<n>$<r>$<p>$<salt base64>$<hash base64>``, made by ``machikado diag hash-pin``), so
the file never holds a PIN. ``usb_dir`` is the folder a USB stick is mounted on, where the
diagnostics bundle is written.
"""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass, field

from content.config.schema import require

_ID = re.compile(r"[a-z0-9][a-z0-9._-]{0,31}")
# Bounds on the scrypt parameters a hash may carry: enough work to slow guessing, little enough
# memory (128 * r * n bytes) for a kiosk to check a PIN in well under a second.
_N = (2**10, 2**20)
_R = (1, 32)
_P = (1, 16)


def hash_problem(text: str) -> str | None:
    """What is wrong with a PIN hash string, or None when it is a usable scrypt hash."""
    parts = text.split("$")
    if len(parts) != 6 or parts[0] != "scrypt":
        return "expected 'scrypt$n$r$p$salt$hash' (from 'machikado diag hash-pin'), not a PIN"
    try:
        n, r, p = (int(value) for value in parts[1:4])
        salt = base64.b64decode(parts[4], validate=True)
        digest = base64.b64decode(parts[5], validate=True)
    except (ValueError, binascii.Error):
        return "expected whole numbers n, r, p and base64 salt and hash"
    if n < _N[0] or n > _N[1] or n & (n - 1):
        return f"n must be a power of two from {_N[0]} to {_N[1]}, got {n}"
    if not _R[0] <= r <= _R[1] or not _P[0] <= p <= _P[1]:
        return f"r must be {_R[0]} to {_R[1]} and p {_P[0]} to {_P[1]}, got r={r} p={p}"
    if len(salt) < 8 or len(digest) < 16:
        return "the salt must be 8 bytes or more and the hash 16 bytes or more"
    return None


@dataclass(frozen=True)
class TechnicianConfig:
    """``[technician]``: technicians' PIN hashes by id, backoff, lockout, idle exit, USB folder."""

    pins: dict[str, str] = field(default_factory=dict)
    max_failures: int = 5
    backoff_s: float = 2.0
    lockout_s: float = 900.0
    idle_timeout_s: float = 300.0
    usb_dir: str = "/media/machikado-usb"

    def __post_init__(self) -> None:
        bad_ids = [who for who in self.pins if not _ID.fullmatch(who)]
        require(
            not bad_ids,
            "pins",
            f"technician ids are lower-case letters, digits, '.', '_' and '-', got {bad_ids!r}",
        )
        for who, stored in self.pins.items():
            problem = hash_problem(stored) if isinstance(stored, str) else "expected a string"
            if problem is not None:
                require(False, f"pins.{who}", problem)
        require(2 <= self.max_failures <= 20, "max_failures", "expected 2 to 20 tries")
        require(0.5 <= self.backoff_s <= 60, "backoff_s", "expected 0.5 to 60 s")
        require(60 <= self.lockout_s <= 86400, "lockout_s", "expected 60 to 86400 s")
        require(30 <= self.idle_timeout_s <= 3600, "idle_timeout_s", "expected 30 to 3600 s")
        require(
            self.usb_dir.startswith("/"),
            "usb_dir",
            f"expected an absolute path, got {self.usb_dir!r}",
        )
