"""Data and its schemas: configuration, languages, city notices, translations."""
