"""Hello Work listings on the gateway: CSV import, the watched folder, the jobs dataset."""
