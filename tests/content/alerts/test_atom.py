"""Atom feeds of JMA telegrams and of CAP messages: the document of every entry."""

import pytest

from content.alerts.atom import parse_feed
from content.alerts.safexml import RefusedError, parse

JMA_FEED = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" lang="ja">
  <title>高頻度（随時）</title>
  <subtitle>JMAXML publishing feed</subtitle>
  <updated>2026-07-14T15:13:00+09:00</updated>
  <id>https://www.data.jma.go.jp/developer/xml/feed/extra.xml#short_1784009580</id>
  <link rel="self" href="https://www.data.jma.go.jp/developer/xml/feed/extra.xml"/>
  <link rel="hub" href="http://alert-hub.appspot.com/"/>
  <entry>
    <title>気象警報・注意報（Ｈ２７）</title>
    <id>https://www.data.jma.go.jp/developer/xml/data/20260714061208_0_VPWW54_130000.xml</id>
    <updated>2026-07-14T06:12:08Z</updated>
    <author><name>気象庁</name></author>
    <link type="application/xml" href="https://www.data.jma.go.jp/developer/xml/data/20260714061208_0_VPWW54_130000.xml"/>
    <content type="text">【東京都気象警報・注意報】多摩北部に大雨警報</content>
  </entry>
</feed>"""

CAP_FEED = """<feed xmlns="http://www.w3.org/2005/Atom">
  <entry><id>urn:uuid:1</id><title>a</title>
    <link rel="alternate" type="text/html" href="https://city.example/a.html"/>
    <link rel="related" type="application/cap+xml" href="https://city.example/a.cap"/></entry>
  <entry><id>urn:uuid:2</id><title>b</title><updated>not a time</updated>
    <content type="text/xml"><alert xmlns="urn:oasis:names:tc:emergency:cap:1.2"/></content></entry>
  <entry><id>urn:uuid:3</id><title>no document</title>
    <link type="text/html" href="https://city.example/c.html"/></entry>
  <entry><id>https://city.example/d.cap</id><title>id is the link</title></entry>
</feed>"""


def test_jma_feed_entries_link_their_telegrams():
    (entry,) = parse_feed(parse(JMA_FEED.encode()))
    assert entry.url.endswith("_VPWW54_130000.xml") and entry.id == entry.url
    assert entry.author == "気象庁" and entry.summary.startswith("【東京都")
    assert entry.updated is not None and entry.updated.utcoffset().total_seconds() == 0


def test_cap_feed_links_embedded_messages_and_ids():
    entries = parse_feed(parse(CAP_FEED.encode()))
    assert [e.id for e in entries] == ["urn:uuid:1", "urn:uuid:2", "https://city.example/d.cap"]
    assert entries[0].url == "https://city.example/a.cap"
    assert entries[1].embedded is not None and entries[1].updated is None
    assert entries[2].url == "https://city.example/d.cap"


def test_a_document_that_is_not_an_atom_feed_is_refused():
    with pytest.raises(RefusedError) as refused:
        parse_feed(parse(b"<feed/>"))
    assert refused.value.reason == "wrong_namespace"
