"""The city's side: the HTTP API terminals talk to."""
