import QtQuick
import Kiosk

// A step's own button along the bottom of a flow page: wide enough to find at a glance.
KButton {
    implicitWidth: Math.max(App.theme.touchTarget * 3, implicitContentWidth + leftPadding + rightPadding)
    implicitHeight: Math.max(Math.round(App.theme.touchTarget * 1.2),
                             implicitContentHeight + topPadding + bottomPadding)
}
