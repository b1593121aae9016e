import QtQuick
import QtQuick.Shapes
import Kiosk

// The My Number card meeting the reader, over and over, drawn from above. A slot reader takes
// the card chip end first, face as the reader expects (``faceUp``), pushed in by a fingertip;
// with ``leaving`` the card slides back out, held between thumb and finger, the arrow reversed.
// A pad reader (``kind`` "pad") has the card laid on it, or lifted off it.
Item {
    id: picture

    property bool leaving: false
    property string kind: "slot"
    property bool faceUp: true
    readonly property bool slot: kind !== "pad"

    implicitWidth: 320
    implicitHeight: 300

    // -- a slot reader ------------------------------------------------------------------------

    Item {
        id: slotView
        anchors.fill: parent
        visible: picture.slot

        MyNumberCard {
            id: slotCard
            objectName: "cardPicture"
            portrait: true
            faceUp: picture.faceUp
            x: 106
            y: picture.leaving ? 0 : 110

            Fingers {
                x: picture.leaving ? -14 : 34
                y: picture.leaving ? 118 : 136
                pinch: picture.leaving
                span: 108
            }

            SequentialAnimation on y {
                loops: Animation.Infinite
                running: slotView.visible
                PauseAnimation { duration: 500 }
                NumberAnimation {
                    from: picture.leaving ? 0 : 110
                    to: picture.leaving ? 110 : 0
                    duration: 1600
                    easing.type: Easing.InOutQuad
                }
                PauseAnimation { duration: 900 }
            }
        }

        // The reader's front, over the card: what has gone into the slot is hidden under it.
        Rectangle {
            x: 40; y: 0; width: 240; height: 100; radius: 12
            color: "#5E6A76"
            border.color: App.theme.text
            border.width: 3
            Rectangle {
                // The slot's mouth, a little wider than the card.
                x: 56; y: 86; width: 128; height: 9; radius: 4
                color: "#111418"
            }
            Rectangle {
                // The reader's lamp.
                x: 204; y: 18; width: 16; height: 16; radius: 8
                color: "#3DDC84"
                border.color: "#111418"
                SequentialAnimation on opacity {
                    loops: Animation.Infinite
                    running: slotView.visible
                    NumberAnimation { from: 1; to: 0.2; duration: 500 }
                    NumberAnimation { from: 0.2; to: 1; duration: 500 }
                }
            }
        }

        GuideArrow {
            color: App.theme.mutedText  // the motion; the orange arrow says where
            x: 262
            y: 150
            rotation: picture.leaving ? 180 : 0
        }
    }

    // -- a pad reader -------------------------------------------------------------------------

    Item {
        id: padView
        anchors.fill: parent
        visible: !picture.slot

        Rectangle {
            x: 40; y: 140; width: 220; height: 150; radius: 14
            color: "#5E6A76"
            border.color: App.theme.text
            border.width: 3
            ContactlessMark { anchors.centerIn: parent; color: "#FFFFFF" }
        }

        MyNumberCard {
            id: padCard
            faceUp: true
            x: 64
            y: picture.leaving ? 160 : 10

            Fingers {
                x: -14
                y: 32
                pinch: true
                span: 171
                visible: picture.leaving
            }

            SequentialAnimation on y {
                loops: Animation.Infinite
                running: padView.visible
                PauseAnimation { duration: 500 }
                NumberAnimation {
                    from: picture.leaving ? 160 : 10
                    to: picture.leaving ? 10 : 160
                    duration: 1600
                    easing.type: Easing.InOutQuad
                }
                PauseAnimation { duration: 900 }
            }
        }

        GuideArrow {
            color: App.theme.mutedText  // the motion; the orange arrow says where
            x: 270
            y: 40
            rotation: picture.leaving ? 0 : 180
        }
    }
}
