"""City notices: the city's news and events, searchable, each with a QR code to take home."""
