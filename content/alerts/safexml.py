"""Parses untrusted XML through defusedxml with limits on size, depth and time.

No DTD is accepted (neither CAP nor JMA XML has one), so every entity trick — billion laughs,
quadratic blowup, external entities, DTD retrieval — is one refusal. Each refusal carries a
stable ``reason`` code for logs and audit, and a sentence saying what was wrong.
"""

from __future__ import annotations

import io
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass

from defusedxml import DTDForbidden, EntitiesForbidden, ExternalReferenceForbidden
from defusedxml.ElementTree import iterparse

MAX_BYTES = 2 * 1024 * 1024  # JMA telegrams are tens of KB; a Tokyo VPWW54 is about 80 KB
MAX_DEPTH = 64
MAX_SECONDS = 5.0
_CHECK_EVERY = 512  # elements between clock reads


class RefusedError(ValueError):
    """A document that was not parsed: ``reason`` is a stable code, the message says why."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason
        self.message = message


@dataclass(frozen=True)
class Limits:
    """How much a document may cost: bytes, element depth and parsing seconds."""

    max_bytes: int = MAX_BYTES
    max_depth: int = MAX_DEPTH
    max_seconds: float = MAX_SECONDS


DEFAULT_LIMITS = Limits()


def parse(
    data: bytes, limits: Limits = DEFAULT_LIMITS, *, clock: Callable[[], float] = time.monotonic
) -> ET.Element:
    """The root element of ``data``; :class:`RefusedError` for anything unsafe or broken."""
    if not data.strip():
        raise RefusedError("empty", "the document is empty")
    if len(data) > limits.max_bytes:
        raise RefusedError(
            "too_large", f"the document is {len(data)} bytes, over the limit of {limits.max_bytes}"
        )
    started = clock()
    depth = 0
    count = 0
    root: ET.Element | None = None
    try:
        for event, element in iterparse(io.BytesIO(data), events=("start", "end"), forbid_dtd=True):
            if event == "start":
                depth += 1
                if root is None:
                    root = element
                if depth > limits.max_depth:
                    raise RefusedError(
                        "too_deep", f"elements nest deeper than {limits.max_depth} levels"
                    )
            else:
                depth -= 1
            count += 1
            if count % _CHECK_EVERY == 0 and clock() - started > limits.max_seconds:
                raise RefusedError("too_slow", f"parsing took longer than {limits.max_seconds:g} s")
    except DTDForbidden as err:
        raise RefusedError("dtd_forbidden", "the document has a DTD (<!DOCTYPE>)") from err
    except EntitiesForbidden as err:
        raise RefusedError("entities_forbidden", "the document declares entities") from err
    except ExternalReferenceForbidden as err:
        raise RefusedError(
            "external_reference", "the document refers to an external resource"
        ) from err
    except ET.ParseError as err:
        line, column = err.position
        if _truncated(err):
            raise RefusedError(
                "truncated", f"the document ends before it is complete (line {line})"
            ) from err
        what = str(err).split(":")[0]
        raise RefusedError(
            "malformed", f"not well-formed XML at line {line}, column {column}: {what}"
        ) from err
    assert root is not None  # iterparse raised if there was no element
    return root


def _truncated(err: ET.ParseError) -> bool:
    # expat: 3 = "no element found", 5 = "unclosed token" — both at the end of the input
    return err.code in (3, 5)


def local_name(element: ET.Element) -> str:
    """An element's name without its namespace."""
    return element.tag.rpartition("}")[2]


def namespace(element: ET.Element) -> str:
    """An element's namespace URI ('' when it has none)."""
    return element.tag[1:].partition("}")[0] if element.tag.startswith("{") else ""
