"""Facility booking rules: the data the gateway books by and the kiosk shows."""
