"""The kiosk's resident services, one folder each."""
