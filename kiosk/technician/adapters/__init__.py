"""Technician diagnostics over the real system: metrics, device self-tests, maintenance."""
