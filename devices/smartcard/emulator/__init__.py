"""A My Number card emulator, reachable through pcscd's vpcd or in-process."""
