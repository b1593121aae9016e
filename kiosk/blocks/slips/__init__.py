"""Slips: what the receipt printer prints for a service."""
