"""Real servers started on loopback for tests and benchmarks: cupsd, the gateway, PostgreSQL.

Not shipped: the wheel's package list names only the application's packages.
"""
