import QtQuick
import Kiosk
import Booking

// What cancelling means before it is done: the refund by the city's rules and penalty points
// for a late cancellation first, where they are seen even in large text, then the booking.
// "Keep it" goes back to my bookings.
FlowPage {
    id: page

    readonly property int percent: BookingService.model.refundPercent

    title: qsTr("Cancel this booking?")
    instructions: qsTr("Please check what cancelling means.")

    ScrollColumn {
        id: view
        anchors.fill: parent
        spacing: App.theme.spacing * 2

        KLabel {
            objectName: "refundText"
            width: view.width
            font.pixelSize: App.theme.titleSize
            text: page.percent < 0
                ? qsTr("Nothing was paid for this booking, so there is nothing to refund.")
                : page.percent === 0
                    ? qsTr("It is too close to the day: if you cancel now, nothing is refunded.")
                    : page.percent >= 100
                        ? qsTr("If you cancel now, the whole fee is refunded: %1.")
                            .arg(BookingService.model.refundText)
                        : qsTr("If you cancel now, %1 % of the fee is refunded: %2.")
                            .arg(page.percent).arg(BookingService.model.refundText)
        }
        Notice {
            objectName: "penaltyNotice"
            width: view.width
            visible: BookingService.model.penaltyPoints > 0
            text: qsTr("This is a late cancellation. Penalty points added: %1. With too many points, you cannot book for a while.")
                .arg(BookingService.model.penaltyPoints)
        }
        BookingCard {
            objectName: "cancelBookingCard"
            width: view.width
            booking: BookingService.model.cancelling
        }
        KLabel {
            width: view.width
            text: qsTr("A cancelled booking cannot be restored.")
            color: App.theme.mutedText
        }
    }

    actions: [
        ActionButton {
            objectName: "keepButton"
            text: qsTr("Keep it")
            onClicked: App.session.back()
        },
        ActionButton {
            objectName: "cancelBookingButton"
            text: qsTr("Cancel this booking")
            primary: true
            onClicked: BookingService.model.cancelBooking()
        }
    ]
}
