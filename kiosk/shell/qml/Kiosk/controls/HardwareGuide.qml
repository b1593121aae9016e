pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

// What to do with the kiosk's hardware now, drawn to be seen at a glance: the action, close up
// and animated, beside the kiosk's front with the part to use glowing, and an arrow toward it.
// ``parts`` is the terminal's layout (part → {row, column}), ``action`` one of insertCard,
// removeCard, cash, touchIc, takeDocuments, takeReceipt, takeChange.
Item {
    id: guide

    property var parts: ({})
    property string action: "insertCard"
    property string cardKind: "slot"
    property bool cardFaceUp: true
    property string note: ""
    property string coin: ""
    property bool change: false

    readonly property var used: {
        switch (action) {
        case "insertCard":
        case "removeCard": return ["card_reader"]
        case "cash": return (note ? ["note_slot"] : []).concat(coin ? ["coin_slot"] : [])
        case "touchIc": return ["ic_pad"]
        case "takeDocuments": return ["document_tray"]
        case "takeReceipt": return ["receipt_slot"].concat(change ? ["change_tray"] : [])
        case "takeChange": return ["change_tray"]
        }
        return []
    }
    readonly property var place: used.length > 0 && parts && parts[used[0]] ? parts[used[0]] : null
    // Where the part is from the screen: -1, 0 or 1 across and down.
    readonly property int across: place ? ({ left: -1, center: 0, right: 1 })[place.column] : 0
    readonly property int down: place ? ({ top: -1, middle: 0, bottom: 1 })[place.row] : 0
    readonly property real unit: Math.min(width / 800, height / 300)

    implicitWidth: App.theme.touchTarget * 12
    implicitHeight: App.theme.touchTarget * 5

    Item {
        id: drawing
        width: 800
        height: 300
        anchors.centerIn: parent
        scale: guide.unit
        // Too small to be read at a glance (large text in the low-reach layout): the words do.
        visible: guide.unit >= 0.3

        Loader {
            id: closeUp
            x: 90
            width: 320
            height: 300
            sourceComponent: {
                switch (guide.action) {
                case "insertCard": return cardIn
                case "removeCard": return cardOut
                case "cash": return cash
                case "touchIc": return ic
                case "takeDocuments": return documents
                case "takeReceipt": return receipt
                case "takeChange": return changeOnly
                }
                return null
            }
        }

        // Toward the part, on the side of the picture where it is (right for the centre).
        GuideArrow {
            objectName: "directionArrow"
            visible: guide.place !== null
            x: (guide.across < 0 ? 40 : 755) - width / 2
            y: 150 - height / 2
            rotation: Math.atan2(guide.down, guide.across) * 180 / Math.PI + 90
        }

        PanelMap {
            objectName: "panelMap"
            x: 450
            parts: guide.parts
            highlight: guide.used
        }
    }

    Component { id: cardIn; CardPicture { kind: guide.cardKind; faceUp: guide.cardFaceUp } }
    Component { id: cardOut; CardPicture { kind: guide.cardKind; faceUp: guide.cardFaceUp; leaving: true } }
    Component { id: cash; CashPicture { note: guide.note; coin: guide.coin } }
    Component { id: ic; IcCardPicture {} }
    Component { id: documents; TrayPicture {} }
    Component { id: receipt; ReceiptPicture { change: guide.change } }
    Component { id: changeOnly; ReceiptPicture { change: true; receipt: false } }
}
