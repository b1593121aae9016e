"""The headphone jack: plugged or not, told as it happens (evdev switch events, or an emulator)."""
