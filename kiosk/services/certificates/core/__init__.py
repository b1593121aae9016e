"""The certificate service's Qt-free flow and what it needs from outside."""
