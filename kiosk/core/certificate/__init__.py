"""Certificate issuance with the My Number card: the resident's flow, its ports and hours."""
