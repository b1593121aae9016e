import QtQuick
import Kiosk

// The booking number, large and framed, for the resident to copy down.
Rectangle {
    id: box

    property string number
    property string label

    implicitHeight: column.implicitHeight + App.theme.spacing * 2
    radius: App.theme.spacing
    color: App.theme.surface
    border.color: App.theme.accent
    border.width: 3

    Column {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        anchors.margins: App.theme.spacing
        spacing: App.theme.spacing / 2

        KLabel {
            width: parent.width
            text: box.label
        }
        KLabel {
            objectName: "bookingNumber"
            width: parent.width
            text: box.number
            font.pixelSize: Math.round(App.theme.titleSize * 1.5)
            font.bold: true
            font.letterSpacing: App.theme.spacing / 4
            color: App.theme.text
            wrapMode: Text.WrapAnywhere
        }
    }
}
