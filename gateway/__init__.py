"""The city's side: the HTTP API terminals talk to."""

__version__ = "0.1.0"
