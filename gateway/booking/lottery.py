"""The monthly draw: reproducible from a published seed, checkable by anyone who has the record.

Before entries open the gateway fixes a random seed and publishes only its SHA-256. After the
draw it publishes the seed, the entries (pseudonymous ids, their wishes as the rooms they would
hold), the rooms already held, and the result. :func:`verify` re-runs the draw from that record
alone and says whether every hash and the result match.

The draw: entries are ordered by HMAC-SHA256(seed, entry id); in that order, round after round,
each entry gets its best remaining wish whose rooms are all still free, within its wins and one
win per day, until no entry can gain. Losers of a wish wait for it in the same order (次点).
"""

from __future__ import annotations

import hashlib
import hmac
import json
from typing import Any

ALGORITHM = "machikado-lottery/1 (HMAC-SHA256 order, round-robin by ranked wishes)"


def canonical(value: Any) -> bytes:
    """The one JSON text of ``value`` every hash is taken over."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def sha256(data: bytes) -> str:
    """SHA-256 in hex."""
    return hashlib.sha256(data).hexdigest()


def seed_hash(seed: str) -> str:
    """The published commitment to a hex seed."""
    return sha256(bytes.fromhex(seed))


def priority(seed: str, entry_id: str) -> str:
    """An entry's place in the order: HMAC-SHA256 of its id under the seed (hex)."""
    return hmac.new(bytes.fromhex(seed), entry_id.encode(), hashlib.sha256).hexdigest()


def draw(
    seed: str, entries: list[dict[str, Any]], held: list[str], policy: dict[str, Any]
) -> dict[str, Any]:
    """Winners (entry → indexes of its wishes won), waiting lists per wish key, and the order.

    ``entries``: ``{"entry", "wishes": [{"key", "day", "claims": [...]}]}``; ``held``: claims
    already taken; ``policy``: ``{"max_wins", "one_win_per_day"}``.
    """
    order = sorted(entries, key=lambda e: (priority(seed, e["entry"]), e["entry"]))
    taken = set(held)
    won: dict[str, list[int]] = {e["entry"]: [] for e in order}
    days: dict[str, set[str]] = {e["entry"]: set() for e in order}
    gained = True
    while gained:
        gained = False
        for entry in order:
            name = entry["entry"]
            if len(won[name]) >= policy["max_wins"]:
                continue
            for index, wish in enumerate(entry["wishes"]):
                if index in won[name] or set(wish["claims"]) & taken:
                    continue
                if policy["one_win_per_day"] and wish["day"] in days[name]:
                    continue
                taken.update(wish["claims"])
                won[name].append(index)
                days[name].add(wish["day"])
                gained = True
                break
    waitlists: dict[str, list[str]] = {}
    for entry in order:
        for index, wish in enumerate(entry["wishes"]):
            if index not in won[entry["entry"]]:
                waitlists.setdefault(wish["key"], []).append(entry["entry"])
    return {
        "order": [e["entry"] for e in order],
        "winners": {name: sorted(indexes) for name, indexes in won.items() if indexes},
        "waitlists": waitlists,
    }


def record(
    *,
    facility: str,
    calendar: str,
    month: str,
    seed: str,
    entries: list[dict[str, Any]],
    held: list[str],
    policy: dict[str, Any],
) -> dict[str, Any]:
    """The published record of a draw: inputs, their hashes, the seed and the result."""
    entries = sorted(entries, key=lambda e: str(e["entry"]))
    held = sorted(held)
    result = draw(seed, entries, held, policy)
    return {
        "facility": facility,
        "calendar": calendar,
        "month": month,
        "algorithm": ALGORITHM,
        "seed": seed,
        "seed_sha256": seed_hash(seed),
        "policy": policy,
        "held": held,
        "entries": entries,
        "entries_sha256": sha256(canonical({"entries": entries, "held": held})),
        "result": result,
        "result_sha256": sha256(canonical(result)),
    }


def verify(published: dict[str, Any]) -> list[str]:
    """What does not match when the draw is re-run from a published record (empty: all match)."""
    problems = []
    try:
        seed = str(published["seed"])
        if seed_hash(seed) != published["seed_sha256"]:
            problems.append("the seed does not match the hash published before the draw")
        entries, held = published["entries"], published["held"]
        if sha256(canonical({"entries": entries, "held": held})) != published["entries_sha256"]:
            problems.append("the entries do not match their published hash")
        again = draw(seed, entries, held, published["policy"])
        if again != published["result"]:
            problems.append("re-running the draw from the seed gives another result")
        if sha256(canonical(published["result"])) != published["result_sha256"]:
            problems.append("the result does not match its published hash")
    except (KeyError, TypeError, ValueError) as err:
        problems.append(f"the record is incomplete or malformed: {err!r}")
    return problems
