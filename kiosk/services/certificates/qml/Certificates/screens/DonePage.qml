import QtQuick
import Kiosk
import Certificates

// The end: certificates taken, receipt (or not), change to take.
FlowPage {
    title: qsTr("Thank you")
    instructions: qsTr("Your certificates have been issued.")

    ScrollColumn {
        anchors.fill: parent
        spacing: App.theme.spacing * 2

        Notice {
            objectName: "changeNotice"
            width: parent.width
            visible: CertificateService.model.changeYen > 0
            text: qsTr("Please take your change: %1 yen.").arg(CertificateService.model.change)
        }
        KLabel {
            objectName: "receiptText"
            width: parent.width
            text: CertificateService.model.receiptPrinted
                ? qsTr("Please take your receipt.")
                : qsTr("The receipt could not be printed. If you need one, please ask the staff.")
        }
        KLabel {
            width: parent.width
            visible: CertificateService.model.problem.length > 0
            text: CertificateService.model.problemText
        }
        KLabel {
            width: parent.width
            text: qsTr("Please make sure you have your card, your certificates and your receipt.")
        }
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
