"""The card reader: PC/SC access to My Number cards (JPKI and card-input-support APs)."""
