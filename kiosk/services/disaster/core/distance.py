"""A distance as a resident reads it: metres up to a kilometre, then kilometres."""

from __future__ import annotations

# Languages that write a decimal comma (1,2 km).
_DECIMAL_COMMA = frozenset({"pt-BR", "vi"})


def distance_text(km: float, language: str) -> str:
    """``km`` as ``350 m`` (to the nearest 10 m) or ``1.2 km`` (``1,2 km`` where a comma is the
    decimal sign); never ``0 m``."""
    metres = max(10, round(km * 100) * 10)
    if metres < 1000:
        return f"{metres} m"
    text = f"{km:.1f}" if km < 10 else f"{round(km)}"
    if language in _DECIMAL_COMMA:
        text = text.replace(".", ",")
    return f"{text} km"
