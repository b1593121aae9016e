import QtQuick
import Kiosk
import Certificates

// The certificates are in the tray: take them (a reminder comes if they stay there). Nobody
// leaves this screen but by taking them: the papers hold the resident's personal data.
FlowPage {
    id: page

    readonly property string reminderText: qsTr("Your certificates are still in the tray. Please take them.")
    readonly property bool reminding: CertificateService.model.reminder

    // Heard as well as seen, whatever the speech setting: paper left behind holds personal data.
    onRemindingChanged: if (reminding) App.speech.alert(reminderText)

    title: qsTr("Take your certificates")
    instructions: qsTr("Take your certificates from the tray below, then touch the button.")

    Column {
        id: words
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: App.theme.spacing

        Notice {
            objectName: "takeReminder"
            width: parent.width
            visible: CertificateService.model.reminder
            text: page.reminderText
        }
        KLabel {
            width: parent.width
            text: qsTr("Please check that every page is there.")
        }
    }

    HardwareGuide {
        objectName: "takeDocumentsGuide"
        anchors.top: words.bottom
        anchors.topMargin: App.theme.spacing
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        parts: CertificateService.model.parts
        action: "takeDocuments"
    }

    actions: [
        ActionButton {
            objectName: "takenButton"
            text: qsTr("I have taken them")
            primary: true
            onClicked: CertificateService.model.documentsTaken()
        }
    ]
}
