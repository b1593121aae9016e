"""The disaster tile's view-model for QML."""
