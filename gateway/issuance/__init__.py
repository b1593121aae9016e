"""Certificate issuance: JPKI identity check, eligibility, A4 PDFs, journal and verification."""
