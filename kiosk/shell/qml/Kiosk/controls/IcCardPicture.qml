import QtQuick
import Kiosk

// An IC e-money card coming down onto the payment unit's pad and resting there while the pad
// answers with waves.
Item {
    id: picture

    implicitWidth: 320
    implicitHeight: 300

    Rectangle {
        id: pad
        x: 40; y: 140; width: 220; height: 150; radius: 14
        color: "#5E6A76"
        border.color: App.theme.text
        border.width: 3
        ContactlessMark { anchors.centerIn: parent; color: "#FFFFFF" }
    }

    Rectangle {
        id: wave
        anchors.centerIn: pad
        width: pad.width; height: pad.height; radius: 20
        color: "transparent"
        border.color: App.theme.focus
        border.width: 6
        opacity: 0
    }

    Rectangle {
        id: icCard
        objectName: "icCardPicture"
        x: 64; width: 171; height: 108; radius: 7
        color: "#2F6FAF"
        border.color: "#1A1F24"
        border.width: 3
        ContactlessMark { x: 100; y: 24; color: "#FFFFFF" }
        Rectangle { x: 14; y: 78; width: 70; height: 8; radius: 4; color: "#CFE0F2" }
    }

    GuideArrow { x: 270; y: 30; rotation: 180; color: App.theme.mutedText }

    SequentialAnimation {
        loops: Animation.Infinite
        running: picture.visible
        PropertyAction { target: icCard; property: "y"; value: 10 }
        PauseAnimation { duration: 400 }
        NumberAnimation { target: icCard; property: "y"; to: 160; duration: 1300; easing.type: Easing.InOutQuad }
        ParallelAnimation {
            NumberAnimation { target: wave; property: "scale"; from: 1.0; to: 1.25; duration: 900 }
            NumberAnimation { target: wave; property: "opacity"; from: 1.0; to: 0.0; duration: 900 }
        }
        PauseAnimation { duration: 700 }
    }
}
