import QtQuick
import Kiosk

// The payment unit's front: a note going up into the note slot, then a coin dropping into the
// coin slot, over and over. ``note`` and ``coin`` are the amounts printed on them ('1,000').
Item {
    id: picture

    property string note: ""
    property string coin: ""
    readonly property bool notes: note.length > 0
    readonly property bool coins: coin.length > 0

    implicitWidth: 320
    implicitHeight: 300

    Rectangle {
        id: body
        x: 10; y: 10; width: 300; height: 280; radius: 14
        color: "#5E6A76"
        border.color: App.theme.text
        border.width: 3
    }

    Rectangle {
        id: banknote
        objectName: "notePicture"
        visible: picture.notes
        x: 34; width: 160; height: 76; radius: 4
        color: "#DCE6CF"
        border.color: "#4F6B3A"
        border.width: 2
        Rectangle {
            x: 104; y: 14; width: 44; height: 44; radius: 22
            color: "transparent"
            border.color: "#8FA97A"
            border.width: 3
        }
        Text {
            x: 10; y: 8
            text: picture.note
            font.pixelSize: 24
            font.bold: true
            color: "#2E4422"
        }
    }

    // The panel above the note slot, over the note: what went in is hidden under it.
    Rectangle {
        x: 13; y: 13; width: 294; height: 60; radius: 12
        color: "#5E6A76"
        visible: picture.notes
    }
    Rectangle {
        visible: picture.notes
        x: 24; y: 68; width: 180; height: 10; radius: 4
        color: "#111418"
    }

    Rectangle {
        id: coinPiece
        objectName: "coinPicture"
        visible: picture.coins
        x: 232; width: 54; height: 54; radius: 27
        color: "#D9D4C7"
        border.color: "#6B6455"
        border.width: 3
        Text {
            anchors.centerIn: parent
            text: picture.coin
            font.pixelSize: 18
            font.bold: true
            color: "#3A352B"
        }
    }

    // The panel below the coin slot, over the coin.
    Rectangle {
        visible: picture.coins
        x: 214; y: 214; width: 90; height: 72; radius: 12
        color: "#5E6A76"
    }
    Rectangle {
        visible: picture.coins
        x: 224; y: 208; width: 70; height: 10; radius: 4
        color: "#111418"
    }

    SequentialAnimation {
        loops: Animation.Infinite
        running: picture.visible
        PropertyAction { target: banknote; property: "y"; value: 170 }
        PropertyAction { target: coinPiece; property: "y"; value: 110 }
        PauseAnimation { duration: 400 }
        NumberAnimation {
            target: banknote; property: "y"; to: picture.notes ? -10 : 170
            duration: picture.notes ? 1400 : 0
            easing.type: Easing.InOutQuad
        }
        PauseAnimation { duration: 400 }
        NumberAnimation {
            target: coinPiece; property: "y"; to: picture.coins ? 215 : 110
            duration: picture.coins ? 1000 : 0
            easing.type: Easing.InQuad
        }
        PauseAnimation { duration: 800 }
    }
}
