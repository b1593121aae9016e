pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

// How to pay, then, while paying: what is due, what went in so far, and a way to stop.
FlowPage {
    title: qsTr("Payment")
    instructions: App.certificate.paying
        ? (App.certificate.method === "cash"
           ? qsTr("Please put coins or notes into the payment unit.")
           : qsTr("Please touch your IC card to the reader of the payment unit."))
        : qsTr("Choose how to pay. The money is only taken once your certificates are printed.")

    ScrollColumn {
        anchors.fill: parent
        spacing: App.theme.spacing * 2

        KLabel {
            objectName: "amountDue"
            text: qsTr("Amount due: %1 yen").arg(App.certificate.fee)
            font.pixelSize: App.theme.titleSize
            font.bold: true
        }

        KLabel {
            objectName: "amountPaid"
            visible: App.certificate.paying && App.certificate.method === "cash"
            text: qsTr("Put in so far: %1 yen").arg(App.certificate.paid)
            font.pixelSize: App.theme.titleSize
        }

        Notice {
            objectName: "paymentProblem"
            width: parent.width
            visible: App.certificate.problem.length > 0 && !App.certificate.paying
            text: Texts.problem(App.certificate.problem, App.session.language)
        }

        Row {
            visible: !App.certificate.paying
            spacing: App.theme.spacing * 2

            Repeater {
                model: App.certificate.methods
                delegate: KButton {
                    id: method
                    required property string modelData
                    objectName: "pay_" + modelData
                    width: App.theme.touchTarget * 5
                    height: App.theme.touchTarget * 2
                    text: Texts.paymentMethod(modelData, App.session.language)
                    font.pixelSize: App.theme.titleSize
                    onClicked: App.certificate.pay(method.modelData)
                }
            }
        }

        Spinner { visible: App.certificate.paying }
    }

    actions: [
        ActionButton {
            objectName: "cancelPaymentButton"
            visible: App.certificate.paying
            text: qsTr("Cancel payment")
            onClicked: App.certificate.cancel()
        }
    ]
}
