"""Disaster information: the bulletins in force and of today, and the nearest shelters."""
