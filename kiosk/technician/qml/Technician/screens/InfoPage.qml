pragma ComponentBehavior: Bound
import QtQuick
import Kiosk
import Technician

// A page of the menu: its title, a notice, a question to confirm, its buttons and its lines.
Item {
    id: info

    readonly property var menu: App.overlay

    objectName: "technicianInfoPage"

    Column {
        id: head
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: App.theme.spacing * 2
        spacing: App.theme.spacing

        Text {
            objectName: "technicianTitle"
            width: parent.width
            text: info.menu.title
            font.family: App.theme.fontFamily
            font.pixelSize: App.theme.titleSize
            font.bold: true
            color: "#263238"
            wrapMode: Text.Wrap
        }

        Text {
            objectName: "technicianNotice"
            width: parent.width
            visible: text.length > 0
            text: info.menu.busy ? info.menu.labels.busy : info.menu.notice
            font.family: App.theme.fontFamily
            font.pixelSize: App.theme.fontSize
            color: info.menu.noticeBad && !info.menu.busy ? "#B71C1C" : "#37474F"
            wrapMode: Text.Wrap
        }

        Rectangle {
            objectName: "technicianConfirm"
            width: parent.width
            visible: info.menu.confirm.length > 0
            height: visible ? question.implicitHeight + 2 * App.theme.spacing : 0
            color: "#FFF3E0"
            border.color: "#E65100"
            border.width: 2
            radius: App.theme.spacing
            Text {
                id: question
                x: App.theme.spacing
                y: App.theme.spacing
                width: parent.width - 2 * App.theme.spacing
                text: info.menu.confirm
                font.family: App.theme.fontFamily
                font.pixelSize: App.theme.fontSize
                font.bold: true
                color: "#BF360C"
                wrapMode: Text.Wrap
            }
        }

        PageButtons {
            width: parent.width
            menu: info.menu
        }
    }

    ListView {
        id: lines
        objectName: "technicianRows"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: head.bottom
        anchors.bottom: parent.bottom
        anchors.margins: App.theme.spacing * 2
        clip: true
        spacing: 2
        model: info.menu.rows
        delegate: Rectangle {
            id: line
            required property var modelData
            width: lines.width
            height: Math.max(label.implicitHeight, value.implicitHeight) + App.theme.spacing
            color: line.modelData.bad ? "#FFEBEE" : "#FFFFFF"
            Text {
                id: label
                x: App.theme.spacing / 2
                width: line.modelData.value ? lines.width * 0.34 : lines.width - App.theme.spacing
                anchors.verticalCenter: parent.verticalCenter
                text: line.modelData.label
                font.family: App.theme.fontFamily
                font.pixelSize: App.theme.fontSize * 0.8
                color: "#455A64"
                wrapMode: Text.Wrap
            }
            Text {
                id: value
                x: lines.width * 0.36
                width: lines.width * 0.63
                anchors.verticalCenter: parent.verticalCenter
                visible: text.length > 0
                text: line.modelData.value
                font.family: App.theme.fontFamily
                font.pixelSize: App.theme.fontSize * 0.8
                font.bold: line.modelData.bad
                color: line.modelData.bad ? "#B71C1C" : "#212121"
                wrapMode: Text.WrapAnywhere
            }
        }
    }
}
