import QtQuick

// An emergency message over the whole screen: Japanese, then one more language in turn.
Rectangle {
    id: overlay

    property var message: ({})
    property bool portrait: false
    readonly property string severity: overlay.message.severity ?? ""
    readonly property bool drill: overlay.message.drill ?? false
    readonly property real unit: Math.min(overlay.width, overlay.height)

    visible: (overlay.message.id ?? "") !== ""
    color: overlay.drill ? "#263238"
        : severity === "critical" ? "#6A000D"
        : severity === "danger" ? "#8C1020"
        : severity === "warning" ? "#B3261E" : "#9A4A00"

    Rectangle {
        id: band
        objectName: "emergencyBand"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        height: parent.height * 0.14
        color: overlay.drill ? "#FFFFFF" : "#FFD400"

        Text {
            anchors.fill: parent
            anchors.leftMargin: overlay.width * 0.04
            anchors.rightMargin: overlay.width * 0.04
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            text: overlay.message.band ?? ""
            color: "black"
            font.pixelSize: parent.height * 0.55
            font.bold: true
            fontSizeMode: Text.Fit
            minimumPixelSize: 10
        }
    }

    Column {
        anchors.top: band.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: overlay.unit * 0.05
        spacing: overlay.unit * 0.02

        Text {
            objectName: "emergencyIssued"
            width: parent.width
            text: overlay.message.issued ?? ""
            visible: text.length > 0
            color: "#FFE9E9"
            font.pixelSize: overlay.unit * 0.035
            elide: Text.ElideRight
        }
        Text {
            objectName: "emergencyTitle"
            width: parent.width
            height: parent.height * 0.24
            text: overlay.message.jaTitle ?? ""
            color: "white"
            wrapMode: Text.Wrap
            verticalAlignment: Text.AlignBottom
            font.pixelSize: overlay.unit * (overlay.portrait ? 0.08 : 0.09)
            font.bold: true
            fontSizeMode: Text.Fit
            minimumPixelSize: 12
        }
        Text {
            objectName: "emergencyAction"
            width: parent.width
            height: parent.height * 0.22
            text: overlay.message.jaBody ?? ""
            visible: text.length > 0
            color: "white"
            wrapMode: Text.Wrap
            font.pixelSize: overlay.unit * 0.06
            font.bold: true
            fontSizeMode: Text.Fit
            minimumPixelSize: 10
        }
        Rectangle {
            width: parent.width
            height: 2
            color: "#66FFFFFF"
            visible: (overlay.message.secondTitle ?? "") !== ""
        }
        Text {
            objectName: "emergencySecondTitle"
            width: parent.width
            height: parent.height * 0.16
            text: overlay.message.secondTitle ?? ""
            visible: text.length > 0
            color: "#FFE9E9"
            wrapMode: Text.Wrap
            font.family: overlay.message.secondFont || font.family
            font.pixelSize: overlay.unit * 0.055
            font.bold: true
            fontSizeMode: Text.Fit
            minimumPixelSize: 10
        }
        Text {
            objectName: "emergencySecondAction"
            width: parent.width
            height: parent.height * 0.16
            text: overlay.message.secondBody ?? ""
            visible: text.length > 0
            color: "#FFE9E9"
            wrapMode: Text.Wrap
            font.family: overlay.message.secondFont || font.family
            font.pixelSize: overlay.unit * 0.045
            fontSizeMode: Text.Fit
            minimumPixelSize: 10
        }
    }
}
