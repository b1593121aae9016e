"""A local feed server on 127.0.0.1: JMA-style Atom feeds and documents the tests publish.

It answers conditional requests (ETag, Last-Modified), counts every request by path, and can
be told to fail a path with an HTTP status a number of times.
"""

from __future__ import annotations

import gzip
import hashlib
import threading
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from xml.sax.saxutils import escape


class FeedServer:
    """Serves ``documents`` (path → bytes) from a background thread until ``stop``."""

    def __init__(self) -> None:
        self.documents: dict[str, bytes] = {}
        self.gzipped: set[str] = set()  # paths served with Content-Encoding: gzip
        self.requests: Counter[str] = Counter()
        self.conditional: list[tuple[str, str, str]] = []  # path, If-None-Match, If-Modified-Since
        self.failures: dict[str, list[int]] = {}
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                server._answer(self)

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self._thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )
        self._thread.start()

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self._thread.join()

    def publish(self, path: str, body: bytes, *, gzipped: bool = False) -> str:
        with self._lock:
            self.documents[path] = gzip.compress(body) if gzipped else body
            if gzipped:
                self.gzipped.add(path)
        return self.url + path

    def fail(self, path: str, status: int, times: int = 1) -> None:
        with self._lock:
            self.failures[path] = [status] * times

    def _answer(self, handler: BaseHTTPRequestHandler) -> None:
        path = handler.path
        with self._lock:
            self.requests[path] += 1
            pending = self.failures.get(path)
            status = pending.pop(0) if pending else None
            body = self.documents.get(path)
        if status is not None:
            handler.send_response(status)
            handler.send_header("Content-Length", "0")
            handler.end_headers()
            return
        if body is None:
            handler.send_response(404)
            handler.send_header("Content-Length", "0")
            handler.end_headers()
            return
        etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
        modified = f"Tue, 14 Jul 2026 06:{int(etag[1:3], 16) % 60:02d}:00 GMT"
        inm = handler.headers.get("If-None-Match", "")
        ims = handler.headers.get("If-Modified-Since", "")
        with self._lock:
            self.conditional.append((path, inm, ims))
        if inm == etag or (not inm and ims == modified):
            handler.send_response(304)
            handler.send_header("ETag", etag)
            handler.end_headers()
            return
        handler.send_response(200)
        handler.send_header("Content-Type", "application/xml")
        if path in self.gzipped:
            handler.send_header("Content-Encoding", "gzip")
        handler.send_header("Content-Length", str(len(body)))
        handler.send_header("ETag", etag)
        handler.send_header("Last-Modified", modified)
        handler.end_headers()
        handler.wfile.write(body)


def atom(entries: list[tuple[str, str, str]], *, title: str = "高頻度（随時）") -> bytes:
    """A JMA-style Atom feed of (telegram URL, entry title, updated) entries, newest first."""
    items = "".join(
        f"""  <entry>
    <title>{escape(name)}</title>
    <id>{escape(url)}</id>
    <updated>{updated}</updated>
    <author><name>気象庁</name></author>
    <link type="application/xml" href="{escape(url)}"/>
    <content type="text">{escape(name)}</content>
  </entry>
"""
        for url, name, updated in entries
    )
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" lang="ja">
  <title>{title}</title>
  <subtitle>JMAXML publishing feed</subtitle>
  <updated>2026-07-14T16:00:00+09:00</updated>
  <id>urn:test:feed</id>
{items}</feed>
""".encode()


def cap_atom(links: list[str]) -> bytes:
    """An Atom feed of CAP messages, each entry linking its message."""
    items = "".join(
        f"<entry><id>urn:uuid:{i}</id><title>CAP</title><updated>2026-09-14T0{i}:00:00Z</updated>"
        f'<link rel="related" type="application/cap+xml" href="{escape(url)}"/></entry>'
        for i, url in enumerate(links)
    )
    return f'<feed xmlns="http://www.w3.org/2005/Atom">{items}</feed>'.encode()
