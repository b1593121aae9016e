"""Groups: a representative and members, each a registrant by their own card.

A group books and enters lotteries as one holder (its caps are the group's); it pays the
resident rate when at least half of its people are residents.
"""

from __future__ import annotations

import secrets
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from gateway.booking.errors import BookingError
from gateway.booking.identity import User
from gateway.booking.storage_ops import insert_ignore
from gateway.storage import booking_group_members, booking_groups, booking_users, now_iso

MAX_MEMBERS = 50


def create_group(conn: Connection, representative: User, name: str) -> dict[str, Any]:
    """A new group with ``representative`` as its first member."""
    group_id = "G" + secrets.token_hex(6).upper()
    conn.execute(
        booking_groups.insert().values(
            id=group_id, name=name, representative=representative.id, created_at=now_iso()
        )
    )
    insert_ignore(
        conn,
        booking_group_members,
        {"group_id": group_id, "user_id": representative.id, "joined_at": now_iso()},
        ("group_id", "user_id"),
    )
    return describe_group(conn, group_id)


def _group(conn: Connection, group_id: str) -> Any:
    row = conn.execute(sa.select(booking_groups).where(booking_groups.c.id == group_id)).first()
    if row is None:
        raise BookingError(404, "unknown_group", f"no group {group_id}")
    return row


def add_member(
    conn: Connection, group_id: str, representative: User, member: User
) -> dict[str, Any]:
    """The representative adds a member, both cards present."""
    group = _group(conn, group_id)
    if group.representative != representative.id:
        raise BookingError(403, "not_representative", "only the representative adds members")
    count = conn.execute(
        sa.select(sa.func.count()).where(booking_group_members.c.group_id == group_id)
    ).scalar_one()
    if count >= MAX_MEMBERS:
        raise BookingError(409, "group_full", f"a group has at most {MAX_MEMBERS} members")
    insert_ignore(
        conn,
        booking_group_members,
        {"group_id": group_id, "user_id": member.id, "joined_at": now_iso()},
        ("group_id", "user_id"),
    )
    return describe_group(conn, group_id)


def describe_group(conn: Connection, group_id: str) -> dict[str, Any]:
    """A group's name, size and resident share (no one's identity)."""
    group = _group(conn, group_id)
    members = conn.execute(
        sa.select(booking_users.c.resident)
        .select_from(
            booking_group_members.join(
                booking_users, booking_users.c.id == booking_group_members.c.user_id
            )
        )
        .where(booking_group_members.c.group_id == group_id)
    ).all()
    residents = sum(1 for m in members if m.resident)
    return {
        "id": group.id,
        "name": group.name,
        "members": len(members),
        "residents": residents,
        "resident_rate": 2 * residents >= len(members),
    }


def groups_of(conn: Connection, user: User) -> list[str]:
    """The groups ``user`` belongs to."""
    return list(
        conn.execute(
            sa.select(booking_group_members.c.group_id).where(
                booking_group_members.c.user_id == user.id
            )
        ).scalars()
    )


def holder_of(conn: Connection, user: User, group: str | None) -> tuple[str, bool]:
    """Who holds a booking (the user, or their group) and whether the resident rate applies."""
    if group is None:
        return user.id, user.resident
    if group not in groups_of(conn, user):
        raise BookingError(403, "not_a_member", f"this card is not a member of {group}")
    return f"group:{group}", bool(describe_group(conn, group)["resident_rate"])
