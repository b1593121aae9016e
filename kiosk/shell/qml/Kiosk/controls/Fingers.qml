import QtQuick

// A fingertip pushing (``pinch`` false) or a thumb and finger holding something ``span`` wide.
Item {
    id: fingers

    property bool pinch: false
    property real span: 108

    width: pinch ? span + 28 : 40
    height: 46

    Rectangle {
        visible: !fingers.pinch
        width: 40; height: 46; radius: 20
        color: "#E9B99A"
        border.color: "#8C5A3C"
        border.width: 2
    }
    Rectangle {
        visible: fingers.pinch
        x: 0; width: 26; height: 46; radius: 12
        color: "#E9B99A"
        border.color: "#8C5A3C"
        border.width: 2
    }
    Rectangle {
        visible: fingers.pinch
        x: fingers.span + 2; width: 26; height: 46; radius: 12
        color: "#E9B99A"
        border.color: "#8C5A3C"
        border.width: 2
    }
}
