"""Speech synthesizers: interface, Open JTalk and espeak-ng adapters, audio output, emulator."""
