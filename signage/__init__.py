"""Station signage: the loop player and its LED board output."""
