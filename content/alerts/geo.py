"""Distances and shapes on the WGS 84 sphere: great-circle distance, point in circle or polygon."""

from __future__ import annotations

import itertools
import math

from content.alerts.model import Area, Circle, Polygon

EARTH_RADIUS_KM = 6371.0088  # the mean radius (IUGG)


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres between two points (haversine)."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi = phi2 - phi1
    dlambda = math.radians(lon2 - lon1)
    h = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlambda / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def in_circle(lat: float, lon: float, circle: Circle) -> bool:
    """True when the point lies in the circle (its edge included)."""
    return distance_km(lat, lon, circle.lat, circle.lon) <= circle.radius_km


def in_polygon(lat: float, lon: float, polygon: Polygon) -> bool:
    """True when the point lies inside the ring (even-odd rule on lat/lon, fine at city scale)."""
    inside = False
    points = polygon.points
    for (lat_a, lon_a), (lat_b, lon_b) in itertools.pairwise(points):
        if (lon_a > lon) != (lon_b > lon):
            crossing = lat_a + (lon - lon_a) * (lat_b - lat_a) / (lon_b - lon_a)
            if lat < crossing:
                inside = not inside
    return inside


def area_contains(area: Area, lat: float, lon: float) -> bool:
    """True when one of the area's shapes holds the point."""
    return any(in_circle(lat, lon, c) for c in area.circles) or any(
        in_polygon(lat, lon, p) for p in area.polygons
    )
