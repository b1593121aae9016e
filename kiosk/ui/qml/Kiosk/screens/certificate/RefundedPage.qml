import QtQuick
import Kiosk

// No certificates: the money came back, and why.
FlowPage {
    title: qsTr("Your money has been returned")
    instructions: qsTr("Nothing was charged.")

    ScrollColumn {
        anchors.fill: parent
        spacing: App.theme.spacing * 2

        Notice {
            objectName: "refundNotice"
            width: parent.width
            visible: App.certificate.refundYen > 0
            text: qsTr("Please take your money: %1 yen.").arg(App.certificate.refund)
        }
        KLabel {
            objectName: "refundReason"
            width: parent.width
            text: Texts.problem(App.certificate.problem, App.session.language)
        }
    }

    actions: [
        ActionButton {
            objectName: "startOverButton"
            visible: App.certificate.canStartOver
            text: qsTr("Read the card again")
            onClicked: App.certificate.startOver()
        },
        ActionButton {
            objectName: "refundFinishButton"
            text: qsTr("Finish")
            primary: true
            onClicked: App.session.finish()  // the end of the visit: everything is wiped
        }
    ]
}
