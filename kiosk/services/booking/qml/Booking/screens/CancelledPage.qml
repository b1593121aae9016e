import QtQuick
import Kiosk
import Booking

// The booking is cancelled: what comes back and where, then Finish (or my bookings again).
FlowPage {
    id: page

    readonly property var booking: BookingService.model.cancelling
    readonly property bool paid: page.booking.payment === "paid"

    endsVisit: true  // its own Finish replaces the frame's
    showBack: false
    title: qsTr("Your booking is cancelled")
    instructions: qsTr("The room is free again at that time for others to book.")

    ScrollColumn {
        id: view
        anchors.fill: parent
        spacing: App.theme.spacing * 2

        BookingCard {
            objectName: "cancelledBookingCard"
            width: view.width
            booking: page.booking
            showRefund: false  // said below in large text
        }
        KLabel {
            objectName: "refundText"
            width: view.width
            font.pixelSize: App.theme.titleSize
            text: page.booking.refundYen > 0
                ? qsTr("Refund: %1").arg(page.booking.refund)
                : page.paid
                    ? qsTr("No refund is paid for this cancellation.")
                    : qsTr("Nothing was paid, so there is nothing to refund.")
        }
        Notice {
            objectName: "refundWhere"
            width: view.width
            visible: page.booking.refundYen > 0
            text: qsTr("The refund is paid at the facility's counter. Please show your booking number there.")
        }
    }

    actions: [
        ActionButton {
            objectName: "cancelledMineButton"
            text: qsTr("My bookings")
            onClicked: BookingService.model.showMine()
        },
        ActionButton {
            objectName: "cancelledFinishButton"
            text: qsTr("Finish")
            primary: true
            onClicked: App.session.finish()  // the end of the visit: everything is wiped
        }
    ]
}
