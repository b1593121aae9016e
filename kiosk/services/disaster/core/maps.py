"""The map link a shelter's QR code carries: the national map, with no tracking."""

from __future__ import annotations

GSI_MAP = "https://maps.gsi.go.jp/#17/{lat:.6f}/{lon:.6f}/"


def map_link(lat: float, lon: float) -> str:
    """地理院地図 (the Geospatial Information Authority's public map) centred on a point.

    The city's own national map: free, no account, no tracking parameters, the same map the
    national shelter data is published on.
    """
    return GSI_MAP.format(lat=lat, lon=lon)
