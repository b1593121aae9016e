import QtQuick
import Kiosk
import Certificates

// How to pay, with what the payment unit takes; then, while paying, what is due, what went in
// and what is still owed, beside a picture of where the money or the IC card goes.
PaymentStepPage {
    id: page

    model: CertificateService.model
    title: qsTr("Payment")
    instructions: model.paying
        ? (cash ? qsTr("Please put coins or notes into the payment unit.")
                : qsTr("Please touch your IC card to the reader of the payment unit."))
        : qsTr("Choose how to pay. The money is only taken once your certificates are printed.")
    notesLine: qsTr("Notes: %1 yen")
    coinsLine: qsTr("Coins: %1 yen")
    amountDueText: qsTr("Amount due: %1 yen").arg(model.fee)
    problemText: model.problem.length > 0 ? model.problemText : ""
    dueLabel: qsTr("Amount due")
    dueAmount: qsTr("%1 yen").arg(model.fee)
    paidLabel: qsTr("Put in so far")
    paidAmount: qsTr("%1 yen").arg(model.paid)
    owedLabel: qsTr("Still to pay")
    owedAmount: qsTr("%1 yen").arg(model.owed)
    cancelText: qsTr("Cancel payment")
    onCancelRequested: model.cancel()
}
