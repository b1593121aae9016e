"""The kiosk's Qt layer: view-models over kiosk.core, QML screens, speech, translations."""
