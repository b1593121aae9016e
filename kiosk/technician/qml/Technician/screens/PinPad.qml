pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

// The PIN pad: digits show as dots only; a wrong PIN, a backoff or a lockout is said above.
Item {
    id: pad

    readonly property var menu: App.overlay

    objectName: "technicianPinPad"

    Column {
        anchors.centerIn: parent
        width: Math.min(parent.width - 4 * App.theme.spacing, App.theme.touchTarget * 8)
        spacing: App.theme.spacing * 2

        Text {
            width: parent.width
            text: pad.menu.title
            font.family: App.theme.fontFamily
            font.pixelSize: App.theme.titleSize
            font.bold: true
            color: "#263238"
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
        }

        Text {
            objectName: "technicianNotice"
            width: parent.width
            text: pad.menu.busy ? pad.menu.labels.busy : pad.menu.notice
            font.family: App.theme.fontFamily
            font.pixelSize: App.theme.fontSize
            color: pad.menu.noticeBad ? "#B71C1C" : "#263238"
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
        }

        Rectangle {
            width: parent.width
            height: App.theme.touchTarget
            color: "#FFFFFF"
            border.color: "#90A4AE"
            border.width: 2
            radius: App.theme.spacing
            Text {
                objectName: "technicianPinMask"
                anchors.centerIn: parent
                text: pad.menu.pinMask
                font.pixelSize: App.theme.titleSize
                color: "#263238"
            }
        }

        Grid {
            id: keys
            columns: 3
            spacing: App.theme.spacing
            anchors.horizontalCenter: parent.horizontalCenter
            readonly property int key: Math.round(App.theme.touchTarget * 1.6)

            Repeater {
                model: ["1", "2", "3", "4", "5", "6", "7", "8", "9"]
                delegate: KButton {
                    required property string modelData
                    objectName: "technicianDigit" + modelData
                    width: keys.key
                    height: keys.key
                    text: modelData
                    font.pixelSize: App.theme.titleSize
                    enabled: !pad.menu.busy
                    onClicked: pad.menu.digit(modelData)
                }
            }
            KButton {
                objectName: "technicianErase"
                width: keys.key
                height: keys.key
                text: pad.menu.labels.erase
                enabled: !pad.menu.busy
                onClicked: pad.menu.erase()
            }
            KButton {
                objectName: "technicianDigit0"
                width: keys.key
                height: keys.key
                text: "0"
                font.pixelSize: App.theme.titleSize
                enabled: !pad.menu.busy
                onClicked: pad.menu.digit("0")
            }
            KButton {
                objectName: "technicianOk"
                width: keys.key
                height: keys.key
                text: pad.menu.labels.ok
                role: "primary"
                enabled: !pad.menu.busy && pad.menu.pinMask.length > 0
                onClicked: pad.menu.submit()
            }
        }

        KButton {
            objectName: "technicianCancel"
            anchors.horizontalCenter: parent.horizontalCenter
            text: pad.menu.labels.cancel
            role: "quiet"
            onClicked: pad.menu.cancel()
        }
    }
}
