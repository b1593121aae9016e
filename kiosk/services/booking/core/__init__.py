"""Facility booking without Qt: the week grid, the choice, the fee and the flow."""
