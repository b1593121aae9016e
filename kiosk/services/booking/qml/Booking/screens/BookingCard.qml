import QtQuick
import Kiosk
import Booking

// One booking as a card: its state in words, the day and times, the room and facility, its
// number, and what is left to do (pay by …) or what came back (unless ``showRefund`` is false).
// ``cancellable`` offers Cancel beside a booking that still holds its rooms.
Rectangle {
    id: card

    required property var booking
    property bool cancellable: false
    property bool showRefund: true

    readonly property string stateKey: booking.state || ""
    readonly property bool paid: booking.payment === "paid"
    readonly property bool active: booking.active === true
    // Between the parts of a line: a wide space in Japanese and Chinese, a dot elsewhere.
    readonly property string gap: ["ja", "ja-easy", "zh-Hans"].indexOf(App.session.language) >= 0 ? "　" : " · "

    implicitHeight: Math.max(body.implicitHeight, cancelButton.visible ? cancelButton.height : 0)
        + App.theme.spacing * 2
    radius: App.theme.spacing
    color: App.theme.surface
    border.color: card.active ? App.theme.accent : App.theme.border
    border.width: card.active ? 3 : 2

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

    Column {
        id: body
        anchors.left: parent.left
        anchors.right: cancelButton.visible ? cancelButton.left : parent.right
        anchors.top: parent.top
        anchors.margins: App.theme.spacing
        spacing: App.theme.spacing / 3

        KLabel {
            objectName: "bookingState_" + card.booking.id
            width: parent.width
            text: card.stateWords()
            font.bold: true
            color: card.active ? App.theme.link : App.theme.mutedText
        }
        KLabel {
            objectName: "bookingSlot_" + card.booking.id
            width: parent.width
            text: [card.booking.date, card.booking.times].filter(Boolean).join(card.gap)
            font.pixelSize: Math.round(App.theme.fontSize * 1.15)
            font.bold: true
        }
        KLabel {
            width: parent.width
            text: [card.booking.place, card.booking.room].filter(Boolean).join(card.gap)
        }
        KLabel {
            width: parent.width
            text: card.active && card.paid
                ? qsTr("Booking number: %1").arg(card.booking.id) + card.gap + qsTr("Fee: %1").arg(card.booking.fee)
                : qsTr("Booking number: %1").arg(card.booking.id)
            color: App.theme.mutedText
        }
        Notice {
            objectName: "bookingNext_" + card.booking.id
            width: parent.width
            visible: card.active && !card.paid && (card.booking.payBy || "").length > 0
            text: visible
                ? qsTr("Not paid yet: %1. Please pay at the facility's counter by %2, or the booking is released.")
                    .arg(card.booking.fee).arg(card.booking.payBy)
                : ""
        }
        KLabel {
            width: parent.width
            visible: card.showRefund && card.stateKey === "cancelled" && card.booking.refundYen > 0
            text: visible ? qsTr("Refund: %1").arg(card.booking.refund) : ""
        }
    }

    KButton {
        id: cancelButton
        objectName: "cancel_" + card.booking.id
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        anchors.margins: App.theme.spacing
        visible: card.cancellable && card.active
        text: qsTr("Cancel this booking")
        detail: [card.booking.date, card.booking.times, card.booking.room].filter(Boolean).join(" ")  // spoken: which one
        onClicked: BookingService.model.askCancel(card.booking.id)
    }
}
