import QtQuick
import QtQuick.Controls.Basic
import Kiosk

// A text field for the on-screen keyboard: a hint until the resident types, focus visible,
// name spoken. Touching it (or giving it the focus) makes the kiosk window the active one, so
// the keyboard opens even when another window of the terminal was the last one used.
TextField {
    id: field

    property string hint

    implicitHeight: Math.max(App.theme.touchTarget, contentHeight + topPadding + bottomPadding)
    color: App.theme.text
    font.family: App.theme.fontFamily
    font.pixelSize: App.theme.fontSize
    padding: App.theme.spacing
    Accessible.name: hint

    function takeWindow() {
        const window = field.Window.window
        if (window && !window.active)
            window.requestActivate()
    }

    onPressed: takeWindow()
    onFocusChanged: if (focus) takeWindow()
    onActiveFocusChanged: if (activeFocus) App.speech.focused(Accessible.name)

    KLabel {
        // The hint stays until the resident types, in a colour that keeps 4.5:1 contrast.
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.leftMargin: field.leftPadding
        anchors.rightMargin: field.rightPadding
        anchors.verticalCenter: parent.verticalCenter
        visible: field.text.length === 0 && field.preeditText.length === 0
        text: field.hint
        color: App.theme.mutedText
        wrapMode: Text.NoWrap
        elide: Text.ElideNone
    }

    background: Rectangle {
        color: App.theme.surface
        radius: App.theme.spacing

        FocusRing { visible: field.activeFocus; cornerRadius: parent.radius }
        border.width: field.activeFocus ? Math.max(4, App.theme.spacing / 3) : 2
        border.color: field.activeFocus ? App.theme.focus : App.theme.border
    }
}
