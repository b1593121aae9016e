"""Atom feeds (RFC 4287) as JMA and CAP sources publish them: entries with their document links."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from dataclasses import dataclass

from content.alerts.safexml import RefusedError, local_name, namespace
from content.alerts.xmltext import kid, kids, parse_time, text

ATOM = "http://www.w3.org/2005/Atom"
_CAP_TYPES = ("application/cap+xml", "application/common-alerting-protocol+xml")


@dataclass(frozen=True)
class Entry:
    """One feed entry: its id, title, time and the URL of the document (or the document inline)."""

    id: str
    title: str
    updated: dt.datetime | None
    url: str
    author: str = ""
    summary: str = ""
    embedded: ET.Element | None = None


def parse_feed(root: ET.Element) -> tuple[Entry, ...]:
    """The entries of an Atom feed; ``RefusedError`` when ``root`` is not an Atom feed."""
    if local_name(root) != "feed" or namespace(root) != ATOM:
        raise RefusedError(
            "wrong_namespace", f"expected an Atom <feed> in {ATOM}, got {root.tag!r}"
        )
    entries = []
    for entry in kids(root, "entry"):
        url = _document_url(entry)
        embedded = _embedded(entry)
        if not url and embedded is None:
            continue
        updated = text(entry, "updated")
        try:
            moment = parse_time(updated) if updated else None
        except ValueError:
            moment = None
        entries.append(
            Entry(
                id=text(entry, "id") or url,
                title=text(entry, "title"),
                updated=moment,
                url=url,
                author=text(entry, "author", "name"),
                summary=text(entry, "content") if embedded is None else "",
                embedded=embedded,
            )
        )
    return tuple(entries)


def _document_url(entry: ET.Element) -> str:
    """The entry's document: a CAP-typed link, else an XML or untyped one, else an http(s) id."""
    links = [link for link in kids(entry, "link") if link.get("href")]
    ranked = sorted(links, key=_link_rank)
    for link in ranked:
        href = (link.get("href") or "").strip()
        if _link_rank(link) < 3 and href.startswith(("http://", "https://")):
            return href
    ident = text(entry, "id")
    return ident if ident.startswith(("http://", "https://")) else ""


def _link_rank(link: ET.Element) -> int:
    kind = (link.get("type") or "").lower()
    if kind in _CAP_TYPES:
        return 0
    if kind.endswith("xml"):
        return 1
    if not kind:
        return 2
    return 3


def _embedded(entry: ET.Element) -> ET.Element | None:
    content = kid(entry, "content")
    if content is None:
        return None
    for child in content:
        if local_name(child) == "alert":
            return child
    return None
