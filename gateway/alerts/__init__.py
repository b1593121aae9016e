"""Disaster alerts on the gateway: feed polling, storage with its audit, the city's own alerts."""
