import QtQuick
import Kiosk
import Certificates

// The end: the receipt (or not) and the change to take, shown where they come out.
FlowPage {
    endsVisit: true  // its own Finish replaces the frame's
    title: qsTr("Thank you")
    instructions: qsTr("Your certificates have been issued.")

    Column {
        id: words
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: App.theme.spacing

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

    HardwareGuide {
        objectName: "doneGuide"
        anchors.top: words.bottom
        anchors.topMargin: App.theme.spacing
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        visible: CertificateService.model.receiptPrinted || CertificateService.model.changeYen > 0
        parts: CertificateService.model.parts
        action: CertificateService.model.receiptPrinted ? "takeReceipt" : "takeChange"
        change: CertificateService.model.changeYen > 0
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
