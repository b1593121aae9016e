import QtQuick
import Kiosk

// A bulletin's level: its colour and, always, its name in words (high contrast keeps both).
Rectangle {
    id: badge

    property string text
    property color fill
    property color ink
    property color outline

    implicitWidth: label.implicitWidth + App.theme.spacing * 2
    implicitHeight: label.implicitHeight + App.theme.spacing
    radius: App.theme.spacing / 2
    color: badge.fill
    border.color: badge.outline
    border.width: Math.max(2, Math.round(App.theme.spacing / 4))

    KLabel {
        id: label
        anchors.centerIn: parent
        text: badge.text
        color: badge.ink
        font.bold: true
        wrapMode: Text.NoWrap
    }
}
