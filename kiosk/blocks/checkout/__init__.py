"""Checkout: a fee held, then taken or given back, journaled and reconciled at start."""
