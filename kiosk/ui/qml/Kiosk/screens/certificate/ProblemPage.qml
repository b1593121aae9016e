import QtQuick
import Kiosk

// The flow cannot go on: what happened and what to do next.
FlowPage {
    title: qsTr("The certificate cannot be issued")
    instructions: Texts.problem(App.certificate.problem, App.session.language)

    Notice {
        objectName: "problemAdvice"
        anchors.left: parent.left
        anchors.right: parent.right
        text: Texts.advice(App.certificate.problem, App.session.language)
    }

    actions: [
        ActionButton {
            objectName: "startOverButton"
            visible: App.certificate.canStartOver
            text: qsTr("Read the card again")
            onClicked: App.certificate.startOver()
        },
        ActionButton {
            objectName: "problemFinishButton"
            text: qsTr("Finish")
            primary: true
            onClicked: App.session.finish()  // the end of the visit: everything is wiped
        }
    ]
}
