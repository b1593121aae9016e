pragma ComponentBehavior: Bound
import QtQuick
import Kiosk
import Technician

// The display test: colour bars, full black and white fields and a grey ramp.
Item {
    id: bars

    readonly property var menu: App.overlay
    readonly property var colours: [
        "#FFFFFF", "#FFFF00", "#00FFFF", "#00FF00", "#FF00FF", "#FF0000", "#0000FF", "#000000"
    ]

    objectName: "technicianColourBars"

    Row {
        id: top
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        height: parent.height * 0.6
        Repeater {
            model: bars.colours
            delegate: Rectangle {
                required property string modelData
                width: top.width / bars.colours.length
                height: top.height
                color: modelData
            }
        }
    }

    Rectangle {
        id: ramp
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: top.bottom
        height: parent.height * 0.2
        gradient: Gradient {
            orientation: Gradient.Horizontal
            GradientStop { position: 0.0; color: "#000000" }
            GradientStop { position: 1.0; color: "#FFFFFF" }
        }
    }

    Rectangle {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: ramp.bottom
        anchors.bottom: parent.bottom
        color: "#ECEFF1"

        Text {
            anchors.left: parent.left
            anchors.right: back.left
            anchors.verticalCenter: parent.verticalCenter
            anchors.margins: App.theme.spacing
            text: bars.menu.rows.length > 0 ? bars.menu.rows[0].label : ""
            font.family: App.theme.fontFamily
            font.pixelSize: App.theme.fontSize * 0.8
            color: "#263238"
            wrapMode: Text.Wrap
        }
        PageButtons {
            id: back
            anchors.right: parent.right
            anchors.verticalCenter: parent.verticalCenter
            anchors.margins: App.theme.spacing
            width: parent.width * 0.45
            layoutDirection: Qt.RightToLeft
            menu: bars.menu
        }
    }
}
