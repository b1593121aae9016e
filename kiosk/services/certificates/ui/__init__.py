"""The certificate service's view-model for QML."""
