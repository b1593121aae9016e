"""Facility booking: rooms by division, first-come and monthly lotteries, fees, caps, penalties."""
