"""A distance as a resident reads it: metres up to a kilometre, then kilometres."""

from __future__ import annotations

# Languages that write a decimal comma (1,2 km).
_DECIMAL_COMMA = frozenset({"pt-BR", "vi"})


def distance_parts(km: float, language: str) -> tuple[str, bool]:
    """The number to show and whether it is in kilometres: metres to the nearest 10 m (never
    0), kilometres from 1 km, with one decimal under 10 km (a comma where it is the decimal
    sign)."""
    metres = max(10, round(km * 100) * 10)
    if metres < 1000:
        return str(metres), False
    text = f"{km:.1f}" if km < 10 else f"{round(km)}"
    if language in _DECIMAL_COMMA:
        text = text.replace(".", ",")
    return text, True


def distance_text(km: float, language: str) -> str:
    """``km`` as ``350 m`` or ``1.2 km`` (``1,2 km`` where a comma is the decimal sign)."""
    number, in_km = distance_parts(km, language)
    return f"{number} km" if in_km else f"{number} m"
