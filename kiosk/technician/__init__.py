"""The technician's diagnostics: status, self-tests, counters, logs, audit and the bundle."""
