import QtQuick
import Kiosk

// One part on the front-panel map, drawn as its opening: a slot, a pad, a tray.
Rectangle {
    id: mark

    property string part
    property bool lit: false
    property bool wide: false

    objectName: "part_" + part + (lit ? "_lit" : "")
    width: wide ? 96 : 48
    height: part === "document_tray" ? 40 : 32
    radius: 6
    color: lit ? App.theme.focus : "#F4F6F8"
    border.color: lit ? App.theme.text : "#7D8995"
    border.width: lit ? 3 : 2

    SequentialAnimation on scale {
        loops: Animation.Infinite
        running: mark.lit && mark.visible
        NumberAnimation { from: 1.0; to: 1.18; duration: 600; easing.type: Easing.InOutQuad }
        NumberAnimation { from: 1.18; to: 1.0; duration: 600; easing.type: Easing.InOutQuad }
    }

    // The opening's shape, by part.
    Rectangle {
        // A slit: card reader, note slot, coin slot, receipt slot.
        visible: ["card_reader", "note_slot", "coin_slot", "receipt_slot"].indexOf(mark.part) >= 0
        anchors.centerIn: parent
        width: mark.part === "coin_slot" ? 10
             : mark.part === "note_slot" ? mark.width * 0.7
             : mark.width * 0.5
        height: mark.part === "coin_slot" ? mark.height * 0.6 : 6
        radius: 3
        color: "#111418"
    }
    Rectangle {
        // The card reader's card, half in.
        visible: mark.part === "card_reader"
        anchors.horizontalCenter: parent.horizontalCenter
        y: mark.height / 2 + 2
        width: mark.width * 0.3; height: mark.height * 0.35
        color: "#FCFCFA"
        border.color: "#1A1F24"
    }
    ContactlessMark {
        visible: mark.part === "ic_pad"
        anchors.centerIn: parent
        scale: 0.42
        color: "#111418"
    }
    Rectangle {
        // A tray: change, documents.
        visible: mark.part === "change_tray" || mark.part === "document_tray"
        anchors.centerIn: parent
        width: mark.width * 0.75; height: mark.height * 0.5
        radius: 4
        color: "#2B3138"
    }
}
