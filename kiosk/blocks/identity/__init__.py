"""Identity: the My Number card placed, its PIN checked, its proof made, the card taken back."""
