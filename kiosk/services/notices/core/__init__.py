"""The notice service's Qt-free flow."""
