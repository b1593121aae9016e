import QtQuick
import Kiosk

// A step's own button at the right end of the bottom bar: wide enough to find at a glance.
// The page's main action says ``primary: true``; there is one per page.
KButton {
    implicitWidth: Math.max(App.theme.touchTarget * 3, implicitContentWidth + leftPadding + rightPadding)
    implicitHeight: Math.max(Math.round(App.theme.touchTarget * 1.2),
                             implicitContentHeight + 2 * App.theme.spacing)
    font.pixelSize: primary ? Math.round(App.theme.fontSize * 1.25) : App.theme.fontSize
}
