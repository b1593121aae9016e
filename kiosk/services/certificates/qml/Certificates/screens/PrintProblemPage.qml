import QtQuick
import Kiosk
import Certificates

// The printer stopped: try again (no second charge) or stop and get the money back.
FlowPage {
    title: qsTr("The printer has a problem")
    instructions: qsTr("Printed so far: %1 of %2. Nothing has been charged yet.")
        .arg(CertificateService.model.printedCount).arg(CertificateService.model.documentsTotal)

    ScrollColumn {
        anchors.fill: parent
        spacing: App.theme.spacing * 2

        Notice {
            objectName: "printProblem"
            width: parent.width
            text: CertificateService.model.problemText
        }
        KLabel {
            width: parent.width
            text: qsTr("When the staff have fixed the printer, touch Try again: only what is missing is printed. Or stop, and all your money is returned.")
        }
    }

    actions: [
        ActionButton {
            objectName: "giveUpButton"
            text: qsTr("Stop and get my money back")
            onClicked: CertificateService.model.giveUp()
        },
        ActionButton {
            objectName: "retryButton"
            text: qsTr("Try again")
            primary: true
            onClicked: CertificateService.model.retryPrint()
        }
    ]
}
