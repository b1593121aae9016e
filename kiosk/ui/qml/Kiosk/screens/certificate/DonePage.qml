import QtQuick
import Kiosk

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
            visible: App.certificate.changeYen > 0
            text: qsTr("Please take your change: %1 yen.").arg(App.certificate.change)
        }
        KLabel {
            objectName: "receiptText"
            width: parent.width
            text: App.certificate.receiptPrinted
                ? qsTr("Please take your receipt.")
                : qsTr("The receipt could not be printed. If you need one, please ask the staff.")
        }
        KLabel {
            width: parent.width
            visible: App.certificate.problem.length > 0
            text: Texts.problem(App.certificate.problem, App.session.language)
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
