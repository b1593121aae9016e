"""The touchscreen kiosk: resident services in seven languages."""
