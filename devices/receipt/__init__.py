"""Thermal receipt printers: ESC/POS over serial, /dev/usb/lpN and TCP, and their emulator."""
