import QtQuick
import Kiosk
import Certificates

// No certificates: the money came back, and why.
FlowPage {
    endsVisit: true  // its own Finish replaces the frame's
    title: qsTr("Your money has been returned")
    instructions: qsTr("Nothing was charged.")

    ScrollColumn {
        anchors.fill: parent
        spacing: App.theme.spacing * 2

        Notice {
            objectName: "refundNotice"
            width: parent.width
            visible: CertificateService.model.refundYen > 0 && CertificateService.model.method === "cash"
            text: qsTr("Please take your money: %1 yen.").arg(CertificateService.model.refund)
        }
        KLabel {
            objectName: "refundReason"
            width: parent.width
            text: CertificateService.model.problemText
        }
        HardwareGuide {
            objectName: "refundGuide"
            width: parent.width
            height: App.theme.touchTarget * 4
            visible: CertificateService.model.refundYen > 0 && CertificateService.model.method === "cash"
            parts: CertificateService.model.parts
            action: "takeChange"
        }
    }

    actions: [
        ActionButton {
            objectName: "startOverButton"
            visible: CertificateService.model.canStartOver
            text: qsTr("Read the card again")
            onClicked: CertificateService.model.startOver()
        },
        ActionButton {
            objectName: "refundFinishButton"
            text: qsTr("Finish")
            primary: true
            onClicked: App.session.finish()  // the end of the visit: everything is wiped
        }
    ]
}
