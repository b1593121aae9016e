pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

// A ring of dots that turns while the kiosk works.
Item {
    id: spinner

    implicitWidth: App.theme.touchTarget * 2
    implicitHeight: implicitWidth

    Repeater {
        model: 8
        delegate: Rectangle {
            required property int index
            readonly property real angle: index * Math.PI / 4
            width: spinner.width / 6
            height: width
            radius: width / 2
            color: App.theme.accent
            opacity: 0.25 + index * 0.1
            x: spinner.width / 2 + Math.cos(angle) * spinner.width * 0.4 - width / 2
            y: spinner.height / 2 + Math.sin(angle) * spinner.height * 0.4 - height / 2
        }
    }

    RotationAnimator on rotation {
        from: 0
        to: 360
        duration: 1600
        loops: Animation.Infinite
        running: spinner.visible
    }
}
