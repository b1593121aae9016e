"""machikado demo: demo residents and their cards, and the Demo devices window."""
