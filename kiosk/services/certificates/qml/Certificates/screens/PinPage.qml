pragma ComponentBehavior: Bound
import QtQuick
import Kiosk
import Certificates

// The card's 4-digit PIN: masked, typed on a large keypad or a keyboard, never spoken.
FlowPage {
    id: page

    title: qsTr("Enter your PIN")
    instructions: qsTr("Enter the 4-digit PIN of your card's user certificate, then touch Confirm.")

    focus: true
    Keys.onPressed: (event) => { event.accepted = CertificateService.model.pinKey(event.key, event.text) }
    Component.onCompleted: forceActiveFocus()

    Column {
        id: info
        anchors.left: parent.left
        anchors.right: keypad.left
        anchors.rightMargin: App.theme.spacing * 3
        anchors.verticalCenter: parent.verticalCenter
        spacing: App.theme.spacing * 2

        Row {
            objectName: "pinDots"
            anchors.horizontalCenter: parent.horizontalCenter
            spacing: App.theme.spacing * 2

            Repeater {
                model: CertificateService.model.pinDigits
                delegate: Rectangle {
                    required property int index
                    width: App.theme.touchTarget * 0.8
                    height: width
                    radius: width / 2
                    border.color: App.theme.text
                    border.width: 3
                    color: index < CertificateService.model.pinLength ? App.theme.text : App.theme.surface
                }
            }
        }

        Notice {
            objectName: "triesLeft"
            width: parent.width
            visible: CertificateService.model.problem.length > 0
            // The wrong PIN and what is left of the tries, said once, here.
            text: qsTr("The PIN was not correct. Tries left: %1. After that the PIN is locked.")
                .arg(CertificateService.model.triesLeft)
        }

        KLabel {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("Nobody else should see you type the PIN. The numbers you type are never read aloud.")
            color: App.theme.mutedText
        }
    }

    // Four rows of keys with a tall Confirm beside them: fits the low-reach area in large text.
    Row {
        id: keypad
        objectName: "keypad"
        readonly property int gap: App.theme.spacing / 2
        readonly property int keyHeight: Math.max(App.theme.touchTarget,
            Math.min(Math.round(App.theme.touchTarget * 1.2), Math.floor((page.height - 3 * gap) / 4)))
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        spacing: gap

        Grid {
            id: keys
            columns: 3
            spacing: keypad.gap

            Repeater {
                model: ["1", "2", "3", "4", "5", "6", "7", "8", "9"]
                delegate: KeypadButton {
                    required property string modelData
                    objectName: "key_" + modelData
                    height: keypad.keyHeight
                    text: modelData
                    onClicked: CertificateService.model.pressDigit(modelData)
                }
            }
            KeypadButton {
                objectName: "key_clear"
                height: keypad.keyHeight
                text: qsTr("Clear")
                font.pixelSize: App.theme.fontSize
                onClicked: CertificateService.model.clearPin()
            }
            KeypadButton {
                objectName: "key_0"
                height: keypad.keyHeight
                text: "0"
                onClicked: CertificateService.model.pressDigit("0")
            }
            KeypadButton {
                objectName: "key_delete"
                height: keypad.keyHeight
                text: qsTr("Delete")
                font.pixelSize: App.theme.fontSize
                onClicked: CertificateService.model.deleteDigit()
            }
        }

        KeypadButton {
            objectName: "key_confirm"
            height: keys.height
            text: qsTr("Confirm")
            font.pixelSize: App.theme.fontSize
            primary: true
            enabled: CertificateService.model.pinLength === CertificateService.model.pinDigits
            onClicked: CertificateService.model.submitPin()
        }
    }
}
