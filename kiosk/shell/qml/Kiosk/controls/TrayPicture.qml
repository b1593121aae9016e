import QtQuick
import Kiosk

// The printed certificates lifted out of the document tray between thumb and finger.
Item {
    id: picture

    implicitWidth: 320
    implicitHeight: 300

    Rectangle {
        x: 10; y: 60; width: 300; height: 230; radius: 14
        color: "#5E6A76"
        border.color: App.theme.text
        border.width: 3
        Rectangle {
            // The tray's opening.
            x: 30; y: 80; width: 240; height: 110; radius: 8
            color: "#2B3138"
        }
    }

    Item {
        // Below the tray's front lip the papers are out of sight.
        width: 320
        height: 262
        clip: true

        Item {
            id: sheets
            objectName: "documentsPicture"
            x: 70; width: 180; height: 150

            Repeater {
                model: 3
                delegate: Rectangle {
                    required property int index
                    x: index * 6; y: index * 5
                    width: 168; height: 140
                    color: "#FFFFFF"
                    border.color: "#4A5560"
                    border.width: 2
                    Column {
                        x: 16; y: 16
                        spacing: 9
                        Repeater {
                            model: [120, 90, 130, 110, 70, 100]
                            delegate: Rectangle {
                                required property int modelData
                                width: modelData; height: 5; radius: 2
                                color: "#9AA6B2"
                            }
                        }
                    }
                }
            }
            Fingers { x: -14; y: 10; pinch: true; span: 180 }
        }
    }

    // The tray's front lip, over the lower part of the papers.
    Rectangle {
        x: 30; y: 220; width: 260; height: 50; radius: 8
        color: "#5E6A76"
        border.color: App.theme.text
        border.width: 2
    }


    SequentialAnimation {
        loops: Animation.Infinite
        running: picture.visible
        PropertyAction { target: sheets; property: "y"; value: 150 }
        PauseAnimation { duration: 600 }
        NumberAnimation { target: sheets; property: "y"; to: 0; duration: 1500; easing.type: Easing.InOutQuad }
        PauseAnimation { duration: 900 }
    }
}
