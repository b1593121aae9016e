"""Disaster bulletins as pure data: the alert model, CAP 1.2 and JMA XML, areas, safe parsing."""
