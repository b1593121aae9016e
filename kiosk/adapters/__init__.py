"""Adapters from the kiosk flows' ports to concrete devices and the gateway (built by app.py)."""
