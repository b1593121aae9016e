import QtQuick
import Kiosk
import Certificates

// The flow cannot go on: what happened and what to do next.
FlowPage {
    endsVisit: true  // its own Finish replaces the frame's
    title: qsTr("The certificate cannot be issued")
    instructions: CertificateService.model.problemText

    Notice {
        objectName: "problemAdvice"
        anchors.left: parent.left
        anchors.right: parent.right
        text: CertificateService.model.adviceText
    }

    actions: [
        ActionButton {
            objectName: "startOverButton"
            visible: CertificateService.model.canStartOver
            text: qsTr("Read the card again")
            onClicked: CertificateService.model.startOver()
        },
        ActionButton {
            objectName: "problemFinishButton"
            text: qsTr("Finish")
            primary: true
            onClicked: App.session.finish()  // the end of the visit: everything is wiped
        }
    ]
}
