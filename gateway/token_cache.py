"""A short-lived cache of token checks, so a terminal's frequent polls cost no token lookup.

An entry lives ``ttl_s`` seconds (5 by default): a revoked or rotated-away token stops working
within that bound on every gateway process, without any process telling the others.
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections import OrderedDict
from collections.abc import Callable

from gateway.terminals import Terminal

TOKEN_CACHE_S = 5.0


class TokenCache:
    """Terminals found by token, kept ``ttl_s`` seconds; unknown tokens are never kept."""

    def __init__(
        self,
        ttl_s: float = TOKEN_CACHE_S,
        *,
        size: int = 4096,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.ttl_s = ttl_s
        self._size = size
        self._clock = clock
        self._items: OrderedDict[str, tuple[float, Terminal]] = OrderedDict()
        self._lock = threading.Lock()

    def cached(self, token: str) -> Terminal | None:
        """The terminal holding ``token`` if it was checked under ``ttl_s`` ago, else ``None``."""
        key = hashlib.sha256(token.encode("utf-8")).hexdigest()
        with self._lock:
            cached = self._items.get(key)
        if cached is not None and self._clock() - cached[0] < self.ttl_s:
            return cached[1]
        return None

    def find(self, token: str, load: Callable[[], Terminal | None]) -> Terminal | None:
        """The terminal holding ``token``: cached if checked under ``ttl_s`` ago, else ``load``."""
        hit = self.cached(token)
        if hit is not None:
            return hit
        key = hashlib.sha256(token.encode("utf-8")).hexdigest()
        now = self._clock()
        found = load()
        with self._lock:
            if found is None:
                self._items.pop(key, None)
            elif self.ttl_s > 0:
                self._items[key] = (now, found)
                self._items.move_to_end(key)
                while len(self._items) > self._size:
                    self._items.popitem(last=False)
        return found
