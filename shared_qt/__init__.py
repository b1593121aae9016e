"""Qt pieces the kiosk and the signage player share: the QML engine set-up and QR images."""
