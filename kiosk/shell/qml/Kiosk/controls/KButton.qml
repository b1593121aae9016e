import QtQuick
import QtQuick.Controls.Basic
import Kiosk

// A touch button: never smaller than the theme's touch target, focus visible, name spoken.
//
// ``role`` says how much it asks for attention: "primary" (the one action a screen leads to,
// filled in the accent colour), "secondary" (the default: outlined) or "quiet" (ways out that
// are always there, such as Home and Finish: no fill, a thin outline, the text in the accent
// colour). ``primary: true`` is the same as ``role: "primary"``.
Button {
    id: control

    property string role: "secondary"
    property bool primary: role === "primary"
    property string detail: ""
    readonly property bool quiet: role === "quiet" && !primary
    readonly property bool filled: control.enabled && (control.primary || control.checked)

    padding: App.theme.spacing
    // A button given less height than its words need (a keypad key) keeps them inside it by
    // giving up some of its padding.
    topPadding: Math.max(2, Math.min(App.theme.spacing, (height - implicitContentHeight) / 2))
    bottomPadding: topPadding
    implicitHeight: Math.max(App.theme.touchTarget, implicitContentHeight + 2 * App.theme.spacing)
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
             : control.filled ? App.theme.accentText
             : control.quiet ? App.theme.link : App.theme.text
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.Wrap
    }

    background: Rectangle {
        radius: App.theme.spacing

        // Only focus the keypad moved there is drawn: a button a finger pressed keeps focus too,
        // and a ring left on it would look like a second highlighted choice.
        FocusRing { objectName: "focusRing"; visible: control.visualFocus; cornerRadius: parent.radius }

        color: control.filled ? App.theme.accent
             : control.quiet ? "transparent" : App.theme.surface
        opacity: control.down ? 0.75 : 1.0
        border.width: control.visualFocus ? Math.max(4, App.theme.spacing / 3)
                    : control.primary ? 0 : control.quiet ? 1 : 2
        border.color: control.visualFocus ? App.theme.focus
                    : control.quiet ? App.theme.mutedText : App.theme.border
    }
}
