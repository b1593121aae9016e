import QtQuick
import QtQuick.Controls.Basic
import Kiosk

// A touch button: never smaller than the theme's touch target, focus visible, name spoken.
Button {
    id: control

    property bool primary: false
    property string detail: ""

    padding: App.theme.spacing
    implicitHeight: Math.max(App.theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
    implicitWidth: Math.max(App.theme.touchTarget, implicitContentWidth + leftPadding + rightPadding)
    focusPolicy: Qt.StrongFocus
    font.family: App.theme.fontFamily
    font.pixelSize: App.theme.fontSize
    font.bold: primary
    Accessible.name: detail ? text + ". " + detail : text

    onActiveFocusChanged: if (activeFocus) App.speech.focused(Accessible.name)

    contentItem: Text {
        text: control.text
        font: control.font
        color: !control.enabled ? App.theme.disabledText
             : (control.primary || control.checked) ? App.theme.accentText : App.theme.text
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.Wrap
    }

    background: Rectangle {
        radius: App.theme.spacing
        color: control.enabled && (control.primary || control.checked) ? App.theme.accent : App.theme.surface
        opacity: control.down ? 0.75 : 1.0
        border.width: control.activeFocus ? Math.max(4, App.theme.spacing / 3) : 2
        border.color: control.activeFocus ? App.theme.focus : App.theme.border
    }
}
