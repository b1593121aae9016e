import QtQuick
import Kiosk
import Booking

// One booking as a card: where, when, its number, its state in words, and what is left to do.
// ``cancellable`` offers the Cancel button on a booking that still holds its rooms.
Rectangle {
    id: card

    required property var booking
    property bool cancellable: false

    readonly property string stateKey: booking.state || ""
    readonly property bool paid: booking.payment === "paid"

    implicitHeight: body.implicitHeight + App.theme.spacing * 2
    radius: App.theme.spacing
    color: App.theme.surface
    border.color: App.theme.border
    border.width: 2

    // The state in words, never the gateway's key.
    function stateWords(): string {
        switch (card.stateKey) {
        case "provisional": return qsTr("Provisional booking (not paid yet)")
        case "confirmed":
            return card.paid ? qsTr("Booked and paid") : qsTr("Booked, to pay at the counter")
        case "cancelled": return qsTr("Cancelled")
        case "expired": return qsTr("Released: it was not paid in time")
        case "used": return qsTr("Used")
        case "no_show": return qsTr("Not used: nobody came")
        default: return qsTr("Please ask at the counter about this booking.")
        }
    }

    // What the resident has to do, or what came back.
    function nextWords(): string {
        if (card.booking.active && !card.paid && card.booking.payBy)
            return qsTr("Not paid yet: %1. Please pay at the facility's counter by %2, or the booking is released.")
                .arg(card.booking.fee).arg(card.booking.payBy)
        if (card.stateKey === "cancelled" && card.booking.refundYen > 0)
            return qsTr("Refund: %1").arg(card.booking.refund)
        return ""
    }

    Column {
        id: body
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: App.theme.spacing
        spacing: App.theme.spacing / 2

        KLabel {
            objectName: "bookingState_" + card.booking.id
            width: parent.width
            text: card.stateWords()
            font.bold: true
            color: card.booking.active ? App.theme.text : App.theme.mutedText
        }
        KLabel {
            width: parent.width
            visible: text.length > 0
            text: card.booking.place || ""
        }
        KLabel {
            objectName: "bookingSlot_" + card.booking.id
            width: parent.width
            text: card.booking.slot || ""
            font.pixelSize: Math.round(App.theme.fontSize * 1.15)
            font.bold: true
        }
        KLabel {
            width: parent.width
            text: qsTr("Booking number: %1").arg(card.booking.id)
            color: App.theme.mutedText
        }
        KLabel {
            width: parent.width
            text: qsTr("Fee: %1").arg(card.booking.fee)
            color: App.theme.mutedText
            visible: card.booking.active && card.paid
        }
        Notice {
            objectName: "bookingNext_" + card.booking.id
            width: parent.width
            visible: text.length > 0 && card.booking.active
            text: card.booking.active ? card.nextWords() : ""
        }
        KLabel {
            width: parent.width
            visible: text.length > 0 && !card.booking.active
            text: card.booking.active ? "" : card.nextWords()
        }
        Item {
            width: parent.width
            height: cancelButton.visible ? cancelButton.height + App.theme.spacing / 2 : 0
            KButton {
                id: cancelButton
                objectName: "cancel_" + card.booking.id
                anchors.right: parent.right
                anchors.bottom: parent.bottom
                visible: card.cancellable && card.booking.active
                text: qsTr("Cancel this booking")
                onClicked: BookingService.model.askCancel(card.booking.id)
            }
        }
    }
}
