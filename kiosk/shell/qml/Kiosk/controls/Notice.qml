import QtQuick
import Kiosk

// A message that must not be missed: warning colours, large text.
Rectangle {
    id: notice

    property alias text: label.text

    implicitHeight: label.implicitHeight + App.theme.spacing * 2
    radius: App.theme.spacing
    color: App.theme.warning

    KLabel {
        id: label
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        anchors.margins: App.theme.spacing
        color: App.theme.warningText
        font.bold: true
    }
}
