import QtQuick
import Kiosk

// A mode the resident switches on or off: a switch, the mode's name and the word On or Off,
// so its state is seen without guessing from a colour and heard with its name.
KButton {
    id: toggle

    // Whether the mode is on; bound to the session, never flipped by the button itself.
    property bool on: false
    readonly property string stateText: on ? qsTr("On") : qsTr("Off")

    checked: on
    Accessible.role: Accessible.CheckBox
    Accessible.checkable: true
    Accessible.checked: on
    Accessible.name: (detail ? text + ". " + detail : text) + ": " + stateText
    onOnChanged: if (visible) App.speech.focused(Accessible.name)

    contentItem: Row {
        spacing: App.theme.spacing

        Rectangle {
            // The switch: the knob on the right and filled while the mode is on.
            id: track
            anchors.verticalCenter: parent.verticalCenter
            width: Math.round(App.theme.fontSize * 2.2)
            height: Math.round(App.theme.fontSize * 1.2)
            radius: height / 2
            color: toggle.on ? App.theme.accentText : "transparent"
            border.width: 2
            border.color: toggle.on ? App.theme.accentText : App.theme.text

            Rectangle {
                width: parent.height - 8
                height: width
                radius: width / 2
                anchors.verticalCenter: parent.verticalCenter
                x: toggle.on ? parent.width - width - 4 : 4
                color: toggle.on ? App.theme.accent : App.theme.text
            }
        }

        Column {
            anchors.verticalCenter: parent.verticalCenter
            KLabel {
                text: toggle.text
                font.bold: true
                color: toggle.on ? App.theme.accentText : App.theme.text
                lineHeight: 1.0
            }
            KLabel {
                objectName: "toggleState"
                text: toggle.stateText
                color: toggle.on ? App.theme.accentText : App.theme.mutedText
                lineHeight: 1.0
            }
        }
    }
}
