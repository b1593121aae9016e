import QtQuick
import Kiosk
import Certificates

// Where the card goes, and what was wrong with the card that was tried.
FlowPage {
    title: qsTr("Place your My Number card")
    instructions: CertificateService.model.problem
        ? CertificateService.model.problemText
        : qsTr("Put the card into the reader, face up, chip first.")

    Row {
        anchors.centerIn: parent
        spacing: App.theme.spacing * 3

        CardPicture { anchors.verticalCenter: parent.verticalCenter }

        Notice {
            objectName: "cardProblem"
            anchors.verticalCenter: parent.verticalCenter
            width: App.theme.touchTarget * 8
            visible: CertificateService.model.problem.length > 0
            text: CertificateService.model.problemText
        }
    }
}
