"""The technician's menu on the kiosk: the hidden gesture, the PIN pad and the pages."""
