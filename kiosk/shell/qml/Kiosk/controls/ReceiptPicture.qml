import QtQuick
import Kiosk

// The receipt coming out of its slot; with ``change``, coins waiting in the change tray (and
// with ``receipt`` false, only those).
Item {
    id: picture

    property bool change: false
    property bool receipt: true

    implicitWidth: 320
    implicitHeight: 300

    Rectangle {
        x: 10; y: 10; width: 300; height: 280; radius: 14
        color: "#5E6A76"
        border.color: App.theme.text
        border.width: 3
    }

    Item {
        // The paper shows only below the slot: it grows out of it.
        visible: picture.receipt
        x: 50; y: 60; width: 120; height: 220
        clip: true
        Rectangle {
            id: strip
            objectName: "receiptPicture"
            x: 18; width: 84; height: 170
            color: "#FFFFFF"
            border.color: "#4A5560"
            border.width: 2
            Column {
                x: 12; y: 14
                spacing: 8
                Repeater {
                    model: [50, 60, 40, 60, 30, 55, 45]
                    delegate: Rectangle {
                        required property int modelData
                        width: modelData; height: 4; radius: 2
                        color: "#9AA6B2"
                    }
                }
            }
        }
    }
    Rectangle {
        // The receipt slot.
        visible: picture.receipt
        x: 56; y: 54; width: 108; height: 10; radius: 4
        color: "#111418"
    }

    Rectangle {
        // The change tray, with the coins in it.
        visible: picture.change
        x: 190; y: 190; width: 104; height: 76; radius: 10
        color: "#2B3138"
        border.color: App.theme.text
        border.width: 2
        Repeater {
            model: 3
            delegate: Rectangle {
                required property int index
                x: 14 + index * 26; y: 30 - index * 6
                width: 34; height: 34; radius: 17
                color: "#D9D4C7"
                border.color: "#6B6455"
                border.width: 2
            }
        }
        SequentialAnimation on opacity {
            loops: Animation.Infinite
            running: picture.visible && picture.change
            NumberAnimation { from: 1; to: 0.55; duration: 700 }
            NumberAnimation { from: 0.55; to: 1; duration: 700 }
        }
    }

    // The motion, on the unit's grey front: light in every theme.
    GuideArrow { x: 190; y: 40; rotation: 180; color: "#F4F6F8"; visible: picture.receipt && !picture.change }
    GuideArrow { x: 120; y: 150; rotation: 90; color: "#F4F6F8"; visible: !picture.receipt }

    SequentialAnimation {
        loops: Animation.Infinite
        running: picture.visible
        PropertyAction { target: strip; property: "y"; value: -170 }
        PauseAnimation { duration: 400 }
        NumberAnimation { target: strip; property: "y"; to: 0; duration: 1600 }
        PauseAnimation { duration: 1000 }
    }
}
