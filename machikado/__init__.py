"""Machikado (まちかど端末): the city's kiosk and signage terminal software."""

__version__ = "0.1.0"
