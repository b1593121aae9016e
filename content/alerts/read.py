"""One entry point for a fetched document: parse it safely, then read it as CAP or JMA XML."""

from __future__ import annotations

from content.alerts.cap import parse_cap
from content.alerts.jma import parse_jma
from content.alerts.model import Document, Source
from content.alerts.safexml import DEFAULT_LIMITS, Limits, RefusedError, local_name, parse


def read_document(
    data: bytes, identifier: str, limits: Limits = DEFAULT_LIMITS, *, source: Source | None = None
) -> Document:
    """The alerts in a CAP ``<alert>`` or a JMA ``<Report>``; ``RefusedError`` for anything else.

    ``identifier`` names the document in JMA alerts (its URL); ``source`` is the CAP source
    kind to record (the city's own tool or a relay; CAP by default).
    """
    root = parse(data, limits)
    if local_name(root) == "Report":
        return parse_jma(root, identifier)
    if local_name(root) == "alert":
        return parse_cap(root, source=source or Source.CAP)
    raise RefusedError(
        "wrong_namespace", f"expected a CAP <alert> or a JMA <Report>, got {root.tag!r}"
    )
