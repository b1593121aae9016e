"""The 職種 tree as buttons: a top-level group, then its sub-categories that find something."""

from __future__ import annotations

from collections.abc import Mapping

from content.jobs.codes import CATEGORY_BY_KEY, Category


def top_group(key: str) -> Category | None:
    """The top-level category ``key`` names, None when it is a sub-item or unknown."""
    node = CATEGORY_BY_KEY.get(key)
    return node if node is not None and node.parent_key is None else None


def group_choices(key: str, counts: Mapping[str, int]) -> list[tuple[str, int]]:
    """The group itself (all of it) first, then each sub-category with a count above 0.

    Empty when ``key`` is not a top-level category or the group finds nothing.
    """
    group = top_group(key)
    if group is None or counts.get(key, 0) <= 0:
        return []
    subs = [(c.key, counts.get(c.key, 0)) for c in group.children]
    return [(key, counts[key]), *((k, n) for k, n in subs if n > 0)]
