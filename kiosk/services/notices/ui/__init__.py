"""The notice service's view-model for QML."""
