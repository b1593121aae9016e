import QtQuick
import Kiosk
import Booking

// The receipt did not come out: the booking is made and its number stays here; print again
// once the printer is seen to, or go on without the receipt.
FlowPage {
    id: page

    readonly property var model: BookingService.model

    showBack: false
    title: qsTr("The receipt printer has a problem")
    instructions: qsTr("Your booking is made. Please note your booking number.")

    ScrollColumn {
        anchors.fill: parent
        spacing: App.theme.spacing * 2

        Notice {
            objectName: "printProblem"
            width: parent.width
            text: page.model.problemText
        }
        BookingNumber {
            width: parent.width
            number: page.model.booking.id ?? ""
            label: qsTr("Booking number")
        }
        KLabel {
            width: parent.width
            text: qsTr("When the staff have fixed the printer, touch Print again. Or go on without a receipt: the number is shown again on the next screen.")
        }
    }

    actions: [
        ActionButton {
            objectName: "skipReceiptButton"
            text: qsTr("Go on without a receipt")
            onClicked: page.model.skipReceipt()
        },
        ActionButton {
            objectName: "printAgainButton"
            text: qsTr("Print again")
            primary: true
            onClicked: page.model.printAgain()
        }
    ]
}
