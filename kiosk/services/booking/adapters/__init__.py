"""Facility booking over the outside world: the gateway's booking API."""
