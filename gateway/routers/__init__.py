"""The HTTP API, one ``router`` per domain; ``gateway.app.create_app`` includes each of them."""
