import QtQuick
import Kiosk

// A sheet that rises from the bottom edge (within reach) over a dimmed screen. Close sits by
// the title, or under the choices in the low-reach layout.
Item {
    id: panel

    property string title
    default property alias choices: flow.data
    signal closed()

    // While it is open, the keypad's arrows stay inside it and Back closes it.
    readonly property bool modal: true

    visible: false
    anchors.fill: parent
    z: 10

    Rectangle {
        anchors.fill: parent
        color: "#000000"
        opacity: 0.5
        MouseArea { anchors.fill: parent; onClicked: panel.closed() }
    }

    Rectangle {
        id: sheet
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: content.implicitHeight + 2 * App.theme.spacing
        color: App.theme.surface
        border.color: App.theme.border
        border.width: 2

        Column {
            id: content
            anchors.fill: parent
            anchors.margins: App.theme.spacing
            spacing: App.theme.spacing

            Item {
                width: parent.width
                height: Math.max(heading.implicitHeight, closeButton.height)
                KLabel {
                    id: heading
                    anchors.left: parent.left
                    anchors.right: closeButton.left
                    anchors.verticalCenter: parent.verticalCenter
                    text: panel.title
                    font.pixelSize: App.theme.titleSize
                    font.bold: true
                }
                KButton {
                    id: closeButton
                    anchors.right: parent.right
                    visible: App.theme.reachTop === 0
                    width: visible ? implicitWidth : 0
                    text: qsTr("Close")
                    onClicked: panel.closed()
                }
            }

            Flow {
                id: flow
                width: parent.width
                spacing: App.theme.spacing
            }

            Item {
                width: parent.width
                visible: App.theme.reachTop > 0
                height: visible ? lowClose.height : 0
                KButton {
                    id: lowClose
                    anchors.right: parent.right
                    text: qsTr("Close")
                    onClicked: panel.closed()
                }
            }
        }
    }
}
