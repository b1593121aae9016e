"""Facility booking for its screens: the view-model over the core flow."""
