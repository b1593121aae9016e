import QtQuick
import Kiosk

// The stripe residents see across the top while a technician has the menu open.
Rectangle {
    id: banner

    property string text

    objectName: "maintenanceBanner"
    height: label.implicitHeight + 2 * App.theme.spacing
    color: "#F9A825"

    Text {
        id: label
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        anchors.margins: App.theme.spacing
        text: banner.text
        color: "#212121"
        font.family: App.theme.fontFamily
        font.pixelSize: App.theme.fontSize
        font.bold: true
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignHCenter
    }
}
