import QtQuick
import Kiosk

// A key of the PIN keypad: large, and never focused, so speech never names a digit and the
// physical keyboard keeps working after a touch.
KButton {
    focusPolicy: Qt.NoFocus
    implicitWidth: Math.round(App.theme.touchTarget * 1.9)
    implicitHeight: Math.round(App.theme.touchTarget * 1.2)
    font.pixelSize: App.theme.titleSize
}
