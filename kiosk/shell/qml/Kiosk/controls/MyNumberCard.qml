pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Shapes

// A My Number card drawn to scale (2 units a millimetre): the IC chip on the left of the face,
// the photo on the right. ``portrait`` turns it a quarter clockwise so the chip end leads
// upwards; ``faceUp`` false shows the back, with the chip's place under it dashed.
Item {
    id: card

    property bool portrait: false
    property bool faceUp: true
    property color outline: "#1A1F24"

    width: portrait ? 108 : 171
    height: portrait ? 171 : 108

    Item {
        id: face
        width: 171
        height: 108
        anchors.centerIn: parent
        rotation: card.portrait ? 90 : 0

        Rectangle {
            anchors.fill: parent
            radius: 7
            color: card.faceUp ? "#FCFCFA" : "#EFEBE3"
            border.color: card.outline
            border.width: 3
        }

        // The face: the header band, the chip, the lines of name and address, the photo.
        Rectangle {
            visible: card.faceUp
            x: 4; y: 4; width: 163; height: 12; radius: 4
            color: "#C7DBF0"
        }
        Rectangle {
            objectName: "cardChip"
            visible: card.faceUp
            x: 16; y: 38; width: 22; height: 24; radius: 4
            color: "#D4AF37"
            border.color: "#8A6D1F"
            border.width: 2
            Rectangle { x: 10; y: 2; width: 2; height: 20; color: "#8A6D1F" }
            Rectangle { x: 2; y: 8; width: 18; height: 2; color: "#8A6D1F" }
            Rectangle { x: 2; y: 15; width: 18; height: 2; color: "#8A6D1F" }
        }
        Repeater {
            model: [62, 48, 66, 40, 56]
            delegate: Rectangle {
                required property int modelData
                required property int index
                visible: card.faceUp
                x: 46; y: 26 + index * 11; width: modelData; height: 4; radius: 2
                color: "#9AA6B2"
            }
        }
        Rectangle {
            visible: card.faceUp
            x: 122; y: 24; width: 38; height: 48; radius: 3
            color: "#DDE3EA"
            border.color: "#9AA6B2"
            clip: true
            Rectangle { x: 11; y: 8; width: 16; height: 16; radius: 8; color: "#7D8995" }
            Rectangle { x: 4; y: 28; width: 30; height: 30; radius: 12; color: "#7D8995" }
        }

        // The back: the QR code and the number, and where the chip is on the other side.
        Rectangle {
            visible: !card.faceUp
            x: 120; y: 50; width: 34; height: 34
            color: "#FFFFFF"
            border.color: "#4A5560"
            border.width: 2
            Grid {
                anchors.centerIn: parent
                columns: 4
                spacing: 2
                Repeater {
                    model: [1, 0, 1, 1, 0, 1, 0, 1, 1, 1, 0, 0, 1, 0, 1, 1]
                    delegate: Rectangle {
                        required property int modelData
                        width: 5; height: 5
                        color: modelData ? "#1A1F24" : "transparent"
                    }
                }
            }
        }
        Rectangle {
            visible: !card.faceUp
            x: 60; y: 24; width: 90; height: 6; radius: 3
            color: "#9AA6B2"
        }
        Shape {
            visible: !card.faceUp
            x: 16; y: 48
            ShapePath {
                strokeColor: "#8A6D1F"
                strokeWidth: 2
                strokeStyle: ShapePath.DashLine
                dashPattern: [2, 2]
                fillColor: "transparent"
                PathRectangle { x: 0; y: 0; width: 22; height: 24; radius: 4 }
            }
        }
    }
}
