import QtQuick
import Kiosk

// One answer to a question on the options page: a round mark, filled when it is the one chosen,
// so a choice never looks like the page's action button.
KButton {
    id: choice

    // Checked follows the flow's choice only: a touch asks the flow, it does not toggle.
    checkable: false
    Accessible.checkable: true
    Accessible.checked: checked
    leftPadding: App.theme.spacing + mark.width + App.theme.spacing

    contentItem: Text {
        text: choice.text
        font: choice.font
        color: App.theme.text
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.Wrap
    }

    background: Rectangle {
        radius: App.theme.spacing
        color: App.theme.surface
        border.width: choice.activeFocus ? Math.max(4, App.theme.spacing / 3) : (choice.checked ? 4 : 2)
        border.color: choice.activeFocus ? App.theme.focus : (choice.checked ? App.theme.accent : App.theme.border)

        Rectangle {
            id: mark
            x: App.theme.spacing
            anchors.verticalCenter: parent.verticalCenter
            width: Math.round(App.theme.fontSize * 1.2)
            height: width
            radius: width / 2
            color: App.theme.surface
            border.color: choice.checked ? App.theme.accent : App.theme.text
            border.width: 3

            Rectangle {
                anchors.centerIn: parent
                visible: choice.checked
                width: parent.width * 0.5
                height: width
                radius: width / 2
                color: App.theme.accent
            }
        }
    }
}
