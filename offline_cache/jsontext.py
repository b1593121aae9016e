"""JSON for large gateway answers: orjson where it gives the same values, the standard library else.

A 100,000-row snapshot spends most of a sync in decoding the answer and encoding each row back
for the store; orjson does both several times faster than :mod:`json`. It differs from the
standard library in three places, and each is handled here so that no value changes:

- integers past 64 bits: orjson decodes them as floats (losing digits) and cannot encode them.
  A text with a run of 19 or more digits anywhere (cheap to spot) is decoded by :mod:`json`,
  and a value orjson cannot encode is encoded by :mod:`json`;
- lone surrogates (``"\\ud800"``): orjson refuses them; :mod:`json` decodes and encodes them;
- ``NaN`` and ``Infinity`` are not JSON (RFC 8259): both decoders here refuse them, so they can
  never reach an encoder that would write ``null`` for them.
"""

from __future__ import annotations

import json
import math
from typing import Any

import orjson

# Every byte but a digit becomes a space: a run of digits is then a run of b"0" to look for.
_DIGITS = bytes(48 if 48 <= i <= 57 else 32 for i in range(256))
# 19 digits reach past 2**63 - 1; shorter runs are always within orjson's exact range.
_LONG_NUMBER = b"0" * 19

_encode_stdlib = json.JSONEncoder(
    ensure_ascii=False, check_circular=False, allow_nan=False, separators=(",", ":")
).encode


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _finite(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"number {text[:40]} is out of range")
    return value


def loads(data: bytes) -> Any:
    """Decode a JSON document (UTF-8 bytes); raises :class:`ValueError` when it is not JSON."""
    if _LONG_NUMBER not in data.translate(_DIGITS):
        try:
            return orjson.loads(data)
        except orjson.JSONDecodeError:
            pass  # the standard library decodes what orjson refuses but JSON allows
    # json.loads also reads a byte order mark and UTF-16/32, as the terminal always has
    return json.loads(data, parse_constant=_no_constant, parse_float=_finite)


def dumps(value: Any) -> str:
    """Compact JSON text of a decoded value, non-ASCII kept as it is."""
    try:
        return orjson.dumps(value).decode("utf-8")
    except TypeError:  # an integer past 64 bits or a lone surrogate
        return _encode_stdlib(value)
