"""Serial LED boards speaking the Alpha protocol: interface, codec, adapter and emulator."""
