import QtQuick
import Kiosk

// Where the card goes, and what was wrong with the card that was tried.
FlowPage {
    title: qsTr("Place your My Number card")
    instructions: App.certificate.problem
        ? Texts.problem(App.certificate.problem, App.session.language)
        : qsTr("Put the card into the reader, face up, chip first.")

    Row {
        anchors.centerIn: parent
        spacing: App.theme.spacing * 3

        CardPicture { anchors.verticalCenter: parent.verticalCenter }

        Notice {
            objectName: "cardProblem"
            anchors.verticalCenter: parent.verticalCenter
            width: App.theme.touchTarget * 8
            visible: App.certificate.problem.length > 0
            text: Texts.problem(App.certificate.problem, App.session.language)
        }
    }
}
