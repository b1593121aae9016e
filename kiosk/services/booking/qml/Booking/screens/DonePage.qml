import QtQuick
import Kiosk
import Booking

// The booking is made: its number large, the slot, paid or the last day to pay at the counter;
// beside it where the receipt (and any change) comes out.
FlowPage {
    id: page

    readonly property var model: BookingService.model
    readonly property var made: model.booking
    readonly property bool paid: made.payment === "paid"
    readonly property bool guide: model.receiptPrinted || model.changeYen > 0

    endsVisit: true  // its own Finish replaces the frame's
    title: qsTr("Your booking is made")
    instructions: qsTr("Your booking number is %1. Please note it.").arg(made.id ?? "")

    ScrollColumn {
        id: words
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        anchors.left: parent.left
        width: page.guide ? Math.round(parent.width * 0.6) : parent.width
        spacing: App.theme.spacing

        BookingNumber {
            width: parent.width
            number: page.made.id ?? ""
            label: qsTr("Booking number")
        }
        KLabel {
            objectName: "doneSlot"
            width: parent.width
            text: [page.made.place ?? "", page.made.slot ?? ""].filter(part => part.length > 0).join("\n")
        }
        KLabel {
            objectName: "donePayment"
            width: parent.width
            font.bold: true
            text: page.paid
                ? qsTr("Paid: %1").arg(page.made.fee ?? "")
                : (page.made.payBy ?? "").length > 0
                  ? qsTr("Please pay %1 at the facility's counter by %2.").arg(page.made.fee ?? "").arg(page.made.payBy)
                  : qsTr("Please pay %1 at the facility's counter.").arg(page.made.fee ?? "")
        }
        Notice {
            objectName: "changeNotice"
            width: parent.width
            visible: page.model.changeYen > 0
            text: qsTr("Please take your change: %1.").arg(page.model.changeText)
        }
        KLabel {
            objectName: "noReceiptText"
            width: parent.width
            visible: !page.model.receiptPrinted
            text: qsTr("No receipt was printed. Please note the booking number.")
        }
    }

    // Where the receipt (and any change) comes out, with the words that ask for it above.
    KLabel {
        id: takeReceipt
        objectName: "receiptText"
        visible: page.model.receiptPrinted
        anchors.left: words.right
        anchors.leftMargin: App.theme.spacing * 2
        anchors.right: parent.right
        anchors.top: parent.top
        height: visible ? implicitHeight : 0
        text: qsTr("Please take your receipt. It shows the booking number and a QR code.")
        font.bold: true
    }

    HardwareGuide {
        objectName: "doneGuide"
        visible: page.guide
        anchors.left: words.right
        anchors.leftMargin: App.theme.spacing * 2
        anchors.right: parent.right
        anchors.top: takeReceipt.bottom
        anchors.topMargin: takeReceipt.visible ? App.theme.spacing : 0
        anchors.bottom: parent.bottom
        parts: page.model.parts
        action: page.model.receiptPrinted ? "takeReceipt" : "takeChange"
        change: page.model.changeYen > 0
    }

    actions: [
        ActionButton {
            objectName: "doneFinishButton"
            text: qsTr("Finish")
            primary: true
            onClicked: App.session.finish()  // the end of the visit: everything is wiped
        }
    ]
}
