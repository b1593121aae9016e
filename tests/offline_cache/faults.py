"""A loopback TCP proxy that cuts or stalls connections, and a gateway impostor for bad answers."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections import deque
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class FaultyProxy:
    """Forwards loopback connections to ``upstream``; each request takes the next planned fault.

    Faults: ``("cut", n)`` closes the connection after n bytes of the response;
    ``("stall", n)`` forwards n bytes, then sends nothing more (the client's read timeout fires);
    ``("lose", 0)`` forwards the request, lets the upstream answer, and sends nothing back.
    ``("pass", 0)`` — and an empty plan — forwards faithfully.
    """

    def __init__(self, upstream_port: int) -> None:
        self.upstream_port = upstream_port
        self.plan: deque[tuple[str, int]] = deque()
        self.requests = 0
        self.faults_done = 0
        self._listener = socket.socket()
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(64)
        self.port = self._listener.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._closing = threading.Event()
        self._threads: list[threading.Thread] = []
        self._sockets: list[socket.socket] = []
        self._accept = threading.Thread(target=self._serve, daemon=True)
        self._accept.start()

    def _serve(self) -> None:
        while not self._closing.is_set():
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            if self._closing.is_set():
                client.close()
                return
            thread = threading.Thread(target=self._pipe, args=(client,), daemon=True)
            self._threads.append(thread)
            thread.start()

    def _pipe(self, client: socket.socket) -> None:
        upstream = socket.create_connection(("127.0.0.1", self.upstream_port))
        self._sockets += [client, upstream]
        state = {"fault": ("pass", 0), "sent": 0}

        def upward() -> None:
            try:
                while data := client.recv(65536):
                    if data[:4] in (b"GET ", b"POST", b"PUT ", b"HEAD"):
                        self.requests += 1
                        state["fault"] = self.plan.popleft() if self.plan else ("pass", 0)
                        state["sent"] = 0
                    upstream.sendall(data)
            except OSError:
                pass
            finally:
                with contextlib.suppress(OSError):
                    upstream.shutdown(socket.SHUT_WR)

        up = threading.Thread(target=upward, daemon=True)
        up.start()
        try:
            while data := upstream.recv(65536):
                kind, limit = state["fault"]
                if kind == "lose":
                    self.faults_done += 1
                    break
                sent = state["sent"]
                if kind in ("cut", "stall") and sent + len(data) >= limit:
                    client.sendall(data[: max(0, limit - sent)])
                    self.faults_done += 1
                    if kind == "stall":
                        self._closing.wait(30)
                    break
                client.sendall(data)
                state["sent"] = sent + len(data)
        except OSError:
            pass
        finally:
            for sock in (client, upstream):
                with contextlib.suppress(OSError):
                    sock.close()

    def close(self) -> None:
        if self._closing.is_set():
            return  # closed already (a test cut the line)
        self._closing.set()
        with socket.create_connection(("127.0.0.1", self.port)):
            pass  # wakes the accept loop
        self._accept.join(5)
        self._listener.close()
        for sock in self._sockets:
            try:
                sock.shutdown(socket.SHUT_RDWR)
                sock.close()
            except OSError:
                pass
        for thread in self._threads:
            thread.join(5)


class Impostor:
    """A loopback HTTP server giving each request the next canned (status, headers, body)."""

    def __init__(self) -> None:
        self.answers: deque[tuple[int, dict[str, str], bytes]] = deque()
        self.requests: list[tuple[str, str, dict[str, str]]] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def _answer(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                if length:
                    self.rfile.read(length)
                outer.requests.append((self.command, self.path, dict(self.headers)))
                status, headers, body = outer.answers.popleft() if outer.answers else (500, {}, b"")
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                if "Content-Length" not in headers:
                    self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_GET = do_POST = _answer  # noqa: N815

            def log_message(self, *_args) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self._thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self._thread.join(5)


def wait_until(condition, timeout=30.0):
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        time.sleep(0.02)


class PlantedFailures:
    """ASGI middleware for a real gateway app: writes whose key is planted get a failing answer.

    ``failing`` maps an Idempotency-Key to the status the gateway answers it with (until the
    entry is removed); ``everything`` answers every request with that status; ``seen`` lists
    the keys of the writes that arrived, in order.
    """

    def __init__(self, app, faults: Faults) -> None:
        self.app = app
        self.faults = faults

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] == "http" and scope["method"] == "POST":
            key = dict(scope["headers"]).get(b"idempotency-key", b"").decode()
            self.faults.seen.append(key)
            status = self.faults.everything or self.faults.failing.get(key)
            if status:
                body = (
                    b'{"error": {"code": "planted_failure", "message": "a failure planted by '
                    b'the test"}}'
                )
                await send(
                    {
                        "type": "http.response.start",
                        "status": status,
                        "headers": [
                            (b"content-type", b"application/json"),
                            (b"content-length", str(len(body)).encode()),
                        ],
                    }
                )
                await send({"type": "http.response.body", "body": body})
                return
        await self.app(scope, receive, send)


class Faults:
    """What :class:`PlantedFailures` does, changed by the test while the gateway runs."""

    def __init__(self) -> None:
        self.failing: dict[str, int] = {}
        self.everything = 0
        self.seen: list[str] = []
