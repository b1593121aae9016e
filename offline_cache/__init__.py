"""The terminal's local store, gateway client, dataset sync and outbox."""
