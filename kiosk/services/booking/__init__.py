"""Facility booking (施設予約): find a room, see its week, book it with the My Number card."""
