pragma ComponentBehavior: Bound
import QtQuick
import Kiosk
import Certificates

// How to pay, then, while paying: what is due, what went in so far, and a way to stop.
FlowPage {
    title: qsTr("Payment")
    instructions: CertificateService.model.paying
        ? (CertificateService.model.method === "cash"
           ? qsTr("Please put coins or notes into the payment unit.")
           : qsTr("Please touch your IC card to the reader of the payment unit."))
        : qsTr("Choose how to pay. The money is only taken once your certificates are printed.")

    ScrollColumn {
        anchors.fill: parent
        spacing: App.theme.spacing * 2

        KLabel {
            objectName: "amountDue"
            text: qsTr("Amount due: %1 yen").arg(CertificateService.model.fee)
            font.pixelSize: App.theme.titleSize
            font.bold: true
        }

        KLabel {
            objectName: "amountPaid"
            visible: CertificateService.model.paying && CertificateService.model.method === "cash"
            text: qsTr("Put in so far: %1 yen").arg(CertificateService.model.paid)
            font.pixelSize: App.theme.titleSize
        }

        Notice {
            objectName: "paymentProblem"
            width: parent.width
            visible: CertificateService.model.problem.length > 0 && !CertificateService.model.paying
            text: CertificateService.model.problemText
        }

        Row {
            visible: !CertificateService.model.paying
            spacing: App.theme.spacing * 2

            Repeater {
                model: CertificateService.model.methods
                delegate: KButton {
                    id: method
                    required property string modelData
                    required property int index
                    objectName: "pay_" + modelData
                    width: App.theme.touchTarget * 5
                    height: App.theme.touchTarget * 2
                    text: CertificateService.model.methodNames[index] ?? modelData
                    font.pixelSize: App.theme.titleSize
                    onClicked: CertificateService.model.pay(method.modelData)
                }
            }
        }

        Spinner { visible: CertificateService.model.paying }
    }

    actions: [
        ActionButton {
            objectName: "cancelPaymentButton"
            visible: CertificateService.model.paying
            text: qsTr("Cancel payment")
            onClicked: CertificateService.model.cancel()
        }
    ]
}
