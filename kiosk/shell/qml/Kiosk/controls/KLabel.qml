import QtQuick
import Kiosk

// Body text in the session's font, size and colours.
Text {
    color: App.theme.text
    font.family: App.theme.fontFamily
    font.pixelSize: App.theme.fontSize
    wrapMode: Text.Wrap
    lineHeight: 1.25
}
