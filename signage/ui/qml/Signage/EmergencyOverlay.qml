import QtQuick

// An emergency message over the whole screen, in Japanese and English.
Rectangle {
    id: overlay

    property var message: ({})
    property bool portrait: false
    readonly property string severity: overlay.message.severity ?? ""

    visible: (overlay.message.id ?? "") !== ""
    color: severity === "critical" ? "#7A0010" : severity === "warning" ? "#B3261E" : "#B35C00"

    Rectangle {
        id: band
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        height: parent.height * 0.14
        color: "#FFD400"

        Text {
            anchors.centerIn: parent
            text: overlay.severity === "critical" ? "緊急  EMERGENCY"
                : overlay.severity === "warning" ? "警報  WARNING" : "注意  ADVISORY"
            color: "black"
            font.pixelSize: parent.height * 0.55
            font.bold: true
        }
    }

    Column {
        anchors.top: band.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: overlay.width * 0.05
        spacing: overlay.height * 0.04

        Text {
            width: parent.width
            text: overlay.message.ja ?? ""
            color: "white"
            wrapMode: Text.Wrap
            font.pixelSize: Math.min(overlay.width, overlay.height) * (overlay.portrait ? 0.08 : 0.09)
            font.bold: true
        }
        Text {
            width: parent.width
            text: overlay.message.en ?? ""
            visible: text.length > 0
            color: "#FFE9E9"
            wrapMode: Text.Wrap
            font.pixelSize: Math.min(overlay.width, overlay.height) * 0.05
        }
    }
}
