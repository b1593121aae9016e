import QtQuick
import Kiosk
import Certificates

// Where the card goes and how, drawn from the terminal's layout; what was wrong with the card
// that was tried is said once, in the notice.
FlowPage {
    id: page

    readonly property var model: CertificateService.model

    title: qsTr("Place your My Number card")
    instructions: model.cardReaderKind === "pad"
        ? qsTr("Lay the card face up on the card reader.")
        : model.cardFace === "down"
          ? qsTr("Put the card into the reader, face down, chip first.")
          : qsTr("Put the card into the reader, face up, chip first.")

    Notice {
        id: problem
        objectName: "cardProblem"
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        visible: page.model.problem.length > 0
        height: visible ? implicitHeight : 0
        text: page.model.problemText
    }

    HardwareGuide {
        objectName: "insertCardGuide"
        anchors.top: problem.bottom
        anchors.topMargin: problem.visible ? App.theme.spacing : 0
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        parts: page.model.parts
        action: "insertCard"
        cardKind: page.model.cardReaderKind
        cardFaceUp: page.model.cardFace !== "down"
    }
}
