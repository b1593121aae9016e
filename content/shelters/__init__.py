"""Designated shelters in the national open-data format, the sample city's list, nearest ones."""
