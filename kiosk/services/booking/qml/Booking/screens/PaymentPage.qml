import QtQuick
import Kiosk
import Booking

// How to pay, with what the payment unit takes; then, while paying, what is due, what went in
// and what is still owed, beside a picture of where the money or the IC card goes.
PaymentStepPage {
    model: BookingService.model
    title: qsTr("Payment")
    instructions: model.paying
        ? (cash ? qsTr("Please put coins or notes into the payment unit.")
                : qsTr("Please touch your IC card to the reader of the payment unit."))
        : qsTr("Choose how to pay. The booking is confirmed once the money is in.")
    notesLine: qsTr("Notes: %1 yen")
    coinsLine: qsTr("Coins: %1 yen")
    amountDueText: qsTr("Amount due: %1").arg(model.dueText)
    problemText: model.paymentProblemText
    dueLabel: qsTr("Amount due")
    dueAmount: model.dueText
    paidLabel: qsTr("Put in so far")
    paidAmount: model.paidText
    owedLabel: qsTr("Still to pay")
    owedAmount: model.owedText
    cancelText: qsTr("Cancel payment")
    onCancelRequested: model.cancelPayment()
}
