import QtQuick
import Kiosk
import Technician

// The keyboard test: one field to type Japanese into with the on-screen keyboard.
Item {
    id: keyboard

    readonly property var menu: App.overlay

    objectName: "technicianKeyboardTest"

    Column {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: App.theme.spacing * 2
        spacing: App.theme.spacing * 2

        Text {
            width: parent.width
            text: keyboard.menu.title
            font.family: App.theme.fontFamily
            font.pixelSize: App.theme.titleSize
            font.bold: true
            color: "#263238"
            wrapMode: Text.Wrap
        }
        Text {
            width: parent.width
            text: keyboard.menu.rows.length > 0 ? keyboard.menu.rows[0].label : ""
            font.family: App.theme.fontFamily
            font.pixelSize: App.theme.fontSize
            color: "#37474F"
            wrapMode: Text.Wrap
        }
        KTextField {
            objectName: "technicianTextField"
            width: parent.width
            hint: keyboard.menu.labels.placeholder
        }
        PageButtons {
            width: parent.width
            menu: keyboard.menu
        }
    }
}
