import QtQuick
import Kiosk

// A card reader with a card sliding in (or, with ``leaving``, out of it), over and over.
Item {
    id: picture

    property bool leaving: false

    implicitWidth: App.theme.touchTarget * 5
    implicitHeight: App.theme.touchTarget * 4

    Rectangle {
        id: card
        objectName: "cardPicture"
        x: (picture.width - width) / 2
        width: picture.width * 0.5
        height: width * 0.63
        radius: App.theme.spacing / 2
        color: App.theme.accent
        border.color: App.theme.border
        border.width: 2

        Rectangle {
            // The IC chip.
            x: parent.width * 0.12
            y: parent.height * 0.3
            width: parent.width * 0.18
            height: parent.height * 0.25
            radius: 4
            color: "#D4AF37"
        }

        SequentialAnimation on y {
            loops: Animation.Infinite
            running: picture.visible
            NumberAnimation {
                from: picture.leaving ? picture.height - card.height : 0
                to: picture.leaving ? 0 : picture.height - card.height
                duration: 1400
                easing.type: Easing.InOutQuad
            }
            PauseAnimation { duration: 700 }
        }
    }

    Rectangle {
        // The reader, in front of the card's lower end.
        anchors.bottom: parent.bottom
        anchors.horizontalCenter: parent.horizontalCenter
        width: picture.width * 0.8
        height: picture.height * 0.3
        radius: App.theme.spacing
        color: App.theme.surface
        border.color: App.theme.text
        border.width: 3

        Rectangle {
            anchors.top: parent.top
            anchors.topMargin: parent.height * 0.25
            anchors.horizontalCenter: parent.horizontalCenter
            width: parent.width * 0.7
            height: 6
            color: App.theme.text
        }
    }
}
