"""``image://qr/<text>`` for QML: QR codes drawn from text with the qrcode package."""

from __future__ import annotations

import io
from urllib.parse import unquote

from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from PySide6.QtQuick import QQuickImageProvider


def qr_png(text: str, *, box_size: int = 10) -> bytes:
    """A QR code for ``text`` as PNG bytes (error correction M, quiet zone of 4 modules)."""
    import qrcode  # deferred: PIL is slow to import and the first screen has no QR code
    import qrcode.constants

    code = qrcode.QRCode(
        error_correction=qrcode.constants.ERROR_CORRECT_M, box_size=box_size, border=4
    )
    code.add_data(text)
    code.make(fit=True)
    buffer = io.BytesIO()
    code.make_image(fill_color="black", back_color="white").save(buffer, format="PNG")
    return buffer.getvalue()


class QrImageProvider(QQuickImageProvider):
    """Serves ``image://qr/<percent-encoded text>``."""

    def __init__(self) -> None:
        super().__init__(QQuickImageProvider.ImageType.Image)

    def requestImage(self, image_id: str, size: QSize, requested: QSize) -> QImage:
        """Draw the QR code for the id's text."""
        image = QImage.fromData(qr_png(unquote(image_id)), "PNG")
        if requested.isValid() and requested.width() > 0:
            image = image.scaled(requested.width(), requested.width())
        size.setWidth(image.width())
        size.setHeight(image.height())
        return image
